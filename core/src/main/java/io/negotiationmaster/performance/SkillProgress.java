package io.negotiationmaster.performance;

import java.util.List;
import java.util.Objects;

/**
 * The progress of one skill (dimension) over a user's sessions ({@code user_performance_progress}).
 *
 * @param dimension the skill
 * @param current the exponentially weighted mean of the scores, recent sessions weighing more, 0–100
 * @param trend the direction over the latest sessions
 * @param sessions how many sessions were scored
 * @param first the first session's score
 * @param best the best score
 * @param average the plain mean
 * @param lift {@code best - first}
 * @param level the named level of {@code current}
 * @param recentScores the latest scores (at most 5), oldest first, from which the trend is computed
 */
public record SkillProgress(Dimension dimension, double current, Trend trend, int sessions, double first,
                            double best, double average, double lift, SkillLevel level, List<Double> recentScores) {
    /** The most scores kept in {@link #recentScores()}. */
    public static final int RECENT_WINDOW = 5;

    /** Validates and copies. */
    public SkillProgress {
        Objects.requireNonNull(dimension, "dimension");
        Scores.requireScore(current, "current");
        Objects.requireNonNull(trend, "trend");
        if (sessions < 1) {
            throw new IllegalArgumentException("sessions must be at least 1, was " + sessions);
        }
        Scores.requireScore(first, "first");
        Scores.requireScore(best, "best");
        Scores.requireScore(average, "average");
        if (best < first) {
            throw new IllegalArgumentException("best " + best + " must not be below first " + first);
        }
        Objects.requireNonNull(level, "level");
        recentScores = List.copyOf(recentScores);
        if (recentScores.isEmpty() || recentScores.size() > RECENT_WINDOW) {
            throw new IllegalArgumentException("recentScores must hold 1-" + RECENT_WINDOW + " scores, held "
                    + recentScores.size());
        }
    }
}
