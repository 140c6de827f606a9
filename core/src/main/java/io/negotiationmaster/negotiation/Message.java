package io.negotiationmaster.negotiation;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One stored message of a negotiation, as the trainee may see it.
 *
 * @param id the id
 * @param negotiationId the negotiation
 * @param seq its position in the negotiation, from 0, strictly sequential
 * @param sender who wrote it
 * @param content the text
 * @param messageType {@code opening}, {@code chat}, {@code offer}, {@code accept}, {@code walk_away} or {@code end}
 * @param timestamp when it was stored
 * @param moves the moves read in it (user) or made by it (AI)
 * @param amounts the amounts read in it
 * @param offer the offer it put on the table, if any
 */
public record Message(UUID id, UUID negotiationId, int seq, Party sender, String content, String messageType,
        Instant timestamp, List<MoveType> moves, List<AmountRead> amounts, Optional<Offer> offer) {

    /** Validates and copies. */
    public Message {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(messageType, "messageType");
        Objects.requireNonNull(timestamp, "timestamp");
        moves = List.copyOf(moves);
        amounts = List.copyOf(amounts);
        Objects.requireNonNull(offer, "offer");
    }

    /** The metadata stored with this message. */
    public MessageMetadata metadata(String source) {
        return MessageMetadata.of(moves, amounts, offer, source);
    }
}
