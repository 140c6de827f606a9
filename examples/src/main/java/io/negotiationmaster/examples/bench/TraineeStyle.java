package io.negotiationmaster.examples.bench;

/** How a simulated trainee negotiates. */
public enum TraineeStyle {
    /** Anchors far away, barely moves, rejects, mentions alternatives. */
    HARDLINER,
    /** Moves quickly towards the counterpart and accepts early. */
    CONCEDER,
    /** Mirrors the counterpart's concessions. */
    RECIPROCATOR,
    /** Insults and threatens, barely moves. */
    HOSTILE,
    /** Greets, builds rapport, asks questions, trades secondary issues, concedes steadily. */
    POLITE_TRADER;

    /** The style of simulated trainee number {@code index}: the five styles in turn. */
    public static TraineeStyle of(int index) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be 0 or more, was " + index);
        }
        return values()[index % values().length];
    }
}
