package io.negotiationmaster.negotiation;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which of a user's negotiations a listing shows.
 *
 * @param status only this status, or any
 * @param scenarioId only this scenario, or any
 */
public record NegotiationFilter(Optional<NegotiationStatus> status, Optional<UUID> scenarioId) {

    /** Requires both as optionals. */
    public NegotiationFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(scenarioId, "scenarioId");
    }

    /** Every negotiation of the user. */
    public static NegotiationFilter all() {
        return new NegotiationFilter(Optional.empty(), Optional.empty());
    }

    /** Only negotiations with {@code status}. */
    public static NegotiationFilter withStatus(NegotiationStatus status) {
        return new NegotiationFilter(Optional.of(status), Optional.empty());
    }
}
