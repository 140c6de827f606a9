package io.negotiationmaster.performance;

import java.util.Locale;

/** The kinds of key moments of a negotiation ({@code performance_milestones.milestone_type}). */
public enum MilestoneType {
    /** A side's first offer on the main issue. */
    FIRST_OFFER,
    /** The first offer of the negotiation, which anchors it; the milestone's party is who anchored. */
    ANCHOR,
    /** A side's first concession. */
    FIRST_CONCESSION,
    /** A side's largest concession. */
    LARGEST_CONCESSION,
    /** A single move that closed much of the gap between the standing offers. */
    BREAKTHROUGH,
    /** Both sides repeating their positions without movement. */
    IMPASSE,
    /** The acceptance that closed the deal. */
    CLOSE,
    /** A side leaving without a deal. */
    WALK_AWAY;

    /** The stored, lower-case name, e.g. {@code "first_offer"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
