package io.negotiationmaster.performance;

import io.negotiationmaster.negotiation.Party;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One offer on the negotiation-dance chart.
 *
 * @param turn the message position (x axis)
 * @param party who offered
 * @param amount the main amount offered (y axis)
 */
public record OfferPoint(int turn, Party party, BigDecimal amount) {

    /** Requires the party and amount. */
    public OfferPoint {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(amount, "amount");
    }
}
