package io.negotiationmaster.engine.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A tradeable issue besides the main amount (warranty, financing, signing bonus, start date). Costs and values of
 * an option count relative to the default option, which is what the deal contains when the issue is not raised.
 *
 * @param key           stable identifier, e.g. {@code "maintenance"}
 * @param label         how the replies name the issue
 * @param options       the possible options, keys unique
 * @param defaultOption key of the option that applies when nothing is agreed
 */
public record SecondaryIssue(String key, String label, List<IssueOption> options, String defaultOption) {
    /** Validates presence, unique option keys, and that the default option is one of the options. */
    public SecondaryIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        options = List.copyOf(Objects.requireNonNull(options, "options"));
        Objects.requireNonNull(defaultOption, "defaultOption");
        if (options.stream().map(IssueOption::key).distinct().count() != options.size()) {
            throw new IllegalArgumentException("options of " + key + " must have unique keys");
        }
        if (options.stream().noneMatch(o -> o.key().equals(defaultOption))) {
            throw new IllegalArgumentException("defaultOption " + defaultOption + " is not an option of " + key);
        }
    }

    /** The option with this key, if any. */
    public Optional<IssueOption> option(String optionKey) {
        return options.stream().filter(o -> o.key().equals(optionKey)).findFirst();
    }

    /** The default option. */
    public IssueOption defaultOptionValue() {
        return option(defaultOption).orElseThrow();
    }

    /** What choosing {@code optionKey} instead of the default costs the counterpart (may be negative); zero when unknown. */
    public BigDecimal extraCost(String optionKey) {
        return option(optionKey).map(o -> o.costToCounterpart().subtract(defaultOptionValue().costToCounterpart()))
                .orElse(BigDecimal.ZERO);
    }

    /** What choosing {@code optionKey} instead of the default is worth to the user (may be negative); zero when unknown. */
    public BigDecimal extraValue(String optionKey) {
        return option(optionKey).map(o -> o.valueToUser().subtract(defaultOptionValue().valueToUser()))
                .orElse(BigDecimal.ZERO);
    }
}
