package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One package of the outcome space and its utilities, in money over each side's disagreement point.
 *
 * @param mainValue the main-issue value
 * @param options secondary options in the package: issue key → option key
 * @param userUtility the user's gain over walking away (may be negative)
 * @param counterpartUtility the counterpart's gain over walking away (may be negative)
 */
public record OutcomePoint(BigDecimal mainValue, Map<String, String> options, double userUtility,
                           double counterpartUtility) {
    /** Validates and copies. */
    public OutcomePoint {
        Objects.requireNonNull(mainValue, "mainValue");
        options = Map.copyOf(options);
        if (!Double.isFinite(userUtility) || !Double.isFinite(counterpartUtility)) {
            throw new IllegalArgumentException("utilities must be finite");
        }
    }

    /** The sum of both utilities. */
    public double jointUtility() {
        return userUtility + counterpartUtility;
    }
}
