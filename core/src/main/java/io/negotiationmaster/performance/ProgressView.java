package io.negotiationmaster.performance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's progress: aggregates, per-dimension skills, the session history for charts, and the recommended
 * next scenario.
 *
 * @param progress totals and averages
 * @param skills per-dimension skill over time, strongest and weakest
 * @param history every scored session, oldest first
 * @param recommendation the scenario to practise next
 */
public record ProgressView(UserProgress progress, Optional<ProgressSummary> skills, List<ScoreHistoryPoint> history,
        Optional<ScenarioRecommendation> recommendation) {

    /** Requires every field. */
    public ProgressView {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(skills, "skills");
        history = List.copyOf(history);
        Objects.requireNonNull(recommendation, "recommendation");
    }
}
