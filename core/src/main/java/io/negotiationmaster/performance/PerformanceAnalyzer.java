package io.negotiationmaster.performance;

/**
 * Scores a finished negotiation. Implementations are pure: the same record always gives an equal report, and
 * nothing is read or written elsewhere. The scoring module provides the standard implementation.
 */
public interface PerformanceAnalyzer {
    /**
     * Analyses {@code negotiation}.
     *
     * @param negotiation the finished negotiation
     * @return its report, never null
     */
    PerformanceReport analyze(FinishedNegotiation negotiation);
}
