package io.negotiationmaster.performance;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How long-term progress moves with each scored session and which scenario to practise next. A port, like
 * {@link PerformanceAnalyzer}: the {@code scoring} module implements it.
 */
public interface ProgressPolicy {

    /** The user's progress after {@code session}, from the progress before it (absent for a first session). */
    ProgressUpdate update(UUID userId, Optional<UserProgress> previous, Optional<ProgressSummary> previousSkills,
            SessionResult session);

    /** The scenario to practise next among {@code available}, with the reason; empty when none fits. */
    Optional<ScenarioRecommendation> recommend(Optional<UserProgress> progress, Optional<ProgressSummary> skills,
            List<ScenarioSummary> available);
}
