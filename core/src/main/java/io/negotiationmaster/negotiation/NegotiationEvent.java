package io.negotiationmaster.negotiation;

import java.util.Optional;
import java.util.UUID;

/**
 * What a host may push to its clients (the seed's WebSocket room). {@link Typing} comes before the engine runs;
 * the others after the turn has committed.
 */
public sealed interface NegotiationEvent {
    /** The negotiation the event belongs to. */
    UUID negotiationId();

    /** The trainee the negotiation belongs to. */
    UUID userId();

    /** The counterpart is preparing its reply. @param negotiationId negotiation @param userId trainee */
    record Typing(UUID negotiationId, UUID userId) implements NegotiationEvent {
    }

    /** The counterpart replied. @param negotiationId negotiation @param userId trainee @param reply the reply */
    record Replied(UUID negotiationId, UUID userId, Message reply) implements NegotiationEvent {
    }

    /**
     * A side put an offer on the table.
     *
     * @param negotiationId negotiation
     * @param userId trainee
     * @param party who offered
     * @param offer the offer
     */
    record OfferMade(UUID negotiationId, UUID userId, Party party, Offer offer) implements NegotiationEvent {
    }

    /** A deal was made. @param negotiationId negotiation @param userId trainee @param terms the agreed terms */
    record DealReached(UUID negotiationId, UUID userId, Offer terms) implements NegotiationEvent {
    }

    /**
     * The negotiation ended.
     *
     * @param negotiationId negotiation
     * @param userId trainee
     * @param status its final status
     * @param outcome how it ended
     */
    record Finished(UUID negotiationId, UUID userId, NegotiationStatus status, Optional<Outcome> outcome)
            implements NegotiationEvent {
    }
}
