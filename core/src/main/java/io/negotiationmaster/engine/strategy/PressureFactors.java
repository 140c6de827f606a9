package io.negotiationmaster.engine.strategy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Scenario pressure on the counterpart; more pressure makes it approach its reservation value sooner.
 *
 * @param inventory        stock or vacancy pressure
 * @param quotaStatus      share of the period's quota already met, {@code [0, 1]}; {@code 1} when there is no quota
 * @param competitorPrices main-issue amounts the user could get elsewhere (competitor quotes, market averages)
 */
public record PressureFactors(InventoryPressure inventory, double quotaStatus, List<BigDecimal> competitorPrices) {
    /** No pressure at all: low inventory pressure, quota met, no competitors. */
    public static final PressureFactors NONE = new PressureFactors(InventoryPressure.LOW, 1.0, List.of());

    /** Validates presence and the quota range. */
    public PressureFactors {
        Objects.requireNonNull(inventory, "inventory");
        if (!(quotaStatus >= 0 && quotaStatus <= 1)) {
            throw new IllegalArgumentException("quotaStatus must be 0-1, was " + quotaStatus);
        }
        competitorPrices = List.copyOf(Objects.requireNonNull(competitorPrices, "competitorPrices"));
        for (BigDecimal p : competitorPrices) {
            if (p.signum() < 0) {
                throw new IllegalArgumentException("competitorPrices must be >= 0, was " + p);
            }
        }
    }
}
