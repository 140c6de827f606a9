package io.negotiationmaster.persistence;

import io.negotiationmaster.error.StorageException;
import io.negotiationmaster.error.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import javax.sql.DataSource;

/**
 * The seed's maintenance procedures for the library's own tables: sizes and row counts, statistics refresh
 * ({@code ANALYZE}), space reclaim ({@code VACUUM}, on PostgreSQL {@code VACUUM ANALYZE}) and an online backup
 * of a SQLite database to a file. Slow-statement logging is configured on the builder
 * ({@code slowStatementThreshold}) and logs through SLF4J logger {@code io.negotiationmaster.sql.slow}.
 */
public final class Maintenance {
    /** Every table the library owns, in migration order. */
    public static final List<String> TABLES = List.of("users", "scenarios", "negotiations", "messages", "feedback",
            "user_progress", "refresh_tokens", "ai_characters", "ai_responses", "negotiation_moves",
            "negotiation_performance", "performance_milestones", "user_performance_progress");

    private final DataSource dataSource;
    private final Database database;

    /** Used by the entry point; hosts get an instance from {@code NegotiationMaster.maintenance()}. */
    public Maintenance(DataSource dataSource, Database database) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Row counts and, where the database reports it, on-disk size of every library table. */
    public List<TableStats> tableStats() {
        List<TableStats> stats = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                // table names come from the fixed list above, never from input
                long rows;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                stats.add(new TableStats(table, rows, size(c, table)));
            }
        } catch (SQLException e) {
            throw new StorageException("reading table statistics failed: " + e.getMessage(), e);
        }
        return List.copyOf(stats);
    }

    private OptionalLong size(Connection c, String table) {
        String sql = database == Database.POSTGRESQL
                ? "SELECT pg_total_relation_size(to_regclass(?))"
                : "SELECT SUM(pgsize) FROM dbstat WHERE name = ? OR name IN "
                        + "(SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            if (database == Database.SQLITE) {
                ps.setString(2, table);
            }
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    long bytes = rs.getLong(1);
                    return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(bytes);
                }
                return OptionalLong.empty();
            }
        } catch (SQLException notAvailable) {
            // SQLite builds without the dbstat table cannot tell sizes; row counts still stand
            return OptionalLong.empty();
        }
    }

    /** Refreshes the query planner's statistics ({@code ANALYZE}). */
    public void analyze() {
        execute("ANALYZE", "analyze");
    }

    /** Reclaims space from deleted rows: {@code VACUUM} on SQLite, {@code VACUUM ANALYZE} on PostgreSQL. */
    public void vacuum() {
        execute(database == Database.POSTGRESQL ? "VACUUM ANALYZE" : "VACUUM", "vacuum");
    }

    /**
     * Writes a consistent copy of a SQLite database to {@code target} while the library keeps running
     * ({@code VACUUM INTO}). The file must not exist yet.
     *
     * @throws ValidationException on PostgreSQL (use {@code pg_dump} or the server's own backups) or when the
     *     target exists
     */
    public Path backupTo(Path target) {
        Objects.requireNonNull(target, "target");
        if (database != Database.SQLITE) {
            throw new ValidationException("database",
                    "backupTo works on SQLite only; back PostgreSQL up with pg_dump or the server's own backups");
        }
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new ValidationException("target", "backup target already exists: " + absolute);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, absolute.toString());
            ps.execute();
            return absolute;
        } catch (SQLException e) {
            throw new StorageException("backup to " + absolute + " failed: " + e.getMessage(), e);
        }
    }

    private void execute(String sql, String what) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(true);
            try {
                s.execute(sql);
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new StorageException(what + " failed: " + e.getMessage(), e);
        }
    }
}
