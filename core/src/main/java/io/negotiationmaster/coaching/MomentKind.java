package io.negotiationmaster.coaching;

import java.util.Locale;

/** The kinds of decisive moment the {@link Coach} looks for in a finished negotiation. */
public enum MomentKind {
    /** The user accepted the counterpart's opening offer before it had conceded anything. */
    ACCEPTED_FIRST_OFFER,
    /** The user closed a deal without ever putting an offer of their own on the table. */
    MISSING_FIRST_OFFER,
    /** The user's first offer was less ambitious than their own target. */
    WEAK_FIRST_OFFER,
    /** The user conceded much more than the counterpart's last concession. */
    OVERSIZED_CONCESSION,
    /** The user conceded although the counterpart had not moved since the user's previous offer. */
    CONCESSION_WITHOUT_RECIPROCITY,
    /** A threat or an insult that cost rapport. */
    BURNED_RAPPORT,
    /** The user walked away although a deal better than their alternative was still possible. */
    WALKED_AWAY_FROM_A_POSSIBLE_DEAL;

    /** The kind as shown to a trainee, e.g. {@code accepted first offer}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
