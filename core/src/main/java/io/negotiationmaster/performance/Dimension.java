package io.negotiationmaster.performance;

import java.util.Locale;

/** The three scored dimensions of a negotiation (the seed's column prefixes and {@code theory_category}). */
public enum Dimension {
    /** Claiming value: the share of the bargaining zone the user won (distributive bargaining). */
    CLAIMING_VALUE,
    /** Creating value: interests, extra issues, packages and trades that enlarge the pie (integrative bargaining). */
    CREATING_VALUE,
    /** Managing relationships: courtesy, empathy, reasons, reciprocity, no threats or insults. */
    MANAGING_RELATIONSHIPS;

    /** The stored, lower-case name, e.g. {@code "claiming_value"} (also the key in {@code evaluation_criteria}). */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The dimension stored under {@code code}.
     *
     * @throws IllegalArgumentException when the code names no dimension
     */
    public static Dimension fromCode(String code) {
        for (Dimension d : values()) {
            if (d.code().equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown dimension: " + code);
    }
}
