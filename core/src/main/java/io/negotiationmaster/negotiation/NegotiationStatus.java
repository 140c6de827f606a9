package io.negotiationmaster.negotiation;

import java.util.Locale;

/** Where a negotiation stands: running, ended (with or without a deal) or given up. */
public enum NegotiationStatus {
    /** Turns are still being exchanged. Stored as {@code in_progress}. */
    IN_PROGRESS,
    /** Ended with a deal or without one (see {@link Outcome}). Stored as {@code completed}. */
    COMPLETED,
    /** Given up by the user without finishing; not scored. Stored as {@code abandoned}. */
    ABANDONED;

    /** The stored name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The status stored under {@code code}. */
    public static NegotiationStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
