package io.negotiationmaster.performance;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The zone of possible agreement on the main issue, between both sides' walk-away values.
 *
 * @param low the lower end
 * @param high the higher end, not below {@code low}
 */
public record BargainingZone(BigDecimal low, BigDecimal high) {
    /** Validates. */
    public BargainingZone {
        Objects.requireNonNull(low, "low");
        Objects.requireNonNull(high, "high");
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("high " + high + " must not be below low " + low);
        }
    }
}
