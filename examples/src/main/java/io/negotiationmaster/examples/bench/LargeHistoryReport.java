package io.negotiationmaster.examples.bench;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The figures of the large-history check.
 *
 * @param database the database described
 * @param users users loaded
 * @param negotiations negotiations loaded
 * @param messages messages stored after the load
 * @param loadSeconds how long the bulk load took
 * @param queries the timed queries with their plans
 */
public record LargeHistoryReport(String database, int users, int negotiations, long messages, double loadSeconds,
        List<QueryTiming> queries) {

    /** Copies the queries. */
    public LargeHistoryReport {
        Objects.requireNonNull(database, "database");
        queries = List.copyOf(queries);
    }

    /** Prints the report: the load, then each query's latency and plans. */
    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "large history on %s%n", database);
        out.printf(Locale.ROOT, "  loaded %d users, %d negotiations, %d messages in %.1f s%n", users, negotiations,
                messages, loadSeconds);
        for (QueryTiming q : queries) {
            Percentiles p = q.latency();
            out.printf(Locale.ROOT, "%-32s p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d calls)%n", q.name() + ":",
                    p.millis(50), p.millis(95), p.millis(99), p.count());
            for (QueryTiming.Plan plan : q.plans()) {
                out.println("  plan of " + plan.sql().replaceAll("\\s+", " "));
                for (String line : plan.lines()) {
                    out.println("    " + line);
                }
            }
        }
        out.flush();
    }
}
