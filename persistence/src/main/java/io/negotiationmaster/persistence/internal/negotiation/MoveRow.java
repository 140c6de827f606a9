package io.negotiationmaster.persistence.internal.negotiation;

import io.negotiationmaster.negotiation.MoveRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A {@code negotiation_moves} row as stored. */
public record MoveRow(UUID id, UUID negotiationId, UUID messageId, String actor, Integer turnNumber, String moveType,
        String issue, BigDecimal amount, BigDecimal concessionSize, Instant createdAt) {

    static MoveRow of(MoveRecord m, Instant now) {
        return new MoveRow(m.id(), m.negotiationId(), m.messageId(), m.actor().code(), m.turn(), m.move().code(),
                m.issue().orElse(null), m.amount().orElse(null), m.concession().orElse(null), now);
    }
}
