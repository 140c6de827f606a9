package io.negotiationmaster.error;

/**
 * The negotiation has already ended (deal, walk-away or abandoned); it takes no more turns. Nothing was written.
 * Maps to HTTP 409.
 */
public class NegotiationFinishedException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;

    /** @param id the negotiation; @param status its final status */
    public NegotiationFinishedException(Object id, String status) {
        super("negotiation " + id + " has already ended (" + status + "); start a new one to practise again");
    }
}
