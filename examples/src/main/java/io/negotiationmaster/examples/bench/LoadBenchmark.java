package io.negotiationmaster.examples.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.scoring.StandardAnalyzer;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;

/**
 * N simulated trainees negotiating concurrently through the public API ({@code negotiations().start/say/accept},
 * then {@code performance().finish}) on one database, then a raw-JDBC baseline writing the same rows per turn on
 * the same database: the two messages, their moves, one {@code ai_responses} row and the negotiation update, with
 * plain prepared statements in one transaction per turn.
 */
public final class LoadBenchmark {
    private final BenchDatabase db;
    private final LoadSettings settings;
    private final Clock clock;
    private final ProgressLine progress;

    /**
     * @param db where to run
     * @param settings what to run
     * @param clock time source for the rows the baseline writes
     * @param err where the progress line goes
     */
    public LoadBenchmark(BenchDatabase db, LoadSettings settings, Clock clock, PrintWriter err) {
        this.db = Objects.requireNonNull(db, "db");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = new ProgressLine(err);
    }

    /** Runs the API run and the baseline and returns the figures. */
    public LoadReport run() throws InterruptedException {
        TimedAnalyzer analyzer = new TimedAnalyzer(new StandardAnalyzer());
        byte[] secret = ("negotiationmaster-bench-secret-" + settings.seed()).repeat(2).getBytes(StandardCharsets.UTF_8);
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads());
        try (NegotiationMaster nm = db.builder(settings.pool()).bcryptCost(4).jwtSecret(secret)
                .performanceAnalyzer(analyzer).slowStatementThreshold(Duration.ofSeconds(30)).build()) {
            nm.scenarios().installCatalog();
            List<UUID> users = register(nm, workers);
            // warm the statements and the engine once so the heap estimate measures negotiations, not caches
            nm.negotiations().start(users.get(0), settings.scenario(), settings.seed() - 1);
            ConcurrentLinkedQueue<Long> startNanos = new ConcurrentLinkedQueue<>();
            long heapBefore = usedHeapAfterGcHints();
            List<Run> runs = startAll(nm, users, workers, startNanos);
            long heapAfter = usedHeapAfterGcHints();
            double heapPer = (double) (heapAfter - heapBefore) / runs.size();
            ApiRun api = negotiate(nm, runs, workers);
            Baseline baseline = new Baseline(runs);
            baseline.run(workers);
            return new LoadReport(db.describe(), settings, api.turns, api.finished, api.seconds,
                    Percentiles.of(toArray(api.turnNanos)), Percentiles.of(toArray(startNanos)),
                    Percentiles.of(toArray(api.finishNanos)), analyzer.timings(), heapPer, api.errors,
                    baseline.turns.get(), baseline.seconds, Percentiles.of(toArray(baseline.turnNanos)),
                    baseline.errors);
        } finally {
            workers.shutdownNow();
        }
    }

    private List<UUID> register(NegotiationMaster nm, ExecutorService workers) throws InterruptedException {
        String token = Long.toHexString(new SplittableRandom(settings.seed()).nextLong() ^ System.nanoTime());
        UUID[] ids = new UUID[settings.users()];
        parallel(workers, settings.users(), "registering users", i -> ids[i] = nm.accounts().register(
                new Registration("bench-" + token + "-" + i + "@example.com", "bench" + token + "x" + i,
                        "bench-passphrase-" + i, "Bench", "User " + i)).user().id());
        return List.of(ids);
    }

    private List<Run> startAll(NegotiationMaster nm, List<UUID> users, ExecutorService workers,
            ConcurrentLinkedQueue<Long> startNanos) throws InterruptedException {
        Run[] runs = new Run[users.size()];
        parallel(workers, users.size(), "starting negotiations", i -> {
            long t0 = System.nanoTime();
            Negotiation n = nm.negotiations().start(users.get(i), settings.scenario(), settings.seed() + i);
            startNanos.add(System.nanoTime() - t0);
            runs[i] = new Run(users.get(i), n, new SimulatedTrainee(TraineeStyle.of(i), true,
                    settings.seed() * 31 + i));
        });
        return List.of(runs);
    }

    private void parallel(ExecutorService workers, int count, String what, IntConsumer task)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            futures.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    task.accept(i);
                    done.incrementAndGet();
                }
            }));
        }
        for (Future<?> f : futures) {
            await(f, () -> String.format(Locale.ROOT, "%s %d/%d", what, done.get(), count));
        }
        progress.done();
    }

    private ApiRun negotiate(NegotiationMaster nm, List<Run> runs, ExecutorService workers)
            throws InterruptedException {
        ApiRun api = new ApiRun();
        ConcurrentLinkedQueue<Run> queue = new ConcurrentLinkedQueue<>(runs);
        AtomicInteger open = new AtomicInteger(runs.size());
        long planned = (long) runs.size() * settings.turns();
        long t0 = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < settings.threads(); t++) {
            futures.add(workers.submit(() -> {
                while (open.get() > 0) {
                    Run run = queue.poll();
                    if (run == null) {
                        Thread.onSpinWait();
                        continue;
                    }
                    if (step(nm, run, api)) {
                        queue.add(run);
                    } else {
                        open.decrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : futures) {
            await(f, () -> String.format(Locale.ROOT, "api: %d/%d turns, %d finished, %d errors", api.turns,
                    planned, api.finished, api.errors.values().stream().mapToLong(Long::longValue).sum()));
        }
        progress.done();
        api.seconds = (System.nanoTime() - t0) / 1e9;
        return api;
    }

    /** One turn (and the finish when it ends); whether the negotiation goes on. */
    private boolean step(NegotiationMaster nm, Run run, ApiRun api) {
        try {
            String line = run.trainee.next(run.negotiation, settings.turns() - run.turns);
            long t0 = System.nanoTime();
            Turn turn = line == null ? nm.negotiations().accept(run.user, run.negotiation.id())
                    : nm.negotiations().say(run.user, run.negotiation.id(), line);
            api.turnNanos.add(System.nanoTime() - t0);
            api.turnCount.incrementAndGet();
            api.turns = api.turnCount.get();
            run.turns++;
            run.negotiation = turn.negotiation();
            if (turn.negotiation().inProgress() && run.turns < settings.turns()) {
                return true;
            }
            long f0 = System.nanoTime();
            nm.performance().finish(run.user, run.negotiation.id());
            api.finishNanos.add(System.nanoTime() - f0);
            api.finishedCount.incrementAndGet();
            api.finished = api.finishedCount.get();
            return false;
        } catch (RuntimeException e) {
            api.errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
            return false;
        }
    }

    private void await(Future<?> future, java.util.function.Supplier<String> status) throws InterruptedException {
        try {
            progress.whileRunning(future, status);
        } catch (ExecutionException e) {
            progress.done();
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("benchmark worker failed: " + cause, cause);
        }
    }

    private static long usedHeapAfterGcHints() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(60);
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    private static long[] toArray(ConcurrentLinkedQueue<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** One simulated trainee's negotiation. */
    private static final class Run {
        final UUID user;
        final SimulatedTrainee trainee;
        volatile Negotiation negotiation;
        volatile int turns;

        Run(UUID user, Negotiation negotiation, SimulatedTrainee trainee) {
            this.user = user;
            this.negotiation = negotiation;
            this.trainee = trainee;
        }
    }

    /** Counters of the API run. */
    private static final class ApiRun {
        final ConcurrentLinkedQueue<Long> turnNanos = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> finishNanos = new ConcurrentLinkedQueue<>();
        final Map<String, Long> errors = new ConcurrentHashMap<>();
        final AtomicLong turnCount = new AtomicLong();
        final AtomicLong finishedCount = new AtomicLong();
        volatile long turns;
        volatile long finished;
        double seconds;
    }

    /** The raw-JDBC baseline: the same rows per turn as the API writes, without the engine and the mapping. */
    private final class Baseline {
        final List<Run> runs;
        final ConcurrentLinkedQueue<Long> turnNanos = new ConcurrentLinkedQueue<>();
        final Map<String, Long> errors = new ConcurrentHashMap<>();
        final AtomicLong turns = new AtomicLong();
        double seconds;
        String engineState;
        String userMetadata;
        String aiMetadata;
        String userText;
        String aiText;
        String decisionMoves;
        String reasoning;
        int movesPerMessage;
        UUID scenarioId;

        Baseline(List<Run> runs) {
            this.runs = runs;
        }

        void run(ExecutorService workers) throws InterruptedException {
            try (HikariDataSource pool = db.rawPool(settings.pool())) {
                readTemplates(pool);
                List<UUID> ids = insertNegotiations(pool);
                ConcurrentLinkedQueue<int[]> queue = new ConcurrentLinkedQueue<>();
                long planned = 0;
                for (int i = 0; i < runs.size(); i++) {
                    queue.add(new int[] {i, 0});
                    planned += Math.max(1, runs.get(i).turns);
                }
                long total = planned;
                AtomicInteger open = new AtomicInteger(runs.size());
                long t0 = System.nanoTime();
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < settings.threads(); t++) {
                    futures.add(workers.submit(() -> {
                        while (open.get() > 0) {
                            int[] run = queue.poll();
                            if (run == null) {
                                Thread.onSpinWait();
                                continue;
                            }
                            try {
                                long s0 = System.nanoTime();
                                turn(pool, ids.get(run[0]), run[1]);
                                turnNanos.add(System.nanoTime() - s0);
                                turns.incrementAndGet();
                                run[1]++;
                                if (run[1] < Math.max(1, runs.get(run[0]).turns)) {
                                    queue.add(run);
                                    continue;
                                }
                            } catch (SQLException | RuntimeException e) {
                                errors.merge(e.getClass().getSimpleName(), 1L, Long::sum);
                            }
                            open.decrementAndGet();
                        }
                    }));
                }
                for (Future<?> f : futures) {
                    await(f, () -> String.format(Locale.ROOT, "baseline: %d/%d turns", turns.get(), total));
                }
                progress.done();
                seconds = (System.nanoTime() - t0) / 1e9;
            }
        }

        private void readTemplates(HikariDataSource pool) {
            Run sample = runs.get(0);
            UUID id = sample.negotiation.id();
            scenarioId = sample.negotiation.scenarioId();
            try (Connection c = pool.getConnection()) {
                try (PreparedStatement ps = c.prepareStatement("SELECT engine_state FROM negotiations WHERE id = ?")) {
                    db.uuid(ps, 1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        engineState = rs.getString(1);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT sender_type, content, metadata FROM messages"
                        + " WHERE negotiation_id = ? ORDER BY seq")) {
                    db.uuid(ps, 1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if ("user".equals(rs.getString(1))) {
                                userText = userText == null ? rs.getString(2) : userText;
                                userMetadata = userMetadata == null ? rs.getString(3) : userMetadata;
                            } else {
                                aiText = rs.getString(2);
                                aiMetadata = rs.getString(3);
                            }
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT moves, reasoning FROM ai_responses"
                        + " WHERE negotiation_id = ? ORDER BY created_at DESC")) {
                    db.uuid(ps, 1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        decisionMoves = rs.getString(1);
                        reasoning = rs.getString(2);
                    }
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT (SELECT COUNT(*) FROM negotiation_moves),"
                        + " (SELECT COUNT(*) FROM messages)"); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    movesPerMessage = (int) Math.max(1, Math.round((double) rs.getLong(1) / Math.max(1, rs.getLong(2))));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot read the baseline's templates: " + e.getMessage(), e);
            }
            if (userText == null) {
                userText = "Would you take $21,500 if I pay cash today?";
            }
        }

        private List<UUID> insertNegotiations(HikariDataSource pool) {
            List<UUID> ids = new ArrayList<>();
            Instant now = clock.instant();
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO negotiations (id, user_id, scenario_id,"
                        + " status, started_at, deal_reached, random_seed, engine_state, version, message_count,"
                        + " created_at, updated_at) VALUES (?, ?, ?, 'in_progress', ?, FALSE, ?, ?, 0, 1, ?, ?)")) {
                    for (int i = 0; i < runs.size(); i++) {
                        UUID id = UUID.randomUUID();
                        ids.add(id);
                        db.uuid(ps, 1, id);
                        db.uuid(ps, 2, runs.get(i).user);
                        db.uuid(ps, 3, scenarioId);
                        db.instant(ps, 4, now);
                        ps.setLong(5, settings.seed() + i);
                        db.json(ps, 6, engineState);
                        db.instant(ps, 7, now);
                        db.instant(ps, 8, now);
                        ps.addBatch();
                    }
                    ps.executeBatch();
                }
                c.commit();
            } catch (SQLException e) {
                throw new IllegalStateException("cannot insert the baseline's negotiations: " + e.getMessage(), e);
            }
            return Collections.unmodifiableList(ids);
        }

        private void turn(HikariDataSource pool, UUID negotiation, int turn) throws SQLException {
            Instant now = clock.instant();
            int seq = 1 + turn * 2;
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                try {
                    UUID userMessage = UUID.randomUUID();
                    UUID aiMessage = UUID.randomUUID();
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages (id, negotiation_id, seq,"
                            + " sender_type, sender_id, content, message_type, metadata, \"timestamp\")"
                            + " VALUES (?, ?, ?, ?, ?, ?, 'chat', ?, ?)")) {
                        message(ps, userMessage, negotiation, seq, "user", userText, userMetadata, now);
                        message(ps, aiMessage, negotiation, seq + 1, "ai", aiText, aiMetadata, now);
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO negotiation_moves (id, negotiation_id,"
                            + " message_id, actor, turn_number, move_type, issue, amount, concession_size, created_at)"
                            + " VALUES (?, ?, ?, ?, ?, 'counter_offer', 'main', ?, NULL, ?)")) {
                        for (int m = 0; m < movesPerMessage * 2; m++) {
                            boolean user = m < movesPerMessage;
                            db.uuid(ps, 1, UUID.randomUUID());
                            db.uuid(ps, 2, negotiation);
                            db.uuid(ps, 3, user ? userMessage : aiMessage);
                            ps.setString(4, user ? "user" : "ai");
                            ps.setInt(5, user ? seq : seq + 1);
                            ps.setBigDecimal(6, new BigDecimal("22000.00"));
                            db.instant(ps, 7, now);
                            ps.executeUpdate();
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO ai_responses (id, negotiation_id,"
                            + " message_id, user_message_id, decided_move, moves, offer_amount, offer_terms, reasoning,"
                            + " writer, writer_detail, latency_ms, created_at)"
                            + " VALUES (?, ?, ?, ?, 'counter_offer', ?, ?, ?, ?, 'template', 'template:bench', 0, ?)")) {
                        db.uuid(ps, 1, UUID.randomUUID());
                        db.uuid(ps, 2, negotiation);
                        db.uuid(ps, 3, aiMessage);
                        db.uuid(ps, 4, userMessage);
                        db.json(ps, 5, decisionMoves);
                        ps.setBigDecimal(6, new BigDecimal("23900.00"));
                        db.json(ps, 7, "{}");
                        ps.setString(8, reasoning);
                        db.instant(ps, 9, now);
                        ps.executeUpdate();
                    }
                    try (PreparedStatement ps = c.prepareStatement("UPDATE negotiations SET status = 'in_progress',"
                            + " outcome = NULL, completed_at = NULL, deal_reached = FALSE, deal_terms = NULL,"
                            + " engine_state = ?, message_count = ?, updated_at = ?, version = version + 1"
                            + " WHERE id = ? AND version = ?")) {
                        db.json(ps, 1, engineState);
                        ps.setInt(2, seq + 2);
                        db.instant(ps, 3, now);
                        db.uuid(ps, 4, negotiation);
                        ps.setInt(5, turn);
                        if (ps.executeUpdate() != 1) {
                            throw new SQLException("baseline negotiation " + negotiation + " changed underneath");
                        }
                    }
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
            }
        }

        private void message(PreparedStatement ps, UUID id, UUID negotiation, int seq, String sender, String text,
                String metadata, Instant now) throws SQLException {
            db.uuid(ps, 1, id);
            db.uuid(ps, 2, negotiation);
            ps.setInt(3, seq);
            ps.setString(4, sender);
            db.uuid(ps, 5, null);
            ps.setString(6, text);
            db.json(ps, 7, metadata);
            db.instant(ps, 8, now);
            ps.executeUpdate();
        }
    }
}
