package io.negotiationmaster.performance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user's aggregate progress (the {@code user_progress} row). Averages run over every scored session.
 *
 * @param userId the user
 * @param totalNegotiations scored sessions
 * @param completedNegotiations scored sessions played to an end (a deal or a walk-away), not abandoned
 * @param successfulDeals sessions ending in a deal
 * @param avgClaimingValue mean claiming-value score, 0–100
 * @param avgCreatingValue mean creating-value score, 0–100
 * @param avgManagingRelationships mean managing-relationships score, 0–100
 * @param avgOverall mean overall score, 0–100
 * @param highestDifficultyCompleted highest difficulty among completed sessions, 0 when none
 * @param lastActivity when the latest session finished
 */
public record UserProgress(UUID userId, int totalNegotiations, int completedNegotiations, int successfulDeals,
                           double avgClaimingValue, double avgCreatingValue, double avgManagingRelationships,
                           double avgOverall, int highestDifficultyCompleted, Optional<Instant> lastActivity) {
    /** Validates the counts' consistency and the ranges. */
    public UserProgress {
        Objects.requireNonNull(userId, "userId");
        if (totalNegotiations < 0 || completedNegotiations < 0 || successfulDeals < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        if (completedNegotiations > totalNegotiations || successfulDeals > completedNegotiations) {
            throw new IllegalArgumentException("successfulDeals <= completedNegotiations <= totalNegotiations must hold, was "
                    + successfulDeals + ", " + completedNegotiations + ", " + totalNegotiations);
        }
        Scores.requireScore(avgClaimingValue, "avgClaimingValue");
        Scores.requireScore(avgCreatingValue, "avgCreatingValue");
        Scores.requireScore(avgManagingRelationships, "avgManagingRelationships");
        Scores.requireScore(avgOverall, "avgOverall");
        if (highestDifficultyCompleted < 0 || highestDifficultyCompleted > 7) {
            throw new IllegalArgumentException("highestDifficultyCompleted must be 0-7, was " + highestDifficultyCompleted);
        }
        Objects.requireNonNull(lastActivity, "lastActivity");
    }

    /** The progress of a user with no session yet. */
    public static UserProgress empty(UUID userId) {
        return new UserProgress(userId, 0, 0, 0, 0, 0, 0, 0, 0, Optional.empty());
    }

    /** The mean score of {@code dimension}. */
    public double average(Dimension dimension) {
        return switch (dimension) {
            case CLAIMING_VALUE -> avgClaimingValue;
            case CREATING_VALUE -> avgCreatingValue;
            case MANAGING_RELATIONSHIPS -> avgManagingRelationships;
        };
    }
}
