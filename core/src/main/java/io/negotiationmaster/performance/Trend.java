package io.negotiationmaster.performance;

import java.util.Locale;

/** The direction of a skill over the latest sessions. */
public enum Trend {
    /** Scores rising by more than 2 points per session over the latest sessions. */
    IMPROVING,
    /** Neither rising nor falling by more than 2 points per session, or fewer than 3 sessions. */
    STEADY,
    /** Scores falling by more than 2 points per session. */
    DECLINING;

    /** The stored, lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
