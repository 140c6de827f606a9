package io.negotiationmaster.examples.cli;

import io.negotiationmaster.examples.bench.BenchDatabase;
import io.negotiationmaster.examples.bench.LargeHistoryBenchmark;
import io.negotiationmaster.examples.bench.LoadBenchmark;
import io.negotiationmaster.examples.bench.LoadSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bench}: simulated trainees negotiating concurrently through the API against a raw-JDBC baseline, the
 * million-message query check ({@code --large-history}), or the JMH microbenchmarks ({@code --jmh REGEX}).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks: N simulated trainees negotiate concurrently through the public API, then a raw-JDBC"
                + " baseline writes the same rows per turn on the same database.",
                "--large-history loads ~1M messages and times the list, history and progress queries;"
                        + " --jmh runs the JMH microbenchmarks."})
final class BenchCommand implements Runnable {
    @Option(names = "--users", defaultValue = "50", description = "Simulated users negotiating concurrently. Default: ${DEFAULT-VALUE}")
    int users;
    @Option(names = "--turns", defaultValue = "10", description = "Turns per negotiation (the last accepts). Default: ${DEFAULT-VALUE}")
    int turns;
    @Option(names = "--threads", defaultValue = "4", description = "Worker threads. Default: ${DEFAULT-VALUE}")
    int threads;
    @Option(names = "--pool", defaultValue = "10", description = "Connection pool size. Default: ${DEFAULT-VALUE}")
    int pool;
    @Option(names = "--seed", defaultValue = "7", description = "Seed of the negotiations and trainees. Default: ${DEFAULT-VALUE}")
    long seed;
    @Option(names = "--scenario", defaultValue = "used-car-honda-accord", description = "Scenario slug (the trainee buys). Default: ${DEFAULT-VALUE}")
    String scenario;
    @Option(names = "--db", paramLabel = "PATH", description = "SQLite file (default: a fresh temporary file, deleted after).")
    Path db;
    @Option(names = "--url", paramLabel = "JDBC_URL", description = "PostgreSQL JDBC URL instead of SQLite; runs in a fresh schema.")
    String url;
    @Option(names = "--user", defaultValue = "postgres", description = "PostgreSQL user. Default: ${DEFAULT-VALUE}")
    String user;
    @Option(names = "--password", defaultValue = "", description = "PostgreSQL password.")
    String password;
    @Option(names = "--schema", description = "PostgreSQL schema to create (default: nm_bench_<random>).")
    String schema;
    @Option(names = "--keep", description = "Keep the PostgreSQL schema or the temporary SQLite file afterwards.")
    boolean keep;
    @Option(names = "--large-history", description = "Bulk-load ~1M messages and time the list, history and progress queries.")
    boolean largeHistory;
    @Option(names = "--negotiations", defaultValue = "20000", description = "With --large-history: negotiations to load. Default: ${DEFAULT-VALUE}")
    int negotiations;
    @Option(names = "--messages-per-negotiation", defaultValue = "50", description = "With --large-history. Default: ${DEFAULT-VALUE}")
    int messagesPerNegotiation;
    @Option(names = "--history-users", defaultValue = "2000", description = "With --large-history: users owning them. Default: ${DEFAULT-VALUE}")
    int historyUsers;
    @Option(names = "--calls", defaultValue = "500", description = "With --large-history: calls per query. Default: ${DEFAULT-VALUE}")
    int calls;
    @Option(names = "--jmh", paramLabel = "REGEX", arity = "0..1", fallbackValue = ".*",
            description = "Run the JMH microbenchmarks matching REGEX (default all) instead.")
    String jmh;
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (jmh != null) {
                new Runner(new OptionsBuilder().include(jmh).build()).run();
                return;
            }
            Path temp = null;
            BenchDatabase database;
            if (url != null) {
                String name = schema != null ? schema
                        : "nm_bench_" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);
                database = BenchDatabase.postgres(url, user, password, name);
            } else {
                Path file = db;
                if (file == null) {
                    temp = Files.createTempDirectory("nm-bench");
                    file = temp.resolve("bench.db");
                }
                database = BenchDatabase.sqlite(file);
            }
            try {
                if (largeHistory) {
                    new LargeHistoryBenchmark(database, negotiations, messagesPerNegotiation, historyUsers, calls,
                            seed, Clock.systemUTC(), err).run().print(out);
                } else {
                    new LoadBenchmark(database, new LoadSettings(users, turns, threads, pool, seed, scenario),
                            Clock.systemUTC(), err).run().print(out);
                }
            } finally {
                if (!keep) {
                    database.dropSchema();
                    if (temp != null) {
                        deleteTree(temp);
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bench interrupted", e);
        } catch (RunnerException e) {
            throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
