package io.negotiationmaster.engine.understanding;

/** What an amount mentioned in a message is doing there. */
public enum AmountKind {
    /** A value the writer proposes ("I can do $21,500"). */
    OFFER,
    /**
     * A value proposed relatively and resolved against the standing offers ("$500 less than that",
     * "meet me halfway", "10% off").
     */
    RELATIVE,
    /**
     * A change proposed relatively that could not be resolved because the standing offer it refers to is
     * unknown; the value is the size of the change ("knock off a thousand" with no counterpart offer yet).
     */
    DIFFERENCE,
    /** A figure cited, not proposed: a market price, a competitor's quote, what was paid, the other's ask. */
    REFERENCE,
    /** The low end of a proposed range ("between 20 and 21k"). */
    RANGE_LOW,
    /** The high end of a proposed range. */
    RANGE_HIGH;

    /** Whether an amount of this kind is a value the writer proposes (an offer, a resolved relative offer or a range end). */
    public boolean isProposal() {
        return this == OFFER || this == RELATIVE || this == RANGE_LOW || this == RANGE_HIGH;
    }
}
