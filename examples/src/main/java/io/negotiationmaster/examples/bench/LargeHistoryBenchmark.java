package io.negotiationmaster.examples.bench;

import com.zaxxer.hikari.HikariDataSource;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.NegotiationFilter;
import io.negotiationmaster.persistence.Database;
import io.negotiationmaster.storage.PageRequest;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The query check over a large history: bulk-loads users, negotiations with their messages and performance rows
 * (copies of rows a real negotiation stored, with batched JDBC inserts), then times the trainee-facing reads —
 * {@code negotiations().list}, {@code negotiations().history} and {@code performance().progress} — and prints the
 * database's plans of the statements behind them.
 */
public final class LargeHistoryBenchmark {
    private static final int BATCH = 1_000;
    private static final String[] USER_LINES = {
        "Hi Sarah! Would you take $21,500 if I pay cash today?",
        "I can do 22,000 if you include the extended warranty.",
        "That's still above what similar cars sell for around here. How about $22,300?",
        "I appreciate it. Could we meet at 22.5k with the maintenance package?"};
    private static final String[] AI_LINES = {
        "I hear you, but this Accord is in excellent shape. The best I can do right now is $24,100.",
        "Let me see what I can do. I could come down to $23,700, and that's a real stretch for me.",
        "We've had a lot of interest in this one. $23,400 and I'll include the floor mats.",
        "You drive a hard bargain. $23,100 is where I need to be."};

    private final BenchDatabase db;
    private final int negotiations;
    private final int messagesPerNegotiation;
    private final int users;
    private final int calls;
    private final long seed;
    private final Clock clock;
    private final ProgressLine progress;

    /**
     * @param db where to load and query (use a fresh one)
     * @param negotiations negotiations to load, at least 1
     * @param messagesPerNegotiation messages per negotiation, at least 2
     * @param users users owning them round-robin, 1 to {@code negotiations}
     * @param calls timed calls per query, at least 1
     * @param seed picks the users and negotiations queried
     * @param clock time source of the loaded rows
     * @param err where the progress line goes
     */
    public LargeHistoryBenchmark(BenchDatabase db, int negotiations, int messagesPerNegotiation, int users, int calls,
            long seed, Clock clock, PrintWriter err) {
        this.db = Objects.requireNonNull(db, "db");
        if (negotiations < 1) {
            throw new IllegalArgumentException("negotiations must be at least 1, was " + negotiations);
        }
        if (messagesPerNegotiation < 2) {
            throw new IllegalArgumentException("messagesPerNegotiation must be at least 2, was "
                    + messagesPerNegotiation);
        }
        if (users < 1 || users > negotiations) {
            throw new IllegalArgumentException("users must be 1-" + negotiations + ", was " + users);
        }
        if (calls < 1) {
            throw new IllegalArgumentException("calls must be at least 1, was " + calls);
        }
        this.negotiations = negotiations;
        this.messagesPerNegotiation = messagesPerNegotiation;
        this.users = users;
        this.calls = calls;
        this.seed = seed;
        this.clock = Objects.requireNonNull(clock, "clock");
        this.progress = new ProgressLine(err);
    }

    /** Loads, analyzes, times and explains. */
    public LargeHistoryReport run() {
        byte[] secret = ("negotiationmaster-bench-secret-" + seed).repeat(2).getBytes(StandardCharsets.UTF_8);
        try (NegotiationMaster nm = db.builder(4).bcryptCost(4).jwtSecret(secret)
                .slowStatementThreshold(Duration.ofSeconds(30)).build();
                HikariDataSource pool = db.rawPool(2)) {
            nm.scenarios().installCatalog();
            Template template = template(nm);
            long t0 = System.nanoTime();
            List<UUID> userIds = new ArrayList<>();
            List<UUID> negotiationIds = new ArrayList<>();
            try (Connection c = pool.getConnection()) {
                c.setAutoCommit(false);
                load(c, template, userIds, negotiationIds);
            } catch (SQLException e) {
                progress.done();
                throw new IllegalStateException("bulk load failed: " + e.getMessage(), e);
            }
            progress.show("analyzing");
            nm.maintenance().analyze();
            progress.done();
            double loadSeconds = (System.nanoTime() - t0) / 1e9;
            long messages = count(pool, "SELECT COUNT(*) FROM messages");
            List<QueryTiming> timings = new ArrayList<>();
            SplittableRandom random = new SplittableRandom(seed);
            timings.add(time("negotiations().list", () -> {
                int u = random.nextInt(users);
                return () -> nm.negotiations().list(userIds.get(u), NegotiationFilter.all(), new PageRequest(0, 20));
            }, plans(pool, List.of(
                    new Sql("SELECT id, user_id, scenario_id, status, outcome, started_at, completed_at, deal_reached,"
                            + " deal_terms, random_seed, engine_state, version, message_count, updated_at"
                            + " FROM negotiations WHERE user_id = ? ORDER BY started_at DESC, id DESC LIMIT ? OFFSET ?",
                            List.of(userIds.get(0), 20, 0)),
                    new Sql("SELECT COUNT(*) FROM negotiations WHERE user_id = ?", List.of(userIds.get(0)))))));
            timings.add(time("negotiations().history", () -> {
                int n = random.nextInt(negotiations);
                int page = random.nextInt(Math.max(1, messagesPerNegotiation / 20));
                return () -> nm.negotiations().history(userIds.get(n % users), negotiationIds.get(n),
                        new PageRequest(page, 20));
            }, plans(pool, List.of(
                    new Sql("SELECT id, user_id, scenario_id, status, outcome, started_at, completed_at, deal_reached,"
                            + " deal_terms, random_seed, engine_state, version, message_count, updated_at"
                            + " FROM negotiations WHERE id = ?", List.of(negotiationIds.get(0))),
                    new Sql("SELECT id, negotiation_id, seq, sender_type, sender_id, content, message_type, metadata,"
                            + " \"timestamp\" FROM messages WHERE negotiation_id = ? AND seq >= ? ORDER BY seq LIMIT ?",
                            List.of(negotiationIds.get(0), 20, 20))))));
            timings.add(time("performance().progress", () -> {
                int u = random.nextInt(users);
                return () -> nm.performance().progress(userIds.get(u));
            }, plans(pool, List.of(
                    new Sql("SELECT id, user_id, total_negotiations, completed_negotiations, successful_deals,"
                            + " avg_claiming_value_score, avg_creating_value_score, avg_managing_relationships_score,"
                            + " avg_overall_score, highest_scenario_completed, last_activity, updated_at"
                            + " FROM user_progress WHERE user_id = ?", List.of(userIds.get(0))),
                    new Sql("SELECT dimension_stats, id FROM user_performance_progress WHERE user_id = ?",
                            List.of(userIds.get(0))),
                    new Sql("SELECT negotiation_id, scenario_id, created_at, claiming_value_score,"
                            + " creating_value_score, managing_relationships_score, overall_score"
                            + " FROM negotiation_performance WHERE user_id = ? ORDER BY created_at, id",
                            List.of(userIds.get(0))),
                    new Sql("SELECT s.id, s.slug FROM scenarios s LEFT JOIN ai_characters c ON c.id = s.ai_character_id"
                            + " WHERE s.difficulty_level BETWEEN ? AND ? AND s.is_active = TRUE"
                            + " ORDER BY s.difficulty_level, s.slug LIMIT ? OFFSET ?", List.of(1, 7, 200, 0))))));
            return new LargeHistoryReport(db.describe(), users, negotiations, messages, loadSeconds, timings);
        }
    }

    /** The rows of one real negotiation, stored and scored through the API, that the load copies. */
    private record Template(UUID user, UUID negotiation, String userMetadata, String aiMetadata) {
    }

    private Template template(NegotiationMaster nm) {
        progress.show("storing a template negotiation through the API");
        UUID user = nm.accounts().register(new Registration("template-" + seed + "@example.com",
                "template" + seed, "template-passphrase", "Template", "User")).user().id();
        Negotiation n = nm.negotiations().start(user, "used-car-honda-accord", seed);
        nm.negotiations().say(user, n.id(), USER_LINES[0]);
        nm.negotiations().say(user, n.id(), USER_LINES[1]);
        nm.negotiations().accept(user, n.id());
        nm.performance().finish(user, n.id());
        String userMetadata = null;
        String aiMetadata = null;
        try (HikariDataSource pool = db.rawPool(1); Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(
                        "SELECT sender_type, metadata FROM messages WHERE negotiation_id = ? ORDER BY seq")) {
            db.uuid(ps, 1, n.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if ("user".equals(rs.getString(1))) {
                        userMetadata = userMetadata == null ? rs.getString(2) : userMetadata;
                    } else if (rs.getRow() > 1) {
                        aiMetadata = aiMetadata == null ? rs.getString(2) : aiMetadata;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the template negotiation: " + e.getMessage(), e);
        }
        return new Template(user, n.id(), userMetadata, aiMetadata);
    }

    private void load(Connection c, Template t, List<UUID> userIds, List<UUID> negotiationIds) throws SQLException {
        Instant base = clock.instant();
        try (Cloner cloneUser = new Cloner(c, "users", t.user(), List.of("id", "email", "username"))) {
            for (int u = 0; u < users; u++) {
                UUID id = UUID.randomUUID();
                userIds.add(id);
                cloneUser.add(ps -> {
                    db.uuid(ps, 1, id);
                    ps.setString(2, "history-" + id + "@example.com");
                    ps.setString(3, "h" + id.toString().replace("-", ""));
                });
                if ((u + 1) % BATCH == 0) {
                    cloneUser.flush();
                    progress.show(String.format(Locale.ROOT, "users %d/%d", u + 1, users));
                }
            }
        }
        c.commit();
        try (Cloner cloneNegotiation = new Cloner(c, "negotiations", t.negotiation(),
                List.of("id", "user_id", "started_at", "created_at", "updated_at", "completed_at", "message_count"));
                Cloner clonePerformance = new Cloner(c, "negotiation_performance", "negotiation_id", t.negotiation(),
                        List.of("id", "negotiation_id", "user_id", "created_at", "updated_at"));
                PreparedStatement messages = c.prepareStatement("INSERT INTO messages (id, negotiation_id, seq,"
                        + " sender_type, sender_id, content, message_type, metadata, \"timestamp\")"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'chat', ?, ?)")) {
            int pending = 0;
            for (int n = 0; n < negotiations; n++) {
                UUID id = UUID.randomUUID();
                UUID user = userIds.get(n % users);
                negotiationIds.add(id);
                Instant started = base.minusSeconds(60L * (negotiations - n));
                Instant ended = started.plusSeconds(messagesPerNegotiation * 20L);
                cloneNegotiation.add(ps -> {
                    db.uuid(ps, 1, id);
                    db.uuid(ps, 2, user);
                    db.instant(ps, 3, started);
                    db.instant(ps, 4, started);
                    db.instant(ps, 5, ended);
                    db.instant(ps, 6, ended);
                    ps.setInt(7, messagesPerNegotiation);
                });
                clonePerformance.add(ps -> {
                    db.uuid(ps, 1, UUID.randomUUID());
                    db.uuid(ps, 2, id);
                    db.uuid(ps, 3, user);
                    db.instant(ps, 4, ended);
                    db.instant(ps, 5, ended);
                });
                if ((n + 1) % 100 == 0 || n == negotiations - 1) {
                    cloneNegotiation.flush();
                    clonePerformance.flush();
                }
                for (int m = 0; m < messagesPerNegotiation; m++) {
                    boolean fromUser = m % 2 == 1;
                    db.uuid(messages, 1, UUID.randomUUID());
                    db.uuid(messages, 2, id);
                    messages.setInt(3, m);
                    messages.setString(4, fromUser ? "user" : "ai");
                    db.uuid(messages, 5, fromUser ? user : null);
                    messages.setString(6, fromUser ? USER_LINES[m / 2 % USER_LINES.length]
                            : AI_LINES[m / 2 % AI_LINES.length]);
                    db.json(messages, 7, fromUser ? t.userMetadata() : t.aiMetadata());
                    db.instant(messages, 8, started.plusSeconds(m * 20L));
                    messages.addBatch();
                    if (++pending == BATCH) {
                        cloneNegotiation.flush();
                        clonePerformance.flush();
                        messages.executeBatch();
                        pending = 0;
                    }
                }
                if ((n + 1) % 200 == 0) {
                    if (pending > 0) {
                        messages.executeBatch();
                        pending = 0;
                    }
                    c.commit();
                    progress.show(String.format(Locale.ROOT, "negotiations %d/%d, messages %d", n + 1, negotiations,
                            (long) (n + 1) * messagesPerNegotiation));
                }
            }
            if (pending > 0) {
                messages.executeBatch();
            }
        }
        c.commit();
        try (Cloner progressRows = new Cloner(c, "user_progress", "user_id", t.user(), List.of("id", "user_id"));
                Cloner skillRows = new Cloner(c, "user_performance_progress", "user_id", t.user(),
                        List.of("id", "user_id"))) {
            for (int u = 0; u < users; u++) {
                UUID user = userIds.get(u);
                progressRows.add(ps -> {
                    db.uuid(ps, 1, UUID.randomUUID());
                    db.uuid(ps, 2, user);
                });
                skillRows.add(ps -> {
                    db.uuid(ps, 1, UUID.randomUUID());
                    db.uuid(ps, 2, user);
                });
                if ((u + 1) % BATCH == 0) {
                    progressRows.flush();
                    skillRows.flush();
                }
            }
        }
        c.commit();
    }

    /** Binds the new values of one copied row. */
    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /**
     * Copies one template row many times with batched {@code INSERT … SELECT}: the listed columns get new values
     * (bound in order), every other column keeps the template's.
     */
    private final class Cloner implements AutoCloseable {
        private final PreparedStatement insert;
        private final int keyIndex;
        private final UUID key;
        private int pending;

        Cloner(Connection c, String table, UUID templateId, List<String> replaced) throws SQLException {
            this(c, table, "id", templateId, replaced);
        }

        Cloner(Connection c, String table, String keyColumn, UUID templateKey, List<String> replaced)
                throws SQLException {
            List<String> columns = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM " + table + " WHERE 1 = 0");
                    ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    columns.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
                }
            }
            List<String> kept = columns.stream().filter(col -> !replaced.contains(col)).toList();
            String names = String.join(", ", replaced) + (kept.isEmpty() ? "" : ", " + String.join(", ",
                    kept.stream().map(LargeHistoryBenchmark::quote).toList()));
            String values = String.join(", ", replaced.stream().map(r -> "?").toList())
                    + (kept.isEmpty() ? "" : ", " + String.join(", ", kept.stream().map(LargeHistoryBenchmark::quote)
                    .toList()));
            this.insert = c.prepareStatement("INSERT INTO " + table + " (" + names + ") SELECT " + values + " FROM "
                    + table + " WHERE " + keyColumn + " = ?");
            this.keyIndex = replaced.size() + 1;
            this.key = templateKey;
        }

        void add(Binder binder) throws SQLException {
            binder.bind(insert);
            db.uuid(insert, keyIndex, key);
            insert.addBatch();
            pending++;
        }

        void flush() throws SQLException {
            if (pending > 0) {
                insert.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try {
                flush();
            } finally {
                insert.close();
            }
        }
    }

    private static String quote(String column) {
        return "timestamp".equals(column) ? "\"timestamp\"" : column;
    }

    /** A statement of a mapper with sample parameters. */
    private record Sql(String text, List<Object> parameters) {
    }

    private List<QueryTiming.Plan> plans(HikariDataSource pool, List<Sql> statements) {
        List<QueryTiming.Plan> plans = new ArrayList<>();
        String prefix = db.database() == Database.POSTGRESQL ? "EXPLAIN " : "EXPLAIN QUERY PLAN ";
        try (Connection c = pool.getConnection()) {
            for (Sql sql : statements) {
                List<String> lines = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement(prefix + sql.text())) {
                    for (int i = 0; i < sql.parameters().size(); i++) {
                        Object p = sql.parameters().get(i);
                        if (p instanceof UUID u) {
                            db.uuid(ps, i + 1, u);
                        } else {
                            ps.setObject(i + 1, p);
                        }
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        int detail = db.database() == Database.POSTGRESQL ? 1 : rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            lines.add(rs.getString(detail));
                        }
                    }
                }
                plans.add(new QueryTiming.Plan(sql.text(), lines));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot explain: " + e.getMessage(), e);
        }
        return plans;
    }

    private QueryTiming time(String name, Supplier<Runnable> nextCall, List<QueryTiming.Plan> plans) {
        int warmup = Math.min(50, calls);
        for (int i = 0; i < warmup; i++) {
            nextCall.get().run();
        }
        long[] nanos = new long[calls];
        for (int i = 0; i < calls; i++) {
            Runnable call = nextCall.get();
            long t0 = System.nanoTime();
            call.run();
            nanos[i] = System.nanoTime() - t0;
            if ((i + 1) % 50 == 0) {
                progress.show(String.format(Locale.ROOT, "%s %d/%d", name, i + 1, calls));
            }
        }
        progress.done();
        return new QueryTiming(name, Percentiles.of(nanos), plans);
    }

    private static long count(HikariDataSource pool, String sql) {
        try (Connection c = pool.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count: " + e.getMessage(), e);
        }
    }
}
