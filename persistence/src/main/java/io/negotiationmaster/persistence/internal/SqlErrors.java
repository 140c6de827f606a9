package io.negotiationmaster.persistence.internal;

import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NegotiationMasterException;
import io.negotiationmaster.error.StorageException;
import io.negotiationmaster.error.ValidationException;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the drivers throw into the library's typed exceptions: a unique violation becomes a
 * {@link ConflictException} naming the field ({@code email}, {@code username}, {@code slug}), a foreign-key
 * violation a {@link ValidationException}, a lost race a {@link ConflictException} on {@code version}, anything
 * else a {@link StorageException}. Library exceptions raised inside the work pass through unchanged.
 */
public final class SqlErrors {
    private static final Pattern PG_KEY = Pattern.compile("Key \\(([^)]+)\\)");
    private static final Pattern SQLITE_UNIQUE = Pattern.compile("UNIQUE constraint failed: ([\\w.]+(?:, [\\w.]+)*)");

    private SqlErrors() {
    }

    /** The typed exception for {@code failure}, which may wrap a {@link SQLException} at any depth. */
    public static RuntimeException translate(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NegotiationMasterException nme) {
                return nme;
            }
            if (t instanceof SQLException sql) {
                return translateSql(sql);
            }
        }
        if (failure instanceof RuntimeException runtime && !(failure.getClass().getName().startsWith("org.apache.ibatis"))) {
            return runtime;
        }
        return new StorageException("database operation failed: " + failure.getMessage(), failure);
    }

    private static RuntimeException translateSql(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String message = e.getMessage() == null ? "" : e.getMessage();
        if ("23505".equals(state)) {
            return unique(field(PG_KEY.matcher(message)), e);
        }
        Matcher sqliteUnique = SQLITE_UNIQUE.matcher(message);
        if (sqliteUnique.find()) {
            String columns = sqliteUnique.group(1);
            String first = columns.split(", ")[0];
            return unique(first.substring(first.indexOf('.') + 1), e);
        }
        if ("23503".equals(state) || message.contains("FOREIGN KEY constraint failed")) {
            return new ValidationException("reference", "a referenced record does not exist: " + firstLine(message));
        }
        if ("40001".equals(state) || "40P01".equals(state)) {
            return new ConflictException("version", "a concurrent change won the race; try again", e);
        }
        if (message.contains("SQLITE_BUSY") || message.contains("database is locked")) {
            return new ConflictException("version", "the database is busy with another writer; try again", e);
        }
        return new StorageException("database operation failed: " + firstLine(message), e);
    }

    private static ConflictException unique(String field, SQLException cause) {
        String name = field == null ? "value" : field;
        return new ConflictException(name, name + " is already taken", cause);
    }

    private static String field(Matcher m) {
        if (!m.find()) {
            return null;
        }
        String columns = m.group(1);
        String last = columns.contains(",") ? columns.substring(columns.lastIndexOf(',') + 1).trim() : columns;
        return last.replace("lower(", "").replace(")", "").replace("\"", "");
    }

    private static String firstLine(String message) {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
