package io.negotiationmaster.engine.strategy;

import java.util.Locale;

/** How the counterpart talks; selects the family of reply templates. */
public enum CommunicationStyle {
    /** Polite, measured, business-like. */
    FORMAL("formal", "professional", "polite", "courteous", "business", "corporate", "diplomatic", "measured"),
    /** Warm and personal; cares about the relationship. */
    FRIENDLY("friendly", "relationship", "warm", "personable", "rapport", "collaborative", "cooperative", "empath",
            "casual"),
    /** Short and to the point. */
    DIRECT("direct", "blunt", "straight", "no-nonsense", "concise", "brief", "terse", "matter-of-fact"),
    /** Numbers and reasons first. */
    ANALYTICAL("analytical", "data", "numbers", "logical", "detail", "methodical", "fact", "rational", "market"),
    /** Pushy and competitive. */
    ASSERTIVE("assertive", "aggressive", "tough", "hard", "competitive", "demanding", "firm", "pushy", "dominant");

    private final String[] keywords;

    CommunicationStyle(String... keywords) {
        this.keywords = keywords;
    }

    /**
     * Reads a style from free text such as {@code "Relationship-focused but firm on price"}: the style whose
     * keywords occur earliest in the text wins (the first clause usually names the manner of speaking, later
     * ones the stance on the issue); an exact enum name wins outright; {@link #FORMAL} when nothing matches.
     *
     * @throws NullPointerException when {@code text} is null
     */
    public static CommunicationStyle parse(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        CommunicationStyle best = FORMAL;
        int bestAt = Integer.MAX_VALUE;
        for (CommunicationStyle s : values()) {
            if (t.equals(s.name().toLowerCase(Locale.ROOT))) {
                return s;
            }
            for (String k : s.keywords) {
                int at = t.indexOf(k);
                if (at >= 0 && at < bestAt) {
                    best = s;
                    bestAt = at;
                }
            }
        }
        return best;
    }
}
