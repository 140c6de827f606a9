package io.negotiationmaster.examples.bench;

import java.util.Arrays;

/**
 * Nearest-rank percentiles of a set of durations in nanoseconds.
 *
 * @param sortedNanos the durations, sorted ascending (copied)
 */
public record Percentiles(long[] sortedNanos) {

    /** Copies and sorts. */
    public Percentiles {
        sortedNanos = sortedNanos.clone();
        Arrays.sort(sortedNanos);
    }

    /** The percentiles of {@code nanos} (any order). */
    public static Percentiles of(long[] nanos) {
        return new Percentiles(nanos);
    }

    /** How many durations there are. */
    public int count() {
        return sortedNanos.length;
    }

    /** The nearest-rank {@code p}-th percentile (0 < p <= 100) in milliseconds, or NaN when there is no sample. */
    public double millis(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("p must be in (0, 100], was " + p);
        }
        if (sortedNanos.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1_000_000.0;
    }

    /** The mean in milliseconds, or NaN when there is no sample. */
    public double meanMillis() {
        return sortedNanos.length == 0 ? Double.NaN
                : Arrays.stream(sortedNanos).average().orElse(Double.NaN) / 1_000_000.0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Percentiles other && Arrays.equals(sortedNanos, other.sortedNanos);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(sortedNanos);
    }

    @Override
    public String toString() {
        return "Percentiles[count=" + count() + ", p50=" + millis(50) + "ms, p99=" + millis(99) + "ms]";
    }
}
