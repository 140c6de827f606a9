package io.negotiationmaster.negotiation;

import java.util.Locale;

/**
 * The closed vocabulary of negotiation moves. Every stored message carries the moves read in it
 * ({@code negotiation_moves.move_type} holds {@link #code()}); the engine's own tactics are moves too, so the
 * trainee meets them and scoring can credit recognising and countering them.
 */
public enum MoveType {
    /** Hello, small talk, ice-breaking. */
    GREETING,
    /** Building rapport: empathy, acknowledging the other side's situation or feelings. */
    RAPPORT,
    /** A question about the other side's interests, needs, constraints or priorities. */
    INTEREST_QUESTION,
    /** Disclosing information about one's own situation, needs or priorities. */
    INFORMATION,
    /** Giving a reason or justification for a position. */
    JUSTIFICATION,
    /** The first concrete offer of a side on the main issue. */
    FIRST_OFFER,
    /** A concrete offer answering the other side's offer without moving towards it. */
    COUNTER_OFFER,
    /** An offer that moves towards the other side compared with one's own previous offer. */
    CONCESSION,
    /** A package or if-then trade across several issues ("if you add the warranty, I can do 22,000"). */
    PACKAGE_TRADE,
    /** Accepting the other side's standing offer. */
    ACCEPTANCE,
    /** Rejecting the other side's offer. */
    REJECTION,
    /** Referring to one's alternative: another seller, another offer, walking to a competitor (BATNA). */
    BATNA_REFERENCE,
    /** Appealing to an objective standard: market price, a competitor's quote, a published rate. */
    OBJECTIVE_STANDARD,
    /** A threat or an ultimatum ("take it or leave it", "final offer or I go"). */
    THREAT_ULTIMATUM,
    /** Hostility or insult. */
    HOSTILITY,
    /** Thanks and appreciation. */
    APPRECIATION,
    /** Leaving the negotiation without a deal. */
    WALK_AWAY,
    /** Tactic: an opening far from the likely outcome, to anchor the other side. */
    HIGH_ANCHOR,
    /** Tactic: a visible shocked reaction to an offer. */
    FLINCH,
    /** Tactic: "I need to check with my manager" — a limited authority. */
    HIGHER_AUTHORITY,
    /** Tactic: asking for a small extra once the deal is almost done. */
    NIBBLE,
    /** Tactic: pressure from a deadline. */
    DEADLINE_PRESSURE,
    /** Tactic: pressure from competing buyers, sellers or candidates. */
    COMPETITION_PRESSURE,
    /** Tactic: saying little and waiting for the other side to fill the silence. */
    SILENCE,
    /** Tactic: good cop / bad cop — a tougher absent colleague. */
    GOOD_COP_BAD_COP,
    /** Anything else. */
    OTHER;

    /** The stored, lower-case name, e.g. {@code "interest_question"}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The move stored under {@code code}.
     *
     * @throws IllegalArgumentException when the code is not one of this vocabulary
     */
    public static MoveType fromCode(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("unknown move type: " + code, e);
        }
    }

    /** Whether this move is one of the counterpart tactics (high anchor, flinch, higher authority…). */
    public boolean isTactic() {
        return compareTo(HIGH_ANCHOR) >= 0 && this != OTHER;
    }
}
