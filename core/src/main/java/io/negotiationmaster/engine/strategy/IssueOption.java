package io.negotiationmaster.engine.strategy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a secondary issue, priced for both sides in the main issue's currency.
 *
 * @param key               stable identifier, e.g. {@code "included"}
 * @param label             how the replies name it, e.g. {@code "the maintenance package"}
 * @param costToCounterpart what granting it costs the counterpart (money-equivalent, {@code >= 0})
 * @param valueToUser       what it is worth to the user (money-equivalent, {@code >= 0})
 */
public record IssueOption(String key, String label, BigDecimal costToCounterpart, BigDecimal valueToUser) {
    /** Validates presence and non-negative amounts. */
    public IssueOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(costToCounterpart, "costToCounterpart");
        Objects.requireNonNull(valueToUser, "valueToUser");
        if (costToCounterpart.signum() < 0) {
            throw new IllegalArgumentException("costToCounterpart must be >= 0, was " + costToCounterpart);
        }
        if (valueToUser.signum() < 0) {
            throw new IllegalArgumentException("valueToUser must be >= 0, was " + valueToUser);
        }
    }
}
