/**
 * The performance analysis port: the immutable record of a finished negotiation that scoring reads
 * ({@link io.negotiationmaster.performance.FinishedNegotiation}), the report it produces
 * ({@link io.negotiationmaster.performance.PerformanceReport}), the {@link io.negotiationmaster.performance.PerformanceAnalyzer}
 * port between them, and the progress records aggregated over a user's sessions.
 */
package io.negotiationmaster.performance;
