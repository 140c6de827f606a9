package io.negotiationmaster.persistence.internal.performance;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.scenario.CatalogJson;
import java.time.Instant;
import java.util.UUID;

/** A {@code negotiation_performance} row as written: the seed's columns plus the whole report as JSON. */
public record PerformanceRow(UUID id, UUID negotiationId, UUID userId, UUID scenarioId, double claimingValueScore,
        String claimingValueAnalysis, String claimingValueRating, double creatingValueScore,
        String creatingValueAnalysis, String creatingValueRating, double managingRelationshipsScore,
        String managingRelationshipsAnalysis, String managingRelationshipsRating, double overallScore,
        String overallRating, String overallFeedback, Integer conversationDurationSeconds, Integer turnCount,
        Integer interruptionCount, Double speakingTimePercentage, JsonNode conversationAnalysis,
        JsonNode negotiationMoves, JsonNode improvementSuggestions, String negotiationStyleIdentified,
        JsonNode personalityInsights, JsonNode learningObjectivesMet, PerformanceReport reportDetails,
        Instant createdAt) {

    static PerformanceRow of(UUID id, PerformanceReport r, CatalogJson json, Instant now) {
        var m = r.metrics();
        return new PerformanceRow(id, r.negotiationId(), r.userId(), r.scenarioId(), r.claimingValue().score(),
                r.claimingValue().analysis(), r.claimingValue().rating().code(), r.creatingValue().score(),
                r.creatingValue().analysis(), r.creatingValue().rating().code(), r.managingRelationships().score(),
                r.managingRelationships().analysis(), r.managingRelationships().rating().code(), r.overall().score(),
                r.overall().rating().code(), r.overall().summary(), (int) Math.min(Integer.MAX_VALUE,
                m.durationSeconds()), m.turns(), m.interruptions().isPresent() ? m.interruptions().getAsInt() : null,
                m.userSpeakingShare().isPresent() ? m.userSpeakingShare().getAsDouble() * 100.0 : null,
                json.toTree(m), json.toTree(r.moves()), json.toTree(r.suggestions()), r.style().style().code(),
                json.toTree(r.personalityInsights()), json.toTree(r.objectives()), r, now);
    }
}
