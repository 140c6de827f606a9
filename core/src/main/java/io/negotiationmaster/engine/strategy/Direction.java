package io.negotiationmaster.engine.strategy;

/**
 * Which way the counterpart wants the main amount to go. A seller or a job candidate wants it {@link #HIGH};
 * a buyer, or an employer paying a salary, wants it {@link #LOW}.
 */
public enum Direction {
    /** The counterpart prefers a higher main amount (seller, supplier, candidate). */
    HIGH,
    /** The counterpart prefers a lower main amount (buyer, employer paying a salary). */
    LOW;

    /** {@code +1} for {@link #HIGH}, {@code -1} for {@link #LOW}: multiplying an amount by it gives the counterpart's gain. */
    public int sign() {
        return this == HIGH ? 1 : -1;
    }
}
