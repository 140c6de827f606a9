package io.negotiationmaster.error;

/** The thing asked for (user, scenario, negotiation, report…) does not exist. Maps to HTTP 404. */
public class NotFoundException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;

    /** @param what a short noun for the kind of thing, e.g. {@code "negotiation"}; @param id the id that was asked for */
    public NotFoundException(String what, Object id) {
        super(what + " not found: " + id);
    }
}
