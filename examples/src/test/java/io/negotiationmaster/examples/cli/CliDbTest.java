package io.negotiationmaster.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code db} maintenance commands on an embedded SQLite file. */
class CliDbTest {
    @TempDir
    Path dir;

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = NegotiationMasterCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]));
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void migrateStatsAnalyzeVacuumAndBackupWorkOnASqliteFile() {
        String db = dir.resolve("nm.db").toString();

        assertThat(run("db", "migrate", "--db", db).out()).contains("schema version 16");
        Result stats = run("db", "stats", "--db", db);
        assertThat(stats.exit()).isZero();
        assertThat(stats.out()).contains("negotiations").contains("user_performance_progress");
        assertThat(run("db", "analyze", "--db", db).exit()).isZero();
        assertThat(run("db", "vacuum", "--db", db).exit()).isZero();
        Path copy = dir.resolve("copy.db");
        assertThat(run("db", "backup", "--db", db, copy.toString()).exit()).isZero();
        assertThat(Files.exists(copy)).isTrue();
    }

    @Test
    void aBackupOntoAnExistingFileIsRefusedWithExitTwoAndOneLine() {
        String db = dir.resolve("nm.db").toString();
        run("db", "migrate", "--db", db);

        Result r = run("db", "backup", "--db", db, db);

        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("error:").contains("already exists").doesNotContain("\n\tat ");
    }
}
