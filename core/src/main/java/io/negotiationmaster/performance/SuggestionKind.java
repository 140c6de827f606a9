package io.negotiationmaster.performance;

import java.util.Locale;

/** The mistake pattern a suggestion answers (usable as {@code feedback.feedback_type}). */
public enum SuggestionKind {
    /** Never referred to an alternative and accepted a poor deal. */
    NO_WALK_AWAY_POINT,
    /** Made no concrete offer, or only vague ones. */
    NO_TARGET,
    /** No greeting or rapport in the first user messages. */
    NO_ICE_BREAKING,
    /** Let the counterpart anchor, or opened too close to the counterpart's opening. */
    WEAK_FIRST_OFFER,
    /** A concession much bigger than the counterpart's last one. */
    OVERSIZED_CONCESSION,
    /** Offers without reasons or objective standards. */
    POSITION_WITHOUT_REASONS,
    /** Consecutive concessions with no counterpart concession in between. */
    UNRECIPROCATED_CONCESSIONS,
    /** Did not take a counterpart offer inside the target and ended worse. */
    MISSED_CLOSE,
    /** Accepted the counterpart's opening or first counter. */
    PREMATURE_CLOSE,
    /** Asked nothing about the counterpart's interests. */
    NO_INTEREST_QUESTIONS,
    /** Negotiated the main issue only although other issues could be traded. */
    SINGLE_ISSUE_FOCUS,
    /** Used threats, ultimatums or insults. */
    HOSTILE_TACTICS;

    /** The stored, lower-case name. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
