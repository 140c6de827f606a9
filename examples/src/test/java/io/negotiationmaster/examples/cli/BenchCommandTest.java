package io.negotiationmaster.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchCommandTest {

    @Test
    void benchPrintsEveryFigureOfTheApiRunAndTheBaseline(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = NegotiationMasterCli.run(new String[] {"bench", "--users", "2", "--turns", "2", "--threads", "2",
                "--db", dir.resolve("bench.db").toString()}, new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]));

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString()).contains("bench on sqlite", "users 2, turns 2, threads 2",
                "turns per second:", "turn latency:", "p50", "p95", "p99", "start latency:", "finish latency:",
                "scoring time per report:", "heap per active negotiation:", "estimate", "errors:                  0",
                "baseline (raw JDBC", "api/baseline: p50 latency x", "throughput x");
        assertThat(err.toString()).contains("\r");
    }

    @Test
    void benchRefusesZeroUsersWithTheReason(@TempDir Path dir) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = NegotiationMasterCli.run(new String[] {"bench", "--users", "0", "--db",
                dir.resolve("bench.db").toString()}, new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]));

        assertThat(exit).isEqualTo(NegotiationMasterCli.BAD_INPUT);
        assertThat(err.toString()).contains("error: users must be at least 1, was 0");
    }
}
