package io.negotiationmaster.negotiation;

import io.negotiationmaster.engine.EngineState;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@code negotiations} row with its private parts (random seed, engine state, version). Storage and engine
 * only; the trainee sees {@link Negotiation}.
 *
 * @param id the id
 * @param userId the trainee
 * @param scenarioId the scenario
 * @param status where it stands
 * @param outcome how it ended
 * @param startedAt start time
 * @param completedAt end time
 * @param dealReached whether a deal was made
 * @param dealTerms the agreed terms
 * @param seed the random seed of the counterpart
 * @param state the counterpart's private state
 * @param version optimistic-locking version
 * @param messageCount stored messages
 * @param updatedAt last change
 */
public record NegotiationRecord(UUID id, UUID userId, UUID scenarioId, NegotiationStatus status,
        Optional<Outcome> outcome, Instant startedAt, Optional<Instant> completedAt, boolean dealReached,
        Optional<Offer> dealTerms, long seed, EngineState state, int version, int messageCount, Instant updatedAt) {

    /** Requires every field. */
    public NegotiationRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(dealTerms, "dealTerms");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** What the trainee may see. */
    public Negotiation view() {
        var s = state.counterpart();
        Optional<Offer> counterpartOffer = s.counterpartOffers().isEmpty() ? Optional.empty()
                : Optional.of(new Offer(s.standing().main(), s.standing().options()));
        Optional<Offer> userOffer = s.lastUserOffer().map(Offer::of);
        return new Negotiation(id, userId, scenarioId, status, outcome, startedAt, completedAt, dealReached,
                dealTerms, counterpartOffer, userOffer, messageCount);
    }

    /** This record after a turn. */
    public NegotiationRecord next(EngineState newState, int addedMessages, NegotiationStatus newStatus,
            Optional<Outcome> newOutcome, Optional<Offer> deal, Instant now) {
        boolean ended = newStatus != NegotiationStatus.IN_PROGRESS;
        return new NegotiationRecord(id, userId, scenarioId, newStatus, newOutcome, startedAt,
                ended ? Optional.of(now) : completedAt, deal.isPresent() || dealReached, deal.or(() -> dealTerms),
                seed, newState, version, messageCount + addedMessages, now);
    }
}
