package io.negotiationmaster.scoring;

import static io.negotiationmaster.negotiation.MoveType.CONCESSION;
import static io.negotiationmaster.negotiation.MoveType.INTEREST_QUESTION;
import static io.negotiationmaster.negotiation.MoveType.JUSTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.FinishedNegotiations;
import io.negotiationmaster.performance.PerformanceReport;
import org.junit.jupiter.api.Test;

class ScoringSpeedTest {

    @Test
    void scoringAHundredMessageNegotiationPrintsItsMeanTime() {
        var b = FinishedNegotiations.usedCar();
        for (int i = 0; i < 50; i++) {
            b.userOffer(20_000 + 20L * i, "I could go to " + (20_000 + 20 * i) + " because of the market?", CONCESSION,
                    JUSTIFICATION, INTEREST_QUESTION);
            if (i % 5 == 0) {
                b.terms("warranty", "3_years");
            }
            b.aiOffer(24_500 - 20L * i, "How about " + (24_500 - 20 * i) + "?", CONCESSION);
        }
        FinishedNegotiation n = b.deal(22_000, java.util.Map.of("warranty", "3_years")).build();
        var analyzer = new StandardAnalyzer();
        PerformanceReport last = null;
        for (int i = 0; i < 500; i++) {
            last = analyzer.analyze(n);
        }
        int runs = 500;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            last = analyzer.analyze(n);
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / runs;
        double cpuMicros = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000.0 / runs;
        System.out.printf("[info] scoring a %d-message negotiation takes %.1f µs wall, %.1f µs CPU on average%n",
                n.transcript().size(), micros, cpuMicros);
        assertThat(last.metrics().turns()).isEqualTo(100);
    }
}
