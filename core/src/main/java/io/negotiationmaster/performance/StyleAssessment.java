package io.negotiationmaster.performance;

import java.util.Objects;

/**
 * The user's negotiation style as observed in the moves.
 *
 * @param style the Thomas–Kilmann mode nearest to the two measures
 * @param assertiveness 0–1, how much the user pursued their own outcome
 * @param cooperativeness 0–1, how much the user attended to the counterpart's concerns
 */
public record StyleAssessment(NegotiationStyle style, double assertiveness, double cooperativeness) {
    /** Validates. */
    public StyleAssessment {
        Objects.requireNonNull(style, "style");
        Scores.requireUnit(assertiveness, "assertiveness");
        Scores.requireUnit(cooperativeness, "cooperativeness");
    }
}
