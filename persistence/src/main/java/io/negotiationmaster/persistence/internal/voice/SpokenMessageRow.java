package io.negotiationmaster.persistence.internal.voice;

import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.voice.SpokenMessage;
import java.util.UUID;

/** A message linked to a voice session, as read back. */
public record SpokenMessageRow(UUID id, Integer seq, String senderType, MessageMetadata metadata) {

    SpokenMessage toSpoken() {
        MessageMetadata meta = metadata != null ? metadata
                : new MessageMetadata(null, null, null, "text", null, null, null);
        return new SpokenMessage(id, seq == null ? 0 : seq, Party.fromCode(senderType), meta);
    }
}
