package io.negotiationmaster.examples.bench;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The figures of one load run: the API run and the raw-JDBC baseline on the same database.
 *
 * @param database the database described
 * @param settings what was run
 * @param apiTurns turns taken through the API
 * @param finished negotiations scored with {@code performance().finish}
 * @param apiSeconds wall time of the API run (turns and finishes)
 * @param turnLatency latency of every API turn ({@code say} or {@code accept})
 * @param startLatency latency of every {@code start}
 * @param finishLatency latency of every {@code finish}
 * @param scoring time the analyzer took per report
 * @param heapBytesPerNegotiation estimated heap held per active negotiation
 * @param errors API failures by exception type
 * @param baselineTurns turns written by the baseline
 * @param baselineSeconds wall time of the baseline run
 * @param baselineLatency latency of every baseline turn
 * @param baselineErrors baseline failures by exception type
 */
public record LoadReport(String database, LoadSettings settings, long apiTurns, long finished, double apiSeconds,
        Percentiles turnLatency, Percentiles startLatency, Percentiles finishLatency, Percentiles scoring,
        double heapBytesPerNegotiation, Map<String, Long> errors, long baselineTurns, double baselineSeconds,
        Percentiles baselineLatency, Map<String, Long> baselineErrors) {

    /** Copies the maps. */
    public LoadReport {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(settings, "settings");
        errors = Map.copyOf(errors);
        baselineErrors = Map.copyOf(baselineErrors);
    }

    /** API turns per second of wall time. */
    public double turnsPerSecond() {
        return apiTurns / apiSeconds;
    }

    /** Baseline turns per second of wall time. */
    public double baselineTurnsPerSecond() {
        return baselineTurns / baselineSeconds;
    }

    /** Total API errors. */
    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    /** Prints the report, one figure a line. */
    public void print(PrintWriter out) {
        LoadSettings s = settings;
        out.printf(Locale.ROOT, "bench on %s%n", database);
        out.printf(Locale.ROOT, "  users %d, turns %d, threads %d, pool %d, seed %d, scenario %s%n", s.users(),
                s.turns(), s.threads(), s.pool(), s.seed(), s.scenario());
        out.printf(Locale.ROOT, "api: %d turns, %d negotiations finished, %.2f s%n", apiTurns, finished, apiSeconds);
        out.printf(Locale.ROOT, "  turns per second:        %.1f%n", turnsPerSecond());
        out.printf(Locale.ROOT, "  turn latency:            p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                turnLatency.millis(50), turnLatency.millis(95), turnLatency.millis(99));
        out.printf(Locale.ROOT, "  start latency:           p50 %.2f ms, p99 %.2f ms%n", startLatency.millis(50),
                startLatency.millis(99));
        out.printf(Locale.ROOT, "  finish latency:          p50 %.2f ms, p99 %.2f ms%n", finishLatency.millis(50),
                finishLatency.millis(99));
        out.printf(Locale.ROOT, "  scoring time per report: p50 %.3f ms (%d reports)%n", scoring.millis(50),
                scoring.count());
        out.printf(Locale.ROOT, "  heap per active negotiation: ~%.1f KB (estimate: used heap after GC hints,"
                + " before/after starting the negotiations)%n", heapBytesPerNegotiation / 1024);
        out.printf(Locale.ROOT, "  errors:                  %d%s%n", errorCount(), errors.isEmpty() ? "" : " " + errors);
        out.printf(Locale.ROOT, "baseline (raw JDBC, same rows per turn, one transaction per turn): %d turns, %.2f s%n",
                baselineTurns, baselineSeconds);
        out.printf(Locale.ROOT, "  turns per second:        %.1f%n", baselineTurnsPerSecond());
        out.printf(Locale.ROOT, "  turn latency:            p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                baselineLatency.millis(50), baselineLatency.millis(95), baselineLatency.millis(99));
        out.printf(Locale.ROOT, "  errors:                  %d%s%n", baselineErrors.values().stream()
                .mapToLong(Long::longValue).sum(), baselineErrors.isEmpty() ? "" : " " + baselineErrors);
        out.printf(Locale.ROOT, "api/baseline: p50 latency x%.2f, throughput x%.2f%n",
                turnLatency.millis(50) / baselineLatency.millis(50), turnsPerSecond() / baselineTurnsPerSecond());
        out.flush();
    }
}
