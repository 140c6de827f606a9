/**
 * Pure computation of the performance analysis of a finished negotiation:
 * {@link io.negotiationmaster.scoring.StandardAnalyzer} implements the core
 * {@link io.negotiationmaster.performance.PerformanceAnalyzer} port.
 */
package io.negotiationmaster.scoring;
