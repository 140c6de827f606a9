package io.negotiationmaster.performance;

import java.util.Objects;

/**
 * The progress records after a session, to be stored in the same transaction as its report.
 *
 * @param progress the new {@code user_progress}
 * @param skills the new per-skill progress
 */
public record ProgressUpdate(UserProgress progress, ProgressSummary skills) {
    /** Validates that both belong to the same user. */
    public ProgressUpdate {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(skills, "skills");
        if (!progress.userId().equals(skills.userId())) {
            throw new IllegalArgumentException("progress and skills must belong to the same user");
        }
    }
}
