package io.negotiationmaster.persistence.internal.performance;

import io.negotiationmaster.performance.UserProgress;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A {@code user_progress} row. */
public record ProgressRow(UUID id, UUID userId, Integer totalNegotiations, Integer completedNegotiations,
        Integer successfulDeals, BigDecimal avgClaimingValueScore, BigDecimal avgCreatingValueScore,
        BigDecimal avgManagingRelationshipsScore, BigDecimal avgOverallScore, Integer highestScenarioCompleted,
        Instant lastActivity, Instant updatedAt) {

    static ProgressRow of(UUID id, UserProgress p, Instant now) {
        return new ProgressRow(id, p.userId(), p.totalNegotiations(), p.completedNegotiations(), p.successfulDeals(),
                dec(p.avgClaimingValue()), dec(p.avgCreatingValue()), dec(p.avgManagingRelationships()),
                dec(p.avgOverall()), p.highestDifficultyCompleted(), p.lastActivity().orElse(null), now);
    }

    UserProgress toProgress() {
        return new UserProgress(userId, totalNegotiations, completedNegotiations, successfulDeals,
                avgClaimingValueScore.doubleValue(), avgCreatingValueScore.doubleValue(),
                avgManagingRelationshipsScore.doubleValue(), avgOverallScore.doubleValue(), highestScenarioCompleted,
                Optional.ofNullable(lastActivity));
    }

    private static BigDecimal dec(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
