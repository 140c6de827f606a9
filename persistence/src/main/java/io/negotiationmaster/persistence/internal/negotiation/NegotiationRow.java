package io.negotiationmaster.persistence.internal.negotiation;

import io.negotiationmaster.engine.EngineState;
import io.negotiationmaster.negotiation.NegotiationRecord;
import io.negotiationmaster.negotiation.NegotiationStatus;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Outcome;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A {@code negotiations} row as stored. */
public record NegotiationRow(UUID id, UUID userId, UUID scenarioId, String status, String outcome, Instant startedAt,
        Instant completedAt, Boolean dealReached, Offer dealTerms, Long randomSeed, EngineState engineState,
        Integer version, Integer messageCount, Instant updatedAt) {

    static NegotiationRow of(NegotiationRecord r) {
        return new NegotiationRow(r.id(), r.userId(), r.scenarioId(), r.status().code(),
                r.outcome().map(Outcome::code).orElse(null), r.startedAt(), r.completedAt().orElse(null),
                r.dealReached(), r.dealTerms().orElse(null), r.seed(), r.state(), r.version(), r.messageCount(),
                r.updatedAt());
    }

    NegotiationRecord toRecord() {
        return new NegotiationRecord(id, userId, scenarioId, NegotiationStatus.fromCode(status),
                Optional.ofNullable(outcome).map(Outcome::fromCode), startedAt, Optional.ofNullable(completedAt),
                Boolean.TRUE.equals(dealReached), Optional.ofNullable(dealTerms), randomSeed, engineState, version,
                messageCount, updatedAt);
    }
}
