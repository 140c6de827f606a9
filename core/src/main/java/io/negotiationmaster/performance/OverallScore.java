package io.negotiationmaster.performance;

import java.util.Objects;

/**
 * The overall score: the weighted mean of the three dimensions.
 *
 * @param score 0–100
 * @param rating {@link Rating#forScore(double)} of the score
 * @param summary summary feedback ({@code overall_feedback})
 */
public record OverallScore(double score, Rating rating, String summary) {
    /** Validates. */
    public OverallScore {
        Scores.requireScore(score, "score");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(summary, "summary");
    }
}
