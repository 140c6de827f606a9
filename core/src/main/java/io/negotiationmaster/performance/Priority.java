package io.negotiationmaster.performance;

import java.util.Locale;

/** How much a suggestion matters for the next negotiation. */
public enum Priority {
    /** Cost the user most in this negotiation. */
    HIGH,
    /** Worth working on. */
    MEDIUM,
    /** A refinement. */
    LOW;

    /** The stored, lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
