package io.negotiationmaster.performance;

import java.util.List;
import java.util.Objects;

/**
 * An improvement suggestion tied to evidence ({@code improvement_suggestions} item).
 *
 * @param kind the mistake pattern it answers
 * @param text the advice, citing what happened
 * @param turns the transcript turns that show the pattern, ascending
 * @param reference the theory behind the advice
 * @param dimension the dimension it improves
 * @param priority how much it matters
 */
public record Suggestion(SuggestionKind kind, String text, List<Integer> turns, TheoryReference reference,
                         Dimension dimension, Priority priority) {
    /** Validates and copies the turns. */
    public Suggestion {
        Objects.requireNonNull(kind, "kind");
        MainIssue.requireText(text, "text");
        turns = List.copyOf(turns);
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(priority, "priority");
    }
}
