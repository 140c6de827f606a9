package io.negotiationmaster.negotiation;

import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage port for the negotiation aggregate: {@code negotiations}, {@code messages}, {@code negotiation_moves}
 * and {@code ai_responses}. Runs inside the caller's transaction.
 */
public interface NegotiationStore {

    /** Inserts a new negotiation. */
    void insert(NegotiationRecord negotiation);

    /** The negotiation with {@code id}. */
    Optional<NegotiationRecord> find(UUID id);

    /** The negotiation with {@code id}, locked against concurrent turns until the transaction ends. */
    Optional<NegotiationRecord> lock(UUID id);

    /**
     * Writes {@code negotiation} if its stored version is still {@code negotiation.version()}, and increments it.
     *
     * @return false when another transaction changed it first (nothing written)
     */
    boolean update(NegotiationRecord negotiation);

    /** Inserts a message with the metadata of a typed one from {@code source}; {@code senderId} is the user's. */
    default void insertMessage(Message message, Optional<UUID> senderId, String source) {
        insertMessage(message, senderId, message.metadata(source));
    }

    /** Inserts a message with the given metadata (voice messages carry their speech timing there). */
    void insertMessage(Message message, Optional<UUID> senderId, MessageMetadata metadata);

    /** The stored metadata of every message of a negotiation, by message id. */
    Map<UUID, MessageMetadata> metadata(UUID negotiationId);

    /** Inserts moves. */
    void insertMoves(List<MoveRecord> moves);

    /** Inserts the decision record of an AI message. */
    void insertDecision(DecisionRecord decision);

    /** Messages of a negotiation in order, {@code limit} from position {@code from}. */
    List<Message> messages(UUID negotiationId, int from, int limit);

    /** Decision records of a negotiation in message order (private; for debriefs and analytics). */
    List<DecisionRecord> decisions(UUID negotiationId);

    /** One page of a user's negotiations, newest first. */
    Page<NegotiationRecord> listByUser(UUID userId, NegotiationFilter filter, PageRequest page);
}
