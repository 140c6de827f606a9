package io.negotiationmaster.performance;

import java.util.Locale;

/** The Thomas–Kilmann conflict modes, placed by assertiveness and cooperativeness. */
public enum NegotiationStyle {
    /** Assertive and uncooperative. */
    COMPETING,
    /** Assertive and cooperative. */
    COLLABORATING,
    /** Intermediate on both. */
    COMPROMISING,
    /** Unassertive and uncooperative. */
    AVOIDING,
    /** Unassertive and cooperative. */
    ACCOMMODATING;

    /** The stored, lower-case name ({@code negotiation_style_identified}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
