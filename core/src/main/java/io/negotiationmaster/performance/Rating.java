package io.negotiationmaster.performance;

import java.util.Locale;

/**
 * A rating band of a 0–100 score. The thresholds are: {@link #EXCELLENT} from 85, {@link #GOOD} from 70,
 * {@link #AVERAGE} from 50, {@link #POOR} below 50.
 */
public enum Rating {
    /** Score 85–100. */
    EXCELLENT(85, 100),
    /** Score 70 to below 85. */
    GOOD(70, 85),
    /** Score 50 to below 70. */
    AVERAGE(50, 70),
    /** Score below 50. */
    POOR(0, 50);

    private final double minScore;
    private final double upperScore;

    Rating(double minScore, double upperScore) {
        this.minScore = minScore;
        this.upperScore = upperScore;
    }

    /** The lowest score with this rating (inclusive). */
    public double minScore() {
        return minScore;
    }

    /** The highest score with this rating: 100 for {@link #EXCELLENT}, else just below the next band's minimum. */
    public double maxScore() {
        return this == EXCELLENT ? 100 : Math.nextDown(upperScore);
    }

    /** The stored, lower-case name, e.g. {@code "excellent"} (also the key in {@code evaluation_criteria}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The rating of a score by the documented thresholds.
     *
     * @throws IllegalArgumentException when the score is not within 0–100
     */
    public static Rating forScore(double score) {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException("score must be 0-100, was " + score);
        }
        if (score >= EXCELLENT.minScore) {
            return EXCELLENT;
        }
        if (score >= GOOD.minScore) {
            return GOOD;
        }
        return score >= AVERAGE.minScore ? AVERAGE : POOR;
    }

    /** Whether this rating is better than {@code other}. */
    public boolean isBetterThan(Rating other) {
        return compareTo(other) < 0;
    }

    /**
     * The rating stored under {@code code}.
     *
     * @throws IllegalArgumentException when the code names no rating
     */
    public static Rating fromCode(String code) {
        for (Rating r : values()) {
            if (r.code().equals(code)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rating: " + code);
    }
}
