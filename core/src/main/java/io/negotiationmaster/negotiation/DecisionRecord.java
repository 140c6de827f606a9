package io.negotiationmaster.negotiation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * An {@code ai_responses} row: what the engine decided for one AI message and why. Private: the reasoning may
 * name the reservation value.
 *
 * @param id the id
 * @param negotiationId the negotiation
 * @param messageId the AI message
 * @param userMessageId the user message it answers
 * @param decidedMove the main move
 * @param moves every move of the decision
 * @param offer the offer it made or the deal it closed
 * @param reasoning the private reasoning
 * @param writer {@code template}, {@code model} or {@code scenario}
 * @param writerDetail the template key or the fallback reason
 * @param latencyMillis time to read, decide and write
 */
public record DecisionRecord(UUID id, UUID negotiationId, UUID messageId, Optional<UUID> userMessageId,
        MoveType decidedMove, List<MoveType> moves, Optional<Offer> offer, String reasoning, String writer,
        String writerDetail, int latencyMillis) {

    /** Requires every field. */
    public DecisionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(userMessageId, "userMessageId");
        Objects.requireNonNull(decidedMove, "decidedMove");
        moves = List.copyOf(moves);
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(reasoning, "reasoning");
        Objects.requireNonNull(writer, "writer");
        Objects.requireNonNull(writerDetail, "writerDetail");
    }
}
