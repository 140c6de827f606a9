package io.negotiationmaster.examples.bench;

import java.util.List;
import java.util.Objects;

/**
 * How one API query performed over the large history, with the plans of the SQL behind it.
 *
 * @param name the API call, e.g. {@code negotiations().list}
 * @param latency the latency of every timed call
 * @param plans each underlying statement with its plan lines
 */
public record QueryTiming(String name, Percentiles latency, List<Plan> plans) {

    /** Copies the plans. */
    public QueryTiming {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(latency, "latency");
        plans = List.copyOf(plans);
    }

    /**
     * One statement and the database's plan for it.
     *
     * @param sql the statement as the mapper sends it
     * @param lines the plan ({@code EXPLAIN} on PostgreSQL, {@code EXPLAIN QUERY PLAN} on SQLite)
     */
    public record Plan(String sql, List<String> lines) {

        /** Copies the lines. */
        public Plan {
            Objects.requireNonNull(sql, "sql");
            lines = List.copyOf(lines);
        }
    }
}
