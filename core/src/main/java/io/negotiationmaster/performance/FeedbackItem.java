package io.negotiationmaster.performance;

import java.util.List;
import java.util.Objects;

/**
 * Feedback on one dimension (a {@code feedback} row: {@code theory_category} = {@link Dimension#code()},
 * {@code score}, {@code content}, {@code recommendations} and {@code theory_references} as JSON lists).
 *
 * @param dimension the dimension
 * @param score its 0–100 score
 * @param content the feedback text
 * @param recommendations what to do next time, most important first
 * @param references the theory behind the recommendations, without duplicates
 */
public record FeedbackItem(Dimension dimension, double score, String content, List<String> recommendations,
                           List<TheoryReference> references) {
    /** Validates and copies. */
    public FeedbackItem {
        Objects.requireNonNull(dimension, "dimension");
        Scores.requireScore(score, "score");
        MainIssue.requireText(content, "content");
        recommendations = List.copyOf(recommendations);
        references = List.copyOf(references);
    }
}
