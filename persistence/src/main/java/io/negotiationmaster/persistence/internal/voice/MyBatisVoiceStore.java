package io.negotiationmaster.persistence.internal.voice;

import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.persistence.internal.SqlTransactions;
import io.negotiationmaster.voice.SpokenMessage;
import io.negotiationmaster.voice.VoiceSessionRecord;
import io.negotiationmaster.voice.VoiceStore;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@link VoiceStore} over MyBatis. */
public final class MyBatisVoiceStore implements VoiceStore {
    private final SqlTransactions tx;

    /** @param tx transactions whose session the mapper joins */
    public MyBatisVoiceStore(SqlTransactions tx) {
        this.tx = tx;
    }

    private VoiceMapper mapper() {
        return tx.mapper(VoiceMapper.class);
    }

    @Override
    public void insert(VoiceSessionRecord session) {
        mapper().insertSession(VoiceSessionRow.of(session));
    }

    @Override
    public Optional<VoiceSessionRecord> find(UUID id) {
        return Optional.ofNullable(mapper().session(id)).map(VoiceSessionRow::toRecord);
    }

    @Override
    public void update(VoiceSessionRecord session) {
        if (mapper().updateSession(VoiceSessionRow.of(session)) != 1) {
            throw new NotFoundException("voice session", session.id());
        }
    }

    @Override
    public List<VoiceSessionRecord> byNegotiation(UUID negotiationId) {
        return mapper().byNegotiation(negotiationId).stream().map(VoiceSessionRow::toRecord).toList();
    }

    @Override
    public void linkMessage(UUID messageId, UUID sessionId, MessageMetadata metadata) {
        if (mapper().linkMessage(messageId, sessionId, metadata) != 1) {
            throw new NotFoundException("message", messageId);
        }
    }

    @Override
    public List<SpokenMessage> spoken(UUID sessionId) {
        return mapper().spoken(sessionId).stream().map(SpokenMessageRow::toSpoken).toList();
    }
}
