package io.negotiationmaster.engine.strategy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A public reference amount the counterpart may cite, e.g. {@code ("the online average", 23500)}.
 *
 * @param label  how the reply names it
 * @param amount the amount in the main issue's currency
 */
public record MarketReference(String label, BigDecimal amount) {
    /** Validates presence and a non-negative amount. */
    public MarketReference {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be >= 0, was " + amount);
        }
    }
}
