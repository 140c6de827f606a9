package io.negotiationmaster.engine.understanding;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One amount read in a message.
 *
 * @param value the amount: non-negative, finite, in the issue's unit (money in the context's currency, a
 *              percentage as {@code 4.9} for 4.9%); for {@link AmountKind#RELATIVE} the resolved value
 * @param issue the key of the issue it belongs to, empty when no issue of the context fits
 * @param kind  what the amount is doing in the message
 * @param unit  the unit it was written in
 * @param start index of the first character of the phrase in the message
 * @param end   index after the last character of the phrase
 * @param text  the phrase as written ({@code message.substring(start, end)})
 */
public record AmountMention(BigDecimal value, Optional<String> issue, AmountKind kind, IssueUnit unit,
                            int start, int end, String text) {
    /** Validates the fields. */
    public AmountMention {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("value must be 0 or more, was " + value);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("start/end must satisfy 0 <= start <= end, was " + start + "/" + end);
        }
    }

    /** Whether this amount belongs to the issue with the given key. */
    public boolean isFor(String issueKey) {
        return issue.isPresent() && issue.get().equals(issueKey);
    }
}
