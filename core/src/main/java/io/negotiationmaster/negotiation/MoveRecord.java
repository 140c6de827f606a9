package io.negotiationmaster.negotiation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code negotiation_moves} row: one move read in or made by one message.
 *
 * @param id the id
 * @param negotiationId the negotiation
 * @param messageId the message
 * @param actor who made it
 * @param turn the message's position in the negotiation
 * @param move the move
 * @param issue the issue an amount belongs to
 * @param amount the amount of an offer move
 * @param concession how far the actor moved towards the other side
 */
public record MoveRecord(UUID id, UUID negotiationId, UUID messageId, Party actor, int turn, MoveType move,
        Optional<String> issue, Optional<BigDecimal> amount, Optional<BigDecimal> concession) {

    /** Requires every field. */
    public MoveRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(concession, "concession");
    }
}
