package io.negotiationmaster.coaching;

import io.negotiationmaster.performance.PerformanceReport;
import java.util.Objects;

/**
 * The four scores of a performance report (0–100 each), or the differences between two of them.
 *
 * @param claimingValue claiming value
 * @param creatingValue creating value
 * @param managingRelationships managing relationships
 * @param overall the weighted overall score
 */
public record ScoreCard(double claimingValue, double creatingValue, double managingRelationships, double overall) {

    /** Requires finite numbers. */
    public ScoreCard {
        for (double d : new double[] {claimingValue, creatingValue, managingRelationships, overall}) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("scores must be finite, was " + d);
            }
        }
    }

    /** The scores of {@code report}. */
    public static ScoreCard of(PerformanceReport report) {
        Objects.requireNonNull(report, "report");
        return new ScoreCard(report.claimingValue().score(), report.creatingValue().score(),
                report.managingRelationships().score(), report.overall().score());
    }

    /** This card minus {@code other}, score by score. */
    public ScoreCard minus(ScoreCard other) {
        Objects.requireNonNull(other, "other");
        return new ScoreCard(claimingValue - other.claimingValue, creatingValue - other.creatingValue,
                managingRelationships - other.managingRelationships, overall - other.overall);
    }
}
