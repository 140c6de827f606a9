package io.negotiationmaster.performance;

import java.time.Instant;
import java.util.Objects;

/**
 * A scored session as progress aggregation needs it.
 *
 * @param report the session's report
 * @param difficulty the scenario's difficulty, 1–7
 * @param status how the session ended
 * @param finishedAt when it ended
 */
public record SessionResult(PerformanceReport report, int difficulty, OutcomeStatus status, Instant finishedAt) {
    /** Validates. */
    public SessionResult {
        Objects.requireNonNull(report, "report");
        if (difficulty < 1 || difficulty > 7) {
            throw new IllegalArgumentException("difficulty must be 1-7, was " + difficulty);
        }
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(finishedAt, "finishedAt");
    }

    /** Whether the session ended in a deal. */
    public boolean deal() {
        return status == OutcomeStatus.DEAL;
    }
}
