package io.negotiationmaster.negotiation;

import java.util.Locale;

/** How a negotiation ended. */
public enum Outcome {
    /** Both sides agreed. */
    DEAL,
    /** The user walked away without a deal. */
    USER_WALKED_AWAY,
    /** The counterpart walked away (lost patience, repeated insults). */
    COUNTERPART_WALKED_AWAY,
    /** The user ended the session without a deal and without walking away explicitly. */
    ENDED_WITHOUT_DEAL,
    /** The user gave the negotiation up. */
    ABANDONED;

    /** The stored name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The outcome stored under {@code code}. */
    public static Outcome fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
