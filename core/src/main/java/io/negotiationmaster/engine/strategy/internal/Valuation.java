package io.negotiationmaster.engine.strategy.internal;

import io.negotiationmaster.engine.strategy.CounterpartProfile;
import io.negotiationmaster.engine.strategy.SecondaryIssue;
import io.negotiationmaster.engine.strategy.Terms;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * Money arithmetic of one profile in the counterpart's "gain" space: {@code u = sign * main - extra costs}, so a
 * higher {@code u} is always better for the counterpart whatever its direction. Exact in {@link BigDecimal};
 * offers are rounded to a grid in the counterpart's favour, which keeps the reservation guard exact.
 */
public final class Valuation {
    private final CounterpartProfile profile;
    private final int sign;
    private final BigDecimal grid;
    private final BigDecimal reservationGain;
    private final BigDecimal openingGain;

    /** The valuation of {@code profile}. */
    public Valuation(CounterpartProfile profile) {
        this.profile = profile;
        this.sign = profile.direction().sign();
        this.grid = gridFor(profile.opening());
        this.reservationGain = gain(profile.reservation());
        this.openingGain = gain(profile.opening());
    }

    /** The rounding step for offers: 5 units of the third significant digit below the opening's magnitude. */
    static BigDecimal gridFor(BigDecimal opening) {
        int magnitude = opening.precision() - opening.scale() - 1;
        return BigDecimal.valueOf(5).scaleByPowerOfTen(magnitude - 3).max(new BigDecimal("0.01"));
    }

    private BigDecimal gain(BigDecimal main) {
        return sign > 0 ? main : main.negate();
    }

    /** The counterpart's gain from the reservation amount with every secondary issue at its default. */
    public BigDecimal reservationGain() {
        return reservationGain;
    }

    /** The counterpart's gain from its opening. */
    public BigDecimal openingGain() {
        return openingGain;
    }

    /** Extra cost to the counterpart of the options in {@code options} (unknown issues and options cost nothing). */
    public BigDecimal extraCost(Map<String, String> options) {
        BigDecimal c = BigDecimal.ZERO;
        for (Map.Entry<String, String> e : options.entrySet()) {
            for (SecondaryIssue issue : profile.secondaryIssues()) {
                if (issue.key().equals(e.getKey())) {
                    c = c.add(issue.extraCost(e.getValue()));
                }
            }
        }
        return c;
    }

    /** Extra value to the user of the options. */
    public BigDecimal extraValue(Map<String, String> options) {
        BigDecimal v = BigDecimal.ZERO;
        for (Map.Entry<String, String> e : options.entrySet()) {
            for (SecondaryIssue issue : profile.secondaryIssues()) {
                if (issue.key().equals(e.getKey())) {
                    v = v.add(issue.extraValue(e.getValue()));
                }
            }
        }
        return v;
    }

    /** The counterpart's gain from {@code terms}: {@code sign * main - extra costs}. */
    public BigDecimal value(Terms terms) {
        return gain(terms.main()).subtract(extraCost(terms.options()));
    }

    /** Whether {@code terms} are at least as good for the counterpart as its reservation value. */
    public boolean withinReservation(Terms terms) {
        return value(terms).compareTo(reservationGain) >= 0;
    }

    /**
     * The main amount that gives the counterpart a gain of at least {@code targetGain} with {@code options},
     * rounded to the grid in the counterpart's favour; never below the reservation gain. Negative when the options
     * cost more than the main amount can carry (the caller must then drop options).
     */
    public BigDecimal mainFor(double targetGain, Map<String, String> options) {
        BigDecimal target = BigDecimal.valueOf(targetGain).max(reservationGain);
        BigDecimal gainFromMain = target.add(extraCost(options));
        BigDecimal main = sign > 0 ? gainFromMain : gainFromMain.negate();
        if (main.signum() < 0) {
            return Terms.canonical(main);
        }
        RoundingMode favour = sign > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR;
        BigDecimal rounded = main.divide(grid, 0, favour).multiply(grid);
        if (!withinReservation(Terms.of(rounded, options))) {
            // rounding never loses gain, but a grid coarser than the zone can; fall back to the exact amount
            rounded = main;
        }
        return Terms.canonical(rounded);
    }

    /** The sign of the profile's direction. */
    public int sign() {
        return sign;
    }
}
