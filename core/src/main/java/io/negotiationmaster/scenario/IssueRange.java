package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * The numeric range of a secondary issue (APR, start date offset, remote days, payment terms), with linear trade
 * values: moving one unit from {@link #baseline()} in the trainee's preferred direction is worth
 * {@link #userValuePerUnit()} to the trainee and costs the counterpart {@link #counterpartCostPerUnit()}.
 *
 * @param min the smallest value on the table
 * @param max the largest value on the table
 * @param step the granularity of offers
 * @param baseline the value the counterpart proposes absent negotiation
 * @param userPrefers which way the trainee wants it to go
 * @param userValuePerUnit money-equivalent worth to the trainee of one unit (public)
 * @param counterpartCostPerUnit money-equivalent cost to the counterpart of one unit (confidential; {@code null} in
 *     public views)
 * @param extra unknown fields, kept and written back
 */
public record IssueRange(BigDecimal min, BigDecimal max, BigDecimal step, BigDecimal baseline,
        Direction userPrefers, BigDecimal userValuePerUnit, BigDecimal counterpartCostPerUnit,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the unknown fields. */
    public IssueRange {
        extra = ExtraFields.copy(extra);
    }

    /** A range without unknown fields. */
    public IssueRange(BigDecimal min, BigDecimal max, BigDecimal step, BigDecimal baseline, Direction userPrefers,
            BigDecimal userValuePerUnit, BigDecimal counterpartCostPerUnit) {
        this(min, max, step, baseline, userPrefers, userValuePerUnit, counterpartCostPerUnit, Map.of());
    }

    /** The per-unit cost to the counterpart, absent in public views. */
    public Optional<BigDecimal> costPerUnit() {
        return Optional.ofNullable(counterpartCostPerUnit);
    }

    /** Units moved from the baseline towards the trainee's preference (negative when moved against it). */
    public BigDecimal unitsGained(BigDecimal value) {
        BigDecimal delta = value.subtract(baseline);
        return userPrefers == Direction.HIGH ? delta : delta.negate();
    }

    /** Money-equivalent worth of {@code value} to the trainee, relative to the baseline. */
    public BigDecimal userValueAt(BigDecimal value) {
        return unitsGained(value).multiply(userValuePerUnit);
    }

    /** Money-equivalent cost of {@code value} to the counterpart, relative to the baseline (0 in public views). */
    public BigDecimal counterpartCostAt(BigDecimal value) {
        return counterpartCostPerUnit == null ? BigDecimal.ZERO : unitsGained(value).multiply(counterpartCostPerUnit);
    }

    IssueRange publicView() {
        return new IssueRange(min, max, step, baseline, userPrefers, userValuePerUnit, null, Map.of());
    }
}
