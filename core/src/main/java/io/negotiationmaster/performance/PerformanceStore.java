package io.negotiationmaster.performance;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage port for reports and progress: {@code negotiation_performance}, {@code performance_milestones},
 * {@code feedback}, {@code user_progress} and {@code user_performance_progress}. Runs inside the caller's
 * transaction.
 */
public interface PerformanceStore {

    /** Stores a report with its milestones and feedback rows. */
    void save(PerformanceReport report, Instant now);

    /** The report of a negotiation. */
    Optional<PerformanceReport> report(UUID negotiationId);

    /** Every stored report of a user, oldest first, as points for charts. */
    List<ScoreHistoryPoint> history(UUID userId);

    /** The user's aggregate progress. */
    Optional<UserProgress> progress(UUID userId);

    /** The user's per-dimension skills. */
    Optional<ProgressSummary> skills(UUID userId);

    /** Inserts or replaces the user's progress rows. */
    void saveProgress(ProgressUpdate update, Instant now);
}
