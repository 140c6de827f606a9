package io.negotiationmaster.scenario;

/** The unit of an issue's values; written by name in JSON ({@code "MONEY"}, {@code "PERCENT"}…). */
public enum IssueUnit {
    /** An amount in the scenario's currency. */
    MONEY,
    /** A percentage (APR, equity share, discount), written as e.g. {@code 5.9} for 5.9 %. */
    PERCENT,
    /** A number of days (start date offset, payment terms, delivery time). */
    DAYS,
    /** A count (remote days per week, units, months). */
    COUNT,
    /** Yes or no; the options are {@code "yes"} and {@code "no"}. */
    BOOLEAN,
    /** One of a list of named options. */
    OPTION
}
