package io.negotiationmaster.negotiation;

import java.util.Objects;

/**
 * One exchange: the user's stored message, the counterpart's stored reply, and the negotiation after it
 * (status, standing offers of both sides, deal terms).
 *
 * @param userMessage what the user said (or did, for accept and walk-away)
 * @param reply the counterpart's answer
 * @param negotiation the negotiation after the turn
 */
public record Turn(Message userMessage, Message reply, Negotiation negotiation) {

    /** Requires every field. */
    public Turn {
        Objects.requireNonNull(userMessage, "userMessage");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(negotiation, "negotiation");
    }
}
