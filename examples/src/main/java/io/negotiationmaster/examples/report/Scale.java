package io.negotiationmaster.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A linear mapping of a data range onto a pixel range, with "nice" tick values (1, 2, 2.5 or 5 times a power of
 * ten) covering the range.
 *
 * @param low the data value at {@code from}
 * @param high the data value at {@code to}, above {@code low}
 * @param from the pixel of {@code low}
 * @param to the pixel of {@code high}
 * @param step the distance between ticks
 */
record Scale(double low, double high, double from, double to, double step) {
    Scale {
        if (!(high > low)) {
            throw new IllegalArgumentException("high " + high + " must be above low " + low);
        }
        if (!(step > 0)) {
            throw new IllegalArgumentException("step must be positive, was " + step);
        }
    }

    /** A scale whose ends are widened to whole ticks, about {@code ticks} of them. */
    static Scale nice(double min, double max, int ticks, double from, double to) {
        double lo = min;
        double hi = max;
        if (!(hi > lo)) {
            double pad = Math.max(1, Math.abs(lo) * 0.05);
            lo -= pad;
            hi += pad;
        }
        double step = niceStep((hi - lo) / Math.max(1, ticks));
        return new Scale(Math.floor(lo / step) * step, Math.ceil(hi / step) * step, from, to, step);
    }

    /** A scale with fixed ends and step. */
    static Scale fixed(double low, double high, double step, double from, double to) {
        return new Scale(low, high, from, to, step);
    }

    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * power >= rough) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** The pixel of {@code value}. */
    double at(double value) {
        return from + (value - low) / (high - low) * (to - from);
    }

    /** The pixel of {@code value}, formatted for SVG. */
    String px(double value) {
        return coordinate(at(value));
    }

    /** Every tick value from {@code low} to {@code high}. */
    List<Double> ticks() {
        List<Double> values = new ArrayList<>();
        long count = Math.round((high - low) / step);
        for (long i = 0; i <= count; i++) {
            values.add(low + i * step);
        }
        return List.copyOf(values);
    }

    /** One decimal, dot separated, as SVG wants. */
    static String coordinate(double pixel) {
        return String.format(Locale.ROOT, "%.1f", pixel);
    }
}
