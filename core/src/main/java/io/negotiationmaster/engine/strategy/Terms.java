package io.negotiationmaster.engine.strategy;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A package of terms: the main amount plus the secondary options that differ from their defaults.
 * Amounts are kept in a canonical form (no trailing zeros, never in exponent form) so equal amounts compare
 * equal and serialise the same way; the options are sorted by issue key so the JSON is stable.
 *
 * @param main    the main-issue amount
 * @param options secondary issue key to chosen option key, only issues whose option is not the default
 */
public record Terms(@JsonProperty("main") BigDecimal main, @JsonProperty("options") SortedMap<String, String> options) {
    /** Validates presence, non-negative main amount, and canonicalises the amount and the map. */
    @JsonCreator
    public Terms {
        main = canonical(Objects.requireNonNull(main, "main"));
        if (main.signum() < 0) {
            throw new IllegalArgumentException("main must be >= 0, was " + main);
        }
        options = Collections.unmodifiableSortedMap(new TreeMap<>(options == null ? Map.of() : options)); // JSON omits empty maps
    }

    /** Terms with only a main amount. */
    public static Terms of(BigDecimal main) {
        return new Terms(main, new TreeMap<>());
    }

    /** Terms with a main amount and secondary options. */
    public static Terms of(BigDecimal main, Map<String, String> options) {
        return new Terms(main, new TreeMap<>(options));
    }

    /** The same options with another main amount. */
    public Terms withMain(BigDecimal newMain) {
        return new Terms(newMain, options);
    }

    /** An amount without trailing zeros and with a scale of at least zero ({@code 23200.00 -> 23200}). */
    public static BigDecimal canonical(BigDecimal amount) {
        BigDecimal s = amount.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
