package io.negotiationmaster.engine.strategy;

/**
 * Hints from the strategy to the reply writer about the situation a reply answers, beyond the moves themselves.
 * Cues are public: they never carry an amount or anything confidential.
 */
public enum ReplyCue {
    /** The user greeted; greet back. */
    WELCOME,
    /** The user thanked or showed empathy; acknowledge it. */
    THANKS,
    /** The user was hostile; ask for respect. */
    HOSTILITY_WARNING,
    /** The user's offer is far off. */
    LOWBALL,
    /** The counterpart holds its position without conceding. */
    HOLD,
    /** The user asked for the counterpart's limit; deflect without revealing it. */
    DEFLECT_LIMIT,
    /** The user asked about interests; share a public reason. */
    SHARE_INTEREST,
    /** The offer is presented as final. */
    FINAL_OFFER,
    /** The user is leaving; a last offer before they go. */
    LAST_CHANCE,
    /** The deal is close. */
    NEAR_CLOSE,
    /** Secondary items are included in exchange for movement on the main issue. */
    TRADE,
    /** The negotiation ends without a deal. */
    FAREWELL
}
