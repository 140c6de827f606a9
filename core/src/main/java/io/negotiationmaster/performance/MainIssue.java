package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The main issue of a scenario, the one with a money value both sides make offers on.
 *
 * @param key stable key, e.g. {@code "price"} or {@code "salary"}
 * @param label human label, e.g. {@code "Price"}
 * @param currency ISO currency code, e.g. {@code "USD"}
 * @param userWantsLow true when a lower value is better for the user (a buyer on price), false when a higher
 *     value is (a candidate on salary)
 */
public record MainIssue(String key, String label, String currency, boolean userWantsLow) {
    /** Validates that the texts are present and not blank. */
    public MainIssue {
        requireText(key, "key");
        requireText(label, "label");
        requireText(currency, "currency");
    }

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    /**
     * How much better {@code to} is for the user than {@code from}, in money: positive when {@code to} is better.
     */
    public double gainForUser(BigDecimal from, BigDecimal to) {
        double diff = to.doubleValue() - from.doubleValue();
        return userWantsLow ? -diff : diff;
    }

    /** Whether {@code a} is at least as good for the user as {@code b}. */
    public boolean atLeastAsGoodForUser(BigDecimal a, BigDecimal b) {
        int c = a.compareTo(b);
        return userWantsLow ? c <= 0 : c >= 0;
    }
}
