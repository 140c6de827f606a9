package io.negotiationmaster.performance;

import java.util.Objects;

/**
 * The score of one dimension ({@code <dimension>_score}, {@code _rating}, {@code _analysis} columns).
 *
 * @param score 0–100
 * @param rating the rating band
 * @param analysis a few sentences explaining the score with evidence from the transcript
 */
public record DimensionScore(double score, Rating rating, String analysis) {
    /** Validates. The rating may differ from {@link Rating#forScore} only within the band the rubric decided. */
    public DimensionScore {
        Scores.requireScore(score, "score");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(analysis, "analysis");
    }
}
