package io.negotiationmaster.persistence.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.persistence.Database;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * SIGKILL during turns: a child JVM plays negotiations on a SQLite file and is killed at a random moment (0–700 ms
 * after it acknowledged its first stored message, so every kill lands while turns are being written); after
 * each kill the file passes {@code PRAGMA integrity_check}, every turn the child saw acknowledged is stored, and no
 * turn is half-stored.
 */
class CrashRecoveryTest {
    private static final int TRIALS = 20;

    @Test
    void aKilledProcessLeavesEveryAcknowledgedTurnAndNoHalfStoredTurn() throws Exception {
        Random random = new Random(20_240_609L);
        try (TestDatabase db = TestDatabase.create(Database.SQLITE)) {
            UUID user = db.user("crash");
            int acknowledged = 0;
            int killedWithWorkDone = 0;
            for (int trial = 0; trial < TRIALS; trial++) {
                List<String> acks = runAndKill(db.file(), user, random.nextLong(), random.nextInt(700));
                acknowledged += acks.size();
                killedWithWorkDone += acks.isEmpty() ? 0 : 1;
                try (Connection c = db.connect()) {
                    assertThat(integrityCheck(c)).as("trial %d", trial).isEqualTo("ok");
                    for (String ack : acks) {
                        String[] parts = ack.split(" ");
                        assertThat(StoredTurns.hasMessage(c, parts[1], Integer.parseInt(parts[2])))
                                .as("trial %d: acknowledged %s is stored", trial, ack).isTrue();
                    }
                    assertThat(StoredTurns.violations(c)).as("trial %d", trial).isEmpty();
                }
            }
            System.out.printf("crash recovery: %d kills, %d with turns in flight, %d acknowledged messages checked,"
                    + " %d messages stored%n", TRIALS, killedWithWorkDone, acknowledged, db.count("messages"));
            assertThat(killedWithWorkDone).isEqualTo(TRIALS);
        }
    }

    /** Runs the child until its first acknowledged message, lets it work {@code killAfterMillis}, kills it. */
    private static List<String> runAndKill(Path file, UUID user, long seed, int killAfterMillis)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                System.getProperty("java.class.path"), CrashChild.class.getName(), file.toString(), user.toString(),
                Long.toString(seed)).redirectError(file.resolveSibling("child-stderr.txt").toFile()).start();
        List<String> acks = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch working = new CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean killed = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.equals("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("ERROR ")) {
                        acks.add(line);
                        working.countDown();
                    } else if (line.startsWith("ACK ")) {
                        acks.add(line);
                        working.countDown();
                    }
                }
            } catch (IOException e) {
                if (!killed.get()) { // once we killed the child, its closed pipe is the expected end of stream
                    acks.add("READ-FAILED " + e);
                }
            }
        });
        reader.start();
        try {
            assertThat(ready.await(60, TimeUnit.SECONDS)).as("child started").isTrue();
            assertThat(working.await(60, TimeUnit.SECONDS)).as("child stored its first turn; its stderr: %s",
                    stderr(file)).isTrue();
            Thread.sleep(killAfterMillis);
        } finally {
            killed.set(true);
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("child died").isTrue();
            reader.join(10_000);
        }
        assertThat(acks).as("child stderr: %s", stderr(file)).allMatch(a -> a.startsWith("ACK "));
        return new ArrayList<>(acks);
    }

    private static String stderr(Path file) throws IOException {
        Path log = file.resolveSibling("child-stderr.txt");
        return java.nio.file.Files.exists(log) ? java.nio.file.Files.readString(log) : "(none)";
    }

    private static String integrityCheck(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
