package io.negotiationmaster.coaching;

import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Outcome;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How a negotiation ended, with the value of the result to the user.
 *
 * @param outcome the kind of ending
 * @param deal the agreed terms, present exactly for {@link Outcome#DEAL}
 * @param valueToUser the user's surplus over their public walk-away value: on the main issue how much better the
 *     deal is than the walk-away amount (the counterpart's opening when the scenario names none), plus the value to
 *     the user of the secondary options obtained; zero without a deal
 * @param userMessages how many messages the user sent
 */
public record SimulatedOutcome(Outcome outcome, Optional<Offer> deal, BigDecimal valueToUser, int userMessages) {

    /** Validates consistency. */
    public SimulatedOutcome {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(valueToUser, "valueToUser");
        if (deal.isPresent() != (outcome == Outcome.DEAL)) {
            throw new IllegalArgumentException("deal must be present exactly when the outcome is a deal, outcome was "
                    + outcome.code());
        }
        if (userMessages < 0) {
            throw new IllegalArgumentException("userMessages must be >= 0, was " + userMessages);
        }
    }

    /** Whether it ended in a deal. */
    public boolean isDeal() {
        return deal.isPresent();
    }
}
