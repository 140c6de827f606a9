package io.negotiationmaster.engine.strategy;

import java.util.Currency;
import java.util.Objects;

/**
 * The issue the negotiation is mainly about (price, salary) with the currency its amounts are in.
 *
 * @param key          stable identifier, e.g. {@code "price"}
 * @param label        how the replies name it, e.g. {@code "price"} or {@code "base salary"}
 * @param currencyCode ISO 4217 code, e.g. {@code "USD"}
 */
public record MainIssue(String key, String label, String currencyCode) {
    /** Validates that every field is present and the currency code is a known ISO 4217 code. */
    public MainIssue {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(currencyCode, "currencyCode");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        try {
            if (!"%".equals(currencyCode)) { // "%": a main issue measured in percent, such as an equity share
                Currency.getInstance(currencyCode);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currencyCode must be an ISO 4217 code, was " + currencyCode, e);
        }
    }
}
