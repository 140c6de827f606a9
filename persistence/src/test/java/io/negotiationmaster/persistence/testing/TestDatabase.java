package io.negotiationmaster.persistence.testing;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.persistence.Database;
import io.negotiationmaster.testing.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh database for one test: a new SQLite file in a temporary folder, or a new schema on the PostgreSQL
 * server at {@code 127.0.0.1:5432} (user {@code postgres}, database {@code test}; override with the environment
 * variables {@code NM_TEST_PG_URL}, {@code NM_TEST_PG_USER}, {@code NM_TEST_PG_PASSWORD}). Dropped afterwards.
 * Gives the test a {@link NegotiationMaster} over it and plain JDBC to check what was written.
 */
public final class TestDatabase implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    /** The PostgreSQL server tests use. */
    public static final String PG_URL = env("NM_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
    /** The PostgreSQL user tests use. */
    public static final String PG_USER = env("NM_TEST_PG_USER", "postgres");
    /** The PostgreSQL password tests use. */
    public static final String PG_PASSWORD = env("NM_TEST_PG_PASSWORD", "");
    private static volatile Boolean postgresReachable;

    private final Database database;
    private final Path folder;
    private final Path file;
    private final String schema;
    private final MutableClock clock = MutableClock.standard();
    private final List<NegotiationMaster> opened = new ArrayList<>();
    private NegotiationMaster nm;

    private TestDatabase(Database database, Path folder, String schema) {
        this.database = database;
        this.folder = folder;
        this.file = folder == null ? null : folder.resolve("negotiationmaster.db");
        this.schema = schema;
    }

    /** A fresh, empty (not yet migrated) database of the given kind. */
    public static TestDatabase create(Database database) {
        if (database == Database.SQLITE) {
            try {
                return new TestDatabase(database, Files.createTempDirectory("nm-test-"), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        requirePostgres();
        String schema = "nm_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new TestDatabase(database, null, schema);
    }

    /** Skips (outside CI) or fails (in CI, {@code CI=true}) when the PostgreSQL server does not answer. */
    public static void requirePostgres() {
        if (postgresReachable == null) {
            synchronized (TestDatabase.class) {
                if (postgresReachable == null) {
                    postgresReachable = probe();
                }
            }
        }
        if (!postgresReachable) {
            String message = "PostgreSQL at " + PG_URL + " is unreachable";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message + " — CI must start it (see .ci/run)");
            }
            System.err.println("SKIPPED: " + message + "; PostgreSQL half of the suite skipped");
            Assumptions.abort(message);
        }
    }

    private static boolean probe() {
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD)) {
            return c.isValid(3);
        } catch (SQLException e) {
            return false;
        }
    }

    /** Which database this is. */
    public Database database() {
        return database;
    }

    /** The test clock every instance built here uses. */
    public MutableClock clock() {
        return clock;
    }

    /** The SQLite file (SQLite only). */
    public Path file() {
        return file;
    }

    /** The PostgreSQL schema (PostgreSQL only). */
    public String schema() {
        return schema;
    }

    /** A builder pointed at this database with the test clock; tests may customise it and build. */
    public NegotiationMaster.Builder builder() {
        NegotiationMaster.Builder b = NegotiationMaster.builder().clock(clock);
        return database == Database.SQLITE ? b.sqlite(file) : b.postgres(PG_URL, PG_USER, PG_PASSWORD).schema(schema).poolSize(4);
    }

    /** The shared instance over this database (built and migrated on first use). */
    public NegotiationMaster nm() {
        if (nm == null) {
            nm = open(UnaryOperator.identity());
        }
        return nm;
    }

    /** Another instance over the same database, customised; closed with this database. */
    public NegotiationMaster open(UnaryOperator<NegotiationMaster.Builder> customise) {
        NegotiationMaster instance = customise.apply(builder()).build();
        opened.add(instance);
        return instance;
    }

    /** A plain JDBC connection to this database (foreign keys on for SQLite), for checking what was written. */
    public Connection connect() throws SQLException {
        if (database == Database.SQLITE) {
            Properties p = new Properties();
            p.setProperty("foreign_keys", "true");
            p.setProperty("busy_timeout", "15000");
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        }
        Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
        c.setSchema(schema);
        return c;
    }

    /** A simple, unpooled DataSource over this database, for tests that drive migrations themselves. */
    public javax.sql.DataSource dataSource() {
        if (database == Database.SQLITE) {
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.enforceForeignKeys(true);
            org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource(config);
            ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            return ds;
        }
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(PG_URL);
        ds.setUser(PG_USER);
        ds.setPassword(PG_PASSWORD);
        ds.setCurrentSchema(schema);
        return ds;
    }

    /** Runs a query with bound parameters and returns its rows as ordered maps keyed by lower-case column name. */
    public List<Map<String, Object>> query(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                ps.setObject(i + 1, p instanceof UUID u && database == Database.SQLITE ? u.toString() : p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        row.put(meta.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getObject(i));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs a statement with bound parameters and returns the update count. */
    public int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                Object p = params[i];
                ps.setObject(i + 1, p instanceof UUID u && database == Database.SQLITE ? u.toString() : p);
            }
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("test update failed: " + sql + ": " + e.getMessage(), e);
        }
    }

    /**
     * Inserts a bare user row with plain JDBC (for tests of other facets) and returns its id; the catalog is
     * installed first so scenarios are there too.
     */
    public UUID user(String name) {
        nm().scenarios().installCatalog();
        UUID id = UUID.randomUUID();
        update("INSERT INTO users (id, email, username, password_hash, first_name, last_name) VALUES ("
                + (database == Database.POSTGRESQL ? "CAST(? AS uuid)" : "?") + ", ?, ?, 'not-a-login', ?, 'Test')",
                id.toString(), name + "@example.com", name, name);
        return id;
    }

    /** The number of rows in {@code table} (a constant of the test, never input). */
    public long count(String table) {
        Object n = query("SELECT COUNT(*) AS n FROM " + table).get(0).get("n");
        return ((Number) n).longValue();
    }

    @Override
    public void close() {
        for (NegotiationMaster instance : opened) {
            instance.close();
        }
        opened.clear();
        if (database == Database.SQLITE) {
            deleteQuietly(folder);
        } else {
            try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                 Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (SQLException e) {
                System.err.println("could not drop test schema " + schema + ": " + e.getMessage());
            }
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
