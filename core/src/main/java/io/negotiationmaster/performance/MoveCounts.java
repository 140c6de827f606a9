package io.negotiationmaster.performance;

import io.negotiationmaster.negotiation.MoveType;
import java.util.Map;

/**
 * How often each move was made, per side ({@code negotiation_moves} column of the report).
 *
 * @param byUser move → count for the user's messages (moves never made are absent)
 * @param byCounterpart move → count for the counterpart's messages
 */
public record MoveCounts(Map<MoveType, Integer> byUser, Map<MoveType, Integer> byCounterpart) {
    /** Copies the maps. */
    public MoveCounts {
        byUser = Map.copyOf(byUser);
        byCounterpart = Map.copyOf(byCounterpart);
    }

    /** How often the user made {@code move}. */
    public int user(MoveType move) {
        return byUser.getOrDefault(move, 0);
    }

    /** How often the counterpart made {@code move}. */
    public int counterpart(MoveType move) {
        return byCounterpart.getOrDefault(move, 0);
    }
}
