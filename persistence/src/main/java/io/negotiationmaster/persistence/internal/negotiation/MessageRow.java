package io.negotiationmaster.persistence.internal.negotiation;

import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A {@code messages} row as stored. */
public record MessageRow(UUID id, UUID negotiationId, Integer seq, String senderType, UUID senderId, String content,
        String messageType, MessageMetadata metadata, Instant timestamp) {

    static MessageRow of(Message m, Optional<UUID> senderId, MessageMetadata metadata) {
        return new MessageRow(m.id(), m.negotiationId(), m.seq(), m.sender().code(), senderId.orElse(null),
                m.content(), m.messageType(), metadata, m.timestamp());
    }

    Message toMessage() {
        MessageMetadata meta = metadata != null ? metadata
                : new MessageMetadata(null, null, null, "text", null, null, null);
        return new Message(id, negotiationId, seq, Party.fromCode(senderType), content,
                messageType == null ? "chat" : messageType, timestamp,
                meta.moves().stream().map(MoveType::fromCode).toList(), meta.amounts(),
                Optional.ofNullable(meta.offer()));
    }
}
