package io.negotiationmaster.persistence.internal.negotiation;

import io.negotiationmaster.negotiation.DecisionRecord;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Offer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An {@code ai_responses} row as stored. */
public record DecisionRow(UUID id, UUID negotiationId, UUID messageId, UUID userMessageId, String decidedMove,
        MoveCodes moves, BigDecimal offerAmount, Offer offerTerms, String reasoning, String writer,
        String writerDetail, Integer latencyMs, Instant createdAt) {

    static DecisionRow of(DecisionRecord d, Instant now) {
        return new DecisionRow(d.id(), d.negotiationId(), d.messageId(), d.userMessageId().orElse(null),
                d.decidedMove().code(), new MoveCodes(d.moves().stream().map(MoveType::code).toList()),
                d.offer().map(Offer::amount).orElse(null), d.offer().orElse(null), d.reasoning(), d.writer(),
                d.writerDetail(), d.latencyMillis(), now);
    }

    DecisionRecord toRecord() {
        return new DecisionRecord(id, negotiationId, messageId, Optional.ofNullable(userMessageId),
                MoveType.fromCode(decidedMove), moves.codes().stream().map(MoveType::fromCode).toList(),
                Optional.ofNullable(offerTerms), reasoning == null ? "" : reasoning, writer,
                writerDetail == null ? "" : writerDetail, latencyMs == null ? 0 : latencyMs);
    }
}
