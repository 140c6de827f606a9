package io.negotiationmaster.examples.report;

import java.util.List;

/** The view values of the SVG charts: coordinates are preformatted strings, labels are plain text. */
final class Svg {
    private Svg() {
    }

    /** A tick of an axis: where it is (x or y) and its label. */
    record Tick(String at, String label, String sub) {
    }

    /** A data point: centre, the transcript turn it links to (or -1), its class and a tooltip. */
    record Dot(String cx, String cy, int turn, String dotClass, String label) {
        /** Whether the dot links into the transcript. */
        boolean linked() {
            return turn >= 0;
        }
    }

    /** A line of points with its class. */
    record Series(String lineClass, String points, List<Dot> dots) {
        Series {
            dots = List.copyOf(dots);
        }
    }

    /** A shaded horizontal band with a label. */
    record Band(String x, String y, String width, String height, String label, String labelX, String labelY) {
    }

    /** A horizontal line across the plot with a label. */
    record Level(String x1, String x2, String y, String label, String labelX, String labelY) {
    }

    /** A score bar. */
    record Bar(String label, String dimension, String y, String width, String labelY, String valueX, String score,
               String rating, boolean overall) {
    }

    /** An entry of a chart's legend. */
    record Key(String keyClass, String label) {
    }
}
