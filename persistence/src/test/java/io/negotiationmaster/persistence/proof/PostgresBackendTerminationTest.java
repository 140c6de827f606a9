package io.negotiationmaster.persistence.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.persistence.Database;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL backends of the library's pool terminated ({@code pg_terminate_backend}) while turns run in four
 * threads: every failed call fails with a library exception, nothing is half-stored, every acknowledged turn is
 * stored, and the same instance serves turns again afterwards. The pool gets its own {@code ApplicationName} so
 * the test terminates only its own backends, never those of other test runs sharing the server.
 */
class PostgresBackendTerminationTest {
    private static final String CAR = "used-car-honda-accord";
    private static final int WORKERS = 4;
    private static final long STORM_MILLIS = 3_000;

    @Test
    void terminatedBackendsFailCallsWithTypedErrorsLeaveNothingHalfStoredAndThePoolRecovers() throws Exception {
        try (TestDatabase db = TestDatabase.create(Database.POSTGRESQL)) {
            String app = "negotiationmaster-faults-" + db.schema();
            String url = TestDatabase.PG_URL + (TestDatabase.PG_URL.contains("?") ? "&" : "?") + "ApplicationName=" + app;
            UUID user = db.user("pgfault");
            try (NegotiationMaster nm = NegotiationMaster.builder().postgres(url, TestDatabase.PG_USER,
                    TestDatabase.PG_PASSWORD).schema(db.schema()).poolSize(4).build()) {
                List<Throwable> failures = new CopyOnWriteArrayList<>();
                Map<String, Boolean> acknowledged = new ConcurrentHashMap<>();
                AtomicBoolean storming = new AtomicBoolean(true);
                AtomicInteger terminated = new AtomicInteger();
                ExecutorService pool = Executors.newFixedThreadPool(WORKERS + 1);
                List<Future<?>> futures = new ArrayList<>();
                for (int w = 0; w < WORKERS; w++) {
                    long seed = 500L + w;
                    futures.add(pool.submit(() -> play(nm, user, seed, storming, failures, acknowledged)));
                }
                futures.add(pool.submit(() -> terminate(app, storming, terminated)));
                Thread.sleep(STORM_MILLIS);
                storming.set(false);
                for (Future<?> f : futures) {
                    f.get(120, TimeUnit.SECONDS);
                }
                pool.shutdown();

                assertThat(terminated.get()).as("backends terminated").isPositive();
                assertThat(failures).as("failed calls").isNotEmpty()
                        .allSatisfy(f -> assertThat(f).isInstanceOf(io.negotiationmaster.error.NegotiationMasterException.class));
                try (Connection c = db.connect()) {
                    assertThat(StoredTurns.violations(c)).isEmpty();
                    for (String ack : acknowledged.keySet()) {
                        String[] parts = ack.split(" ");
                        assertThat(StoredTurns.hasMessage(c, parts[0], Integer.parseInt(parts[1]))).as(ack).isTrue();
                    }
                }
                Thread.sleep(1_000);
                int after = 0;
                for (int i = 0; i < 6; i++) {
                    UUID n = nm.negotiations().start(user, CAR, 900L + i).id();
                    nm.negotiations().say(user, n, "Hello again, is the car still available?");
                    after += 2;
                }
                System.out.printf("postgres faults: %d backends terminated, %d calls failed (%s), %d acknowledged"
                        + " messages stored, %d turns after recovery succeeded%n", terminated.get(), failures.size(),
                        failures.stream().map(f -> f.getClass().getSimpleName()).distinct().toList(),
                        acknowledged.size(), after / 2);
            }
        }
    }

    private static Void play(NegotiationMaster nm, UUID user, long seed, AtomicBoolean storming,
            List<Throwable> failures, Map<String, Boolean> acknowledged) {
        UUID current = null;
        int i = 0;
        while (storming.get()) {
            try {
                if (current == null) {
                    current = nm.negotiations().start(user, CAR, seed + i).id();
                    acknowledged.put(current + " 0", true);
                }
                Turn t = nm.negotiations().say(user, current, "Could you do " + (20_000 + 50 * (i % 10))
                        + " if I sign today? (" + i + ")");
                acknowledged.put(current + " " + t.userMessage().seq(), true);
                acknowledged.put(current + " " + t.reply().seq(), true);
            } catch (NegotiationFinishedException e) {
                current = null;
            } catch (RuntimeException e) {
                failures.add(e);
            }
            i++;
        }
        return null;
    }

    private static Void terminate(String app, AtomicBoolean storming, AtomicInteger terminated) throws Exception {
        try (Connection c = DriverManager.getConnection(TestDatabase.PG_URL, TestDatabase.PG_USER,
                TestDatabase.PG_PASSWORD);
             PreparedStatement ps = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND application_name = ? AND pid <> pg_backend_pid()")) {
            ps.setString(1, app);
            while (storming.get()) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        terminated.incrementAndGet();
                    }
                }
                Thread.sleep(300);
            }
        }
        return null;
    }
}
