package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * One option of a secondary issue, with its money-equivalent value to the trainee and cost to the counterpart,
 * both relative to the issue's baseline option. An option whose user value exceeds its counterpart cost creates
 * value when traded.
 *
 * @param value machine value, e.g. {@code "3_year"}, {@code "yes"}
 * @param label human label
 * @param userValue money-equivalent worth to the trainee (public)
 * @param counterpartCost money-equivalent cost to the counterpart (confidential; {@code null} in public views)
 * @param extra unknown fields, kept and written back
 */
public record IssueOption(String value, String label, BigDecimal userValue, BigDecimal counterpartCost,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the unknown fields. */
    public IssueOption {
        extra = ExtraFields.copy(extra);
    }

    /** An option without unknown fields. */
    public IssueOption(String value, String label, BigDecimal userValue, BigDecimal counterpartCost) {
        this(value, label, userValue, counterpartCost, Map.of());
    }

    /** The cost to the counterpart, absent in public views. */
    public Optional<BigDecimal> cost() {
        return Optional.ofNullable(counterpartCost);
    }

    /** The joint gain of choosing this option over the baseline: user value minus counterpart cost. */
    public BigDecimal jointGain() {
        return userValue.subtract(counterpartCost == null ? BigDecimal.ZERO : counterpartCost);
    }

    IssueOption publicView() {
        return new IssueOption(value, label, userValue, null, Map.of());
    }
}
