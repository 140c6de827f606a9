package io.negotiationmaster.performance;

import java.util.Locale;

/** How a negotiation ended. */
public enum OutcomeStatus {
    /** Both sides agreed. */
    DEAL,
    /** The user walked away without a deal. */
    NO_DEAL_USER_WALKED,
    /** The counterpart walked away (ran out of patience, was insulted, no zone of agreement). */
    NO_DEAL_COUNTERPART_WALKED,
    /** The negotiation was left unfinished (timed out or given up). */
    ABANDONED;

    /** The stored, lower-case name, e.g. {@code "no_deal_user_walked"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the negotiation was played to an end (a deal or a walk-away), not abandoned. */
    public boolean completed() {
        return this != ABANDONED;
    }
}
