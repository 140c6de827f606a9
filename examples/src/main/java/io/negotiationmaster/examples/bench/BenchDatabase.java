package io.negotiationmaster.examples.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.persistence.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The database a benchmark runs on: a SQLite file, or a schema of a PostgreSQL server (created by the library's
 * migration). Opens the library on it and, for baselines and bulk loads, a plain JDBC pool configured like the
 * library's own (SQLite: WAL, {@code BEGIN IMMEDIATE}, busy timeout; PostgreSQL: batched inserts rewritten).
 *
 * @param database which kind
 * @param sqliteFile the SQLite file (SQLite only)
 * @param url the JDBC URL (PostgreSQL only)
 * @param user the PostgreSQL user
 * @param password the PostgreSQL password
 * @param schema the PostgreSQL schema (PostgreSQL only)
 */
public record BenchDatabase(Database database, Optional<Path> sqliteFile, Optional<String> url, String user,
        String password, Optional<String> schema) {
    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final DateTimeFormatter SQLITE_TIME = DateTimeFormatter
            .ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** Checks that the fields match the kind. */
    public BenchDatabase {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(sqliteFile, "sqliteFile");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(schema, "schema");
        if (database == Database.SQLITE && sqliteFile.isEmpty()) {
            throw new IllegalArgumentException("sqliteFile is required for SQLite");
        }
        if (database == Database.POSTGRESQL && (url.isEmpty() || schema.isEmpty())) {
            throw new IllegalArgumentException("url and schema are required for PostgreSQL");
        }
        schema.ifPresent(s -> {
            if (!SCHEMA_NAME.matcher(s).matches()) {
                throw new IllegalArgumentException("schema must be a lower-case SQL name, was " + s);
            }
        });
    }

    /** A SQLite file. */
    public static BenchDatabase sqlite(Path file) {
        return new BenchDatabase(Database.SQLITE, Optional.of(file), Optional.empty(), "", "", Optional.empty());
    }

    /** A fresh schema {@code schema} on the PostgreSQL server at {@code url}. */
    public static BenchDatabase postgres(String url, String user, String password, String schema) {
        return new BenchDatabase(Database.POSTGRESQL, Optional.empty(), Optional.of(url), user, password,
                Optional.of(schema));
    }

    /** A human name: the file, or the URL and schema. */
    public String describe() {
        return database == Database.SQLITE ? "sqlite " + sqliteFile.orElseThrow().toAbsolutePath()
                : "postgresql " + url.orElseThrow() + " schema " + schema.orElseThrow();
    }

    /** A builder of the library pointed at this database with a pool of {@code pool} connections. */
    public NegotiationMaster.Builder builder(int pool) {
        NegotiationMaster.Builder b = NegotiationMaster.builder().poolSize(pool);
        return database == Database.SQLITE ? b.sqlite(sqliteFile.orElseThrow())
                : b.postgres(url.orElseThrow(), user, password).schema(schema.orElseThrow());
    }

    /** A plain JDBC pool of {@code pool} connections to the same tables, configured like the library's. */
    public HikariDataSource rawPool(int pool) {
        HikariConfig hikari = new HikariConfig();
        hikari.setMaximumPoolSize(pool);
        hikari.setMinimumIdle(1);
        hikari.setPoolName("bench-baseline");
        if (database == Database.SQLITE) {
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            config.setBusyTimeout(15_000);
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            SQLiteDataSource sqlite = new SQLiteDataSource(config);
            sqlite.setUrl("jdbc:sqlite:" + sqliteFile.orElseThrow().toAbsolutePath());
            hikari.setDataSource(sqlite);
        } else {
            hikari.setJdbcUrl(url.orElseThrow());
            hikari.setUsername(user);
            hikari.setPassword(password);
            hikari.setSchema(schema.orElseThrow());
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return new HikariDataSource(hikari);
    }

    /** Drops the PostgreSQL schema with everything in it (nothing for SQLite). */
    public void dropSchema() {
        if (database != Database.POSTGRESQL) {
            return;
        }
        try (HikariDataSource pool = rawPool(1); Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema.orElseThrow() + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot drop schema " + schema.orElseThrow() + ": " + e.getMessage(), e);
        }
    }

    /** Binds a UUID the way the library stores it (native on PostgreSQL, text on SQLite). */
    void uuid(PreparedStatement ps, int index, UUID value) throws SQLException {
        if (value == null) {
            ps.setNull(index, database == Database.POSTGRESQL ? Types.OTHER : Types.VARCHAR);
        } else if (database == Database.POSTGRESQL) {
            ps.setObject(index, value);
        } else {
            ps.setString(index, value.toString());
        }
    }

    /** Binds an instant the way the library stores it (timestamptz, or fixed-width UTC text on SQLite). */
    void instant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (database == Database.POSTGRESQL) {
            ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        } else {
            ps.setString(index, SQLITE_TIME.format(value));
        }
    }

    /** Binds a JSON document (jsonb on PostgreSQL, text on SQLite). */
    void json(PreparedStatement ps, int index, String value) throws SQLException {
        if (value == null) {
            ps.setNull(index, database == Database.POSTGRESQL ? Types.OTHER : Types.VARCHAR);
        } else if (database == Database.POSTGRESQL) {
            ps.setObject(index, value, Types.OTHER);
        } else {
            ps.setString(index, value);
        }
    }
}
