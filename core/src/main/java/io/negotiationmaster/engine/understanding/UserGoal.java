package io.negotiationmaster.engine.understanding;

/** Which way the user wants the main issue to go; decides what counts as a concession. */
public enum UserGoal {
    /** The user wants the main amount low: a buyer, a tenant, a client. */
    WANTS_LOW,
    /** The user wants the main amount high: a seller, a job candidate, a landlord. */
    WANTS_HIGH
}
