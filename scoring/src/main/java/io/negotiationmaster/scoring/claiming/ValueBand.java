package io.negotiationmaster.scoring.claiming;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A range of main-issue values named by a rubric text, open at one end when the text gives one bound
 * ("below $22,000") and a single point when it gives one value ("no improvement from asking price").
 *
 * @param low the lowest value in the band, if bounded below
 * @param high the highest value in the band, if bounded above
 */
public record ValueBand(Optional<BigDecimal> low, Optional<BigDecimal> high) {
    /** Validates that at least one end is present and that low is not above high. */
    public ValueBand {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (low.isEmpty() && high.isEmpty()) {
            throw new IllegalArgumentException("a band needs low or high");
        }
        if (low.isPresent() && high.isPresent() && low.get().compareTo(high.get()) > 0) {
            throw new IllegalArgumentException("low " + low.get() + " must not be above high " + high.get());
        }
    }

    /** The band from {@code low} to {@code high}. */
    public static ValueBand between(BigDecimal low, BigDecimal high) {
        return low.compareTo(high) <= 0 ? new ValueBand(Optional.of(low), Optional.of(high))
                : new ValueBand(Optional.of(high), Optional.of(low));
    }

    /** Every value up to {@code high}. */
    public static ValueBand atMost(BigDecimal high) {
        return new ValueBand(Optional.empty(), Optional.of(high));
    }

    /** Every value from {@code low}. */
    public static ValueBand atLeast(BigDecimal low) {
        return new ValueBand(Optional.of(low), Optional.empty());
    }

    /** Exactly {@code value}. */
    public static ValueBand point(BigDecimal value) {
        return new ValueBand(Optional.of(value), Optional.of(value));
    }

    /** Whether {@code value} lies in the band, ends included. */
    public boolean contains(BigDecimal value) {
        return low.map(l -> value.compareTo(l) >= 0).orElse(true) && high.map(h -> value.compareTo(h) <= 0).orElse(true);
    }

    /**
     * Whether {@code value} is at least as good for the user as the band's worst end (its high end when the user
     * wants low values, its low end otherwise). A band open at its worst end is met by any value.
     */
    public boolean isMetBy(BigDecimal value, boolean userWantsLow) {
        Optional<BigDecimal> worst = userWantsLow ? high : low;
        return worst.map(w -> userWantsLow ? value.compareTo(w) <= 0 : value.compareTo(w) >= 0).orElse(true);
    }
}
