package io.negotiationmaster.engine.strategy;

import java.util.Locale;

/** How much stock (or open positions) pushes the counterpart to close. */
public enum InventoryPressure {
    /** No pressure to close. */
    LOW,
    /** Some pressure. */
    MEDIUM,
    /** Strong pressure to close soon. */
    HIGH;

    /** Reads {@code "low"}, {@code "medium"} or {@code "high"} in any case. */
    public static InventoryPressure parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("inventory pressure must be low, medium or high, was " + text, e);
        }
    }
}
