package io.negotiationmaster.negotiation;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A negotiation as the trainee may see it: never the counterpart's reservation value or private state.
 *
 * @param id the id
 * @param userId the trainee
 * @param scenarioId the scenario
 * @param status where it stands
 * @param outcome how it ended, once it has
 * @param startedAt start time
 * @param completedAt end time, once ended
 * @param dealReached whether a deal was made
 * @param dealTerms the agreed terms of a deal
 * @param counterpartOffer the counterpart's standing offer
 * @param userOffer the user's latest offer on the main issue
 * @param messageCount how many messages are stored
 */
public record Negotiation(UUID id, UUID userId, UUID scenarioId, NegotiationStatus status, Optional<Outcome> outcome,
        Instant startedAt, Optional<Instant> completedAt, boolean dealReached, Optional<Offer> dealTerms,
        Optional<Offer> counterpartOffer, Optional<Offer> userOffer, int messageCount) {

    /** Requires every field. */
    public Negotiation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(scenarioId, "scenarioId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(completedAt, "completedAt");
        Objects.requireNonNull(dealTerms, "dealTerms");
        Objects.requireNonNull(counterpartOffer, "counterpartOffer");
        Objects.requireNonNull(userOffer, "userOffer");
    }

    /** Whether it still takes turns. */
    public boolean inProgress() {
        return status == NegotiationStatus.IN_PROGRESS;
    }
}
