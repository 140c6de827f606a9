package io.negotiationmaster.performance;

import io.negotiationmaster.negotiation.Party;
import java.util.Objects;

/**
 * A key moment ({@code performance_milestones} row).
 *
 * @param turnIndex the transcript turn it happened in
 * @param type what kind of moment
 * @param party who made it
 * @param description one sentence for the user
 * @param impact effect on the user's result, -1 (hurt) to 1 (helped)
 */
public record Milestone(int turnIndex, MilestoneType type, Party party, String description, double impact) {
    /** Validates. */
    public Milestone {
        if (turnIndex < 0) {
            throw new IllegalArgumentException("turnIndex must not be negative, was " + turnIndex);
        }
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(description, "description");
        if (!(impact >= -1 && impact <= 1)) {
            throw new IllegalArgumentException("impact must be -1..1, was " + impact);
        }
    }
}
