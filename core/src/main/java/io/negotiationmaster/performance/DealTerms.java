package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * What was agreed.
 *
 * @param mainValue the agreed value of the main issue, not negative
 * @param secondaryOptions the agreed secondary options: issue key → option key (issues absent = nothing agreed)
 */
public record DealTerms(BigDecimal mainValue, Map<String, String> secondaryOptions) {
    /** Validates and copies. */
    public DealTerms {
        Objects.requireNonNull(mainValue, "mainValue");
        if (mainValue.signum() < 0) {
            throw new IllegalArgumentException("mainValue must not be negative, was " + mainValue);
        }
        secondaryOptions = Map.copyOf(secondaryOptions);
    }
}
