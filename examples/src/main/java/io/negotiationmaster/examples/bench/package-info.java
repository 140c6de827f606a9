/**
 * Benchmarks of the library as a host uses it: simulated trainees negotiating concurrently through the public API
 * against a raw-JDBC baseline writing the same rows ({@link io.negotiationmaster.examples.bench.LoadBenchmark}),
 * and the query check over a million stored messages
 * ({@link io.negotiationmaster.examples.bench.LargeHistoryBenchmark}). The {@code bench} command of the examples
 * jar runs them; the JMH microbenchmarks live in {@code io.negotiationmaster.examples.bench.jmh}.
 */
package io.negotiationmaster.examples.bench;
