package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A secondary-issue option that was on the table, revealed in the debrief.
 *
 * @param issueKey the secondary issue's key
 * @param issueLabel its label
 * @param optionKey the option's key
 * @param optionLabel its label
 * @param valueToUser its money-equivalent value to the user
 * @param costToCounterpart its money-equivalent cost to the counterpart
 * @param obtained whether the deal included it
 */
public record AvailableTrade(String issueKey, String issueLabel, String optionKey, String optionLabel,
                             BigDecimal valueToUser, BigDecimal costToCounterpart, boolean obtained) {
    /** Validates. */
    public AvailableTrade {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(issueLabel, "issueLabel");
        Objects.requireNonNull(optionKey, "optionKey");
        Objects.requireNonNull(optionLabel, "optionLabel");
        Objects.requireNonNull(valueToUser, "valueToUser");
        Objects.requireNonNull(costToCounterpart, "costToCounterpart");
    }
}
