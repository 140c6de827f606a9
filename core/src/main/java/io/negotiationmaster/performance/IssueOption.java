package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One option of a secondary issue, valued in money equivalents. Not agreeing on any option of an issue is
 * worth 0 to both sides.
 *
 * @param key stable key, e.g. {@code "3_years"}
 * @param label human label, e.g. {@code "3-year extended warranty"}
 * @param valueToUser what the option is worth to the user, at least 0
 * @param costToCounterpart what it costs the counterpart, at least 0
 */
public record IssueOption(String key, String label, BigDecimal valueToUser, BigDecimal costToCounterpart) {
    /** Validates the texts and that both amounts are present and not negative. */
    public IssueOption {
        MainIssue.requireText(key, "key");
        MainIssue.requireText(label, "label");
        Objects.requireNonNull(valueToUser, "valueToUser");
        Objects.requireNonNull(costToCounterpart, "costToCounterpart");
        if (valueToUser.signum() < 0) {
            throw new IllegalArgumentException("valueToUser must not be negative, was " + valueToUser);
        }
        if (costToCounterpart.signum() < 0) {
            throw new IllegalArgumentException("costToCounterpart must not be negative, was " + costToCounterpart);
        }
    }

    /** Value to the user minus cost to the counterpart: what agreeing on this option adds to the joint gain. */
    public BigDecimal jointGain() {
        return valueToUser.subtract(costToCounterpart);
    }
}
