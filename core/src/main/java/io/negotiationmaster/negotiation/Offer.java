package io.negotiationmaster.negotiation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Terms on the table: the main amount (price, salary, rent…) and the chosen options of secondary issues
 * (issue key → option, e.g. {@code extended_warranty → 3_year}).
 *
 * @param amount the main amount, at least 0
 * @param terms secondary issues, immutable and sorted by key
 */
public record Offer(@JsonProperty("amount") BigDecimal amount, @JsonProperty("terms") Map<String, String> terms) {

    /** Validates and copies. */
    @JsonCreator
    public Offer {
        Objects.requireNonNull(amount, "amount");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("amount must be 0 or more, was " + amount);
        }
        terms = Collections.unmodifiableMap(new TreeMap<>(terms == null ? Map.of() : terms));
    }

    /** An offer on the main amount only. */
    public static Offer of(BigDecimal amount) {
        return new Offer(amount, Map.of());
    }
}
