package io.negotiationmaster.engine.strategy;

/** Where the counterpart's side of the negotiation stands. */
public enum CounterpartStatus {
    /** Still negotiating. */
    OPEN,
    /** A deal was agreed; the state's standing terms are the deal. */
    AGREED,
    /** The counterpart walked away (insults, patience exhausted). */
    COUNTERPART_LEFT,
    /** The user walked away and the counterpart let them go. */
    USER_LEFT;

    /** Whether no more turns are possible. */
    public boolean isFinal() {
        return this != OPEN;
    }
}
