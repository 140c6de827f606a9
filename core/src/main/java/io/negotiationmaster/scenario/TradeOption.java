package io.negotiationmaster.scenario;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One concrete choice on a secondary issue, valued as a gain over the baseline: what it is worth to the
 * user and what it costs the counterpart, in money. A choice worse than the baseline for a side counts as 0 for
 * that side.
 *
 * @param key the option's key ({@code powertrain_3yr}) or, on a ranged issue, the value as plain text ({@code 4.5})
 * @param label words for the choice
 * @param valueToUser money-equivalent gain for the user, at least 0
 * @param costToCounterpart money-equivalent cost for the counterpart, at least 0
 */
public record TradeOption(String key, String label, BigDecimal valueToUser, BigDecimal costToCounterpart) {

    /** Requires every field. */
    public TradeOption {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(valueToUser, "valueToUser");
        Objects.requireNonNull(costToCounterpart, "costToCounterpart");
    }
}
