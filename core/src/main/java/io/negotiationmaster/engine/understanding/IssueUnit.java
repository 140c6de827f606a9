package io.negotiationmaster.engine.understanding;

/** The unit an issue is measured in; decides which written amounts can belong to it. */
public enum IssueUnit {
    /** An amount of money in the context's currency (price, salary, rent, an add-on's cost). */
    MONEY,
    /** A percentage (APR, bonus percentage, discount). */
    PERCENT,
    /** A number of days (remote days, vacation days, delivery time). */
    DAYS,
    /** A count of something (units, seats, licences). */
    COUNT,
    /** A date or a number of weeks or months until one (start date). */
    DATE
}
