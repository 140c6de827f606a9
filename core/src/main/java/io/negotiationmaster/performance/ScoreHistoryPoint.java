package io.negotiationmaster.performance;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One scored session on a user's progress chart.
 *
 * @param negotiationId the negotiation
 * @param scenarioId its scenario
 * @param scoredAt when it was scored
 * @param claimingValue claiming-value score
 * @param creatingValue creating-value score
 * @param managingRelationships managing-relationships score
 * @param overall overall score
 */
public record ScoreHistoryPoint(UUID negotiationId, UUID scenarioId, Instant scoredAt, double claimingValue,
        double creatingValue, double managingRelationships, double overall) {

    /** Requires the ids and time. */
    public ScoreHistoryPoint {
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(scoredAt, "scoredAt");
    }
}
