package io.negotiationmaster.performance;

/** Shared validation of scores (package-private). */
final class Scores {
    private Scores() {
    }

    static void requireScore(double score, String name) {
        if (!(score >= 0 && score <= 100)) {
            throw new IllegalArgumentException(name + " must be 0-100, was " + score);
        }
    }

    static void requireUnit(double value, String name) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be 0-1, was " + value);
        }
    }
}
