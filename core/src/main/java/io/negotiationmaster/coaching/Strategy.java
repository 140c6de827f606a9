package io.negotiationmaster.coaching;

import java.util.Locale;

/** The better moves a what-if puts in place of the user's line. */
public enum Strategy {
    /** Restate your own last offer with a reason instead of moving (or instead of a threat). */
    HOLD_FIRM,
    /** Move, but only by half of what the counterpart last conceded (never beyond your limit). */
    RECIPROCAL_SMALL_CONCESSION,
    /** Counter at an ambitious anchor justified by the scenario's public market facts. */
    WELL_GROUNDED_ANCHOR,
    /** Propose a package: a small move on the main issue in exchange for a secondary issue worth more to you. */
    SECONDARY_ISSUE_TRADE,
    /** Ask what matters to the counterpart before (or instead of) talking numbers. */
    ASK_ABOUT_INTERESTS;

    /** The name as shown to a trainee, e.g. {@code hold firm}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
