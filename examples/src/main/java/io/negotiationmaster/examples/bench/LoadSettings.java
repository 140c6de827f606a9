package io.negotiationmaster.examples.bench;

import java.util.Objects;

/**
 * What a load run does.
 *
 * @param users simulated trainees negotiating concurrently (one negotiation each), at least 1
 * @param turns turns per negotiation at most (the last is an acceptance), at least 1
 * @param threads worker threads driving them, at least 1
 * @param pool connection pool size, 1-200
 * @param seed seeds the negotiations and the trainees
 * @param scenario the scenario slug every negotiation runs (the trainee wants the main amount low)
 */
public record LoadSettings(int users, int turns, int threads, int pool, long seed, String scenario) {

    /** Validates the ranges. */
    public LoadSettings {
        if (users < 1) {
            throw new IllegalArgumentException("users must be at least 1, was " + users);
        }
        if (turns < 1) {
            throw new IllegalArgumentException("turns must be at least 1, was " + turns);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (pool < 1 || pool > 200) {
            throw new IllegalArgumentException("pool must be 1-200, was " + pool);
        }
        Objects.requireNonNull(scenario, "scenario");
    }
}
