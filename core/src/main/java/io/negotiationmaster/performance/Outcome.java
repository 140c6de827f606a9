package io.negotiationmaster.performance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * How a negotiation ended.
 *
 * @param status the kind of ending
 * @param deal the agreed terms, present exactly when {@code status} is {@link OutcomeStatus#DEAL}
 * @param counterpartRapport the counterpart's rapport with the user at the end, 0–1
 * @param startedAt when the negotiation started
 * @param finishedAt when it ended, not before {@code startedAt}
 */
public record Outcome(OutcomeStatus status, Optional<DealTerms> deal, double counterpartRapport,
                      Instant startedAt, Instant finishedAt) {
    /** Validates every field and their consistency. */
    public Outcome {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(deal, "deal");
        if ((status == OutcomeStatus.DEAL) != deal.isPresent()) {
            throw new IllegalArgumentException("deal must be present exactly when status is DEAL, status was " + status);
        }
        if (!(counterpartRapport >= 0 && counterpartRapport <= 1)) {
            throw new IllegalArgumentException("counterpartRapport must be 0-1, was " + counterpartRapport);
        }
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (finishedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("finishedAt must not be before startedAt");
        }
    }
}
