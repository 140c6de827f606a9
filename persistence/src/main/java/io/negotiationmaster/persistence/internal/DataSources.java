package io.negotiationmaster.persistence.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** Builds the connection pools the library owns (and so closes): SQLite files or memory, PostgreSQL. */
public final class DataSources {
    /** How long a SQLite writer waits for another writer before giving up. */
    public static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(15);

    private DataSources() {
    }

    /**
     * A pool over a SQLite file: WAL journal, foreign keys on, a busy timeout, and {@code BEGIN IMMEDIATE}
     * transactions so writers queue instead of failing mid-transaction. {@code file == null} means a private
     * in-memory database (one connection, kept open for the pool's life).
     */
    public static HikariDataSource sqlite(Path file, int poolSize) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setBusyTimeout((int) SQLITE_BUSY_TIMEOUT.toMillis());
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        HikariConfig hikari = new HikariConfig();
        SQLiteDataSource sqlite = new SQLiteDataSource(config);
        if (file == null) {
            sqlite.setUrl("jdbc:sqlite:file:nm-" + UUID.randomUUID() + "?mode=memory&cache=shared");
            hikari.setMaximumPoolSize(1);
            hikari.setMinimumIdle(1);
            hikari.setMaxLifetime(0);
            hikari.setIdleTimeout(0);
        } else {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            sqlite = new SQLiteDataSource(config);
            sqlite.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
            hikari.setMaximumPoolSize(poolSize);
            hikari.setMinimumIdle(1);
        }
        hikari.setDataSource(sqlite);
        hikari.setPoolName("negotiationmaster-sqlite");
        hikari.setConnectionTimeout(Duration.ofSeconds(30).toMillis());
        return new HikariDataSource(hikari);
    }

    /** A HikariCP pool over PostgreSQL; {@code schema} (may be null) becomes each connection's current schema. */
    public static HikariDataSource postgres(String url, String user, String password, int poolSize, String schema) {
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(url);
        hikari.setUsername(user);
        hikari.setPassword(password);
        hikari.setDriverClassName("org.postgresql.Driver");
        hikari.setMaximumPoolSize(poolSize);
        hikari.setMinimumIdle(Math.min(2, poolSize));
        hikari.setPoolName("negotiationmaster-postgresql");
        hikari.setConnectionTimeout(Duration.ofSeconds(30).toMillis());
        hikari.setInitializationFailTimeout(Duration.ofSeconds(10).toMillis());
        if (schema != null) {
            hikari.setSchema(schema);
        }
        hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        hikari.addDataSourceProperty("ApplicationName", "negotiationmaster");
        return new HikariDataSource(hikari);
    }
}
