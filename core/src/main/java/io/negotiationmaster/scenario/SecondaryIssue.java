package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tradeable issue beside the main one (warranty, financing APR, signing bonus, start date, remote days, delivery
 * or payment terms, volume). It has either named {@link #options()} (units {@link IssueUnit#OPTION} and
 * {@link IssueUnit#BOOLEAN}, with {@link #baselineOption()}) or a numeric {@link #range()} (the other units).
 *
 * @param key machine key, e.g. {@code extended_warranty}
 * @param label human label
 * @param unit the unit of its values
 * @param keywords words that name the issue in a message
 * @param options the named options, empty for a ranged issue
 * @param baselineOption the option the counterpart proposes absent negotiation, {@code null} for a ranged issue
 * @param range the numeric range, {@code null} for an option issue
 * @param extra unknown fields, kept and written back
 */
public record SecondaryIssue(String key, String label, IssueUnit unit, List<String> keywords,
        List<IssueOption> options, String baselineOption, IssueRange range,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the collections. */
    public SecondaryIssue {
        keywords = ExtraFields.copyList(keywords);
        options = ExtraFields.copyList(options);
        extra = ExtraFields.copy(extra);
    }

    /** Whether the issue is a numeric range rather than named options. */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isRanged() {
        return range != null;
    }

    /** The named option {@code value}, if there is one. */
    public Optional<IssueOption> option(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst();
    }

    /** The most steps a ranged issue is split into when its choices are listed. */
    public static final int MAX_STEPS = 50;

    /**
     * Every concrete choice of this issue, valued against the baseline: the listed options, or the values of a range
     * from min to max by its step (at most {@value #MAX_STEPS}). The engine trades with these and scoring evaluates
     * deals against them.
     */
    public List<TradeOption> tradeOptions() {
        java.util.ArrayList<TradeOption> choices = new java.util.ArrayList<>();
        if (isRanged()) {
            BigDecimal step = range.step() == null || range.step().signum() <= 0 ? BigDecimal.ONE : range.step();
            for (BigDecimal x = range.min(); x.compareTo(range.max()) <= 0 && choices.size() < MAX_STEPS;
                    x = x.add(step)) {
                String key = x.stripTrailingZeros().toPlainString();
                choices.add(new TradeOption(key, key + " " + label.toLowerCase(java.util.Locale.ROOT),
                        range.userValueAt(x).max(BigDecimal.ZERO), range.counterpartCostAt(x).max(BigDecimal.ZERO)));
            }
        } else {
            for (IssueOption o : options) {
                choices.add(new TradeOption(o.value(), o.label(),
                        o.userValue() == null ? BigDecimal.ZERO : o.userValue().max(BigDecimal.ZERO),
                        o.cost().orElse(BigDecimal.ZERO).max(BigDecimal.ZERO)));
            }
        }
        return List.copyOf(choices);
    }

    /** The key of the choice that stands when nothing is agreed: the baseline option, or the range's baseline. */
    public Optional<String> baselineKey() {
        if (isRanged()) {
            return Optional.ofNullable(range.baseline()).map(b -> b.stripTrailingZeros().toPlainString());
        }
        return Optional.ofNullable(baselineOption);
    }

    /**
     * The most value this issue can add to a deal (the best user value minus counterpart cost over its options or
     * range ends, never below zero). Scoring compares what a trainee achieved with the sum of these.
     */
    public BigDecimal maxJointGain() {
        if (isRanged()) {
            BigDecimal best = range.userPrefers() == Direction.HIGH ? range.max() : range.min();
            BigDecimal gain = range.userValueAt(best).subtract(range.counterpartCostAt(best));
            return gain.max(BigDecimal.ZERO);
        }
        return options.stream().map(IssueOption::jointGain).max(Comparator.naturalOrder())
                .orElse(BigDecimal.ZERO).max(BigDecimal.ZERO);
    }

    /** This issue without counterpart costs and without unknown fields. */
    public SecondaryIssue publicView() {
        return new SecondaryIssue(key, label, unit, keywords,
                options.stream().map(IssueOption::publicView).toList(), baselineOption,
                range == null ? null : range.publicView(), Map.of());
    }
}
