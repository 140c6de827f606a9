package io.negotiationmaster.voice;

import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.negotiation.Party;
import java.util.Objects;
import java.util.UUID;

/**
 * A message linked to a voice session, with its stored metadata (speech start and end when it was spoken).
 *
 * @param messageId the message
 * @param seq its position in the negotiation
 * @param sender who sent it
 * @param metadata its {@code messages.metadata}
 */
public record SpokenMessage(UUID messageId, int seq, Party sender, MessageMetadata metadata) {

    /** Requires every field. */
    public SpokenMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(metadata, "metadata");
    }
}
