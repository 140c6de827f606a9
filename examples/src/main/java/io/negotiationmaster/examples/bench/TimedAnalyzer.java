package io.negotiationmaster.examples.bench;

import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.PerformanceAnalyzer;
import io.negotiationmaster.performance.PerformanceReport;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link PerformanceAnalyzer} that times another one and keeps the largest negotiation it scored, so the bench
 * can report scoring time per report and the JMH benchmark can score a real transcript. Thread-safe.
 */
public final class TimedAnalyzer implements PerformanceAnalyzer {
    private final PerformanceAnalyzer delegate;
    private final ConcurrentLinkedQueue<Long> nanos = new ConcurrentLinkedQueue<>();
    private final AtomicReference<FinishedNegotiation> largest = new AtomicReference<>();

    /** @param delegate the analyzer that does the work */
    public TimedAnalyzer(PerformanceAnalyzer delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public PerformanceReport analyze(FinishedNegotiation negotiation) {
        long start = System.nanoTime();
        PerformanceReport report = delegate.analyze(negotiation);
        nanos.add(System.nanoTime() - start);
        largest.accumulateAndGet(negotiation, (a, b) -> a == null
                || b.transcript().size() > a.transcript().size() ? b : a);
        return report;
    }

    /** The scoring times so far. */
    public Percentiles timings() {
        return Percentiles.of(nanos.stream().mapToLong(Long::longValue).toArray());
    }

    /** The negotiation with the longest transcript scored so far. */
    public Optional<FinishedNegotiation> largest() {
        return Optional.ofNullable(largest.get());
    }
}
