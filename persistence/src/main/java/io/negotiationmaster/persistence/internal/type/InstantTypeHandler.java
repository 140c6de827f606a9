package io.negotiationmaster.persistence.internal.type;

import io.negotiationmaster.persistence.Database;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Instants as {@code timestamptz} on PostgreSQL and, on SQLite, as fixed-width UTC text
 * ({@code 2026-12-03T16:36:48.123Z}) — the same shape as the schema's defaults, so text order is time order.
 */
public final class InstantTypeHandler extends BaseTypeHandler<Instant> {
    /** The SQLite text form: millisecond precision, always three fraction digits. */
    public static final DateTimeFormatter SQLITE_FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.MILLI_OF_SECOND, 3, 3, true)
            .appendLiteral('Z')
            .toFormatter()
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SQLITE_LENIENT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd")
            .optionalStart().appendLiteral('T').optionalEnd()
            .optionalStart().appendLiteral(' ').optionalEnd()
            .appendPattern("HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .optionalStart().appendLiteral('Z').optionalEnd()
            .toFormatter();

    private final boolean postgres;

    /** @param database decides the column representation */
    public InstantTypeHandler(Database database) {
        this.postgres = database == Database.POSTGRESQL;
    }

    /** Formats an instant the way SQLite columns store it (truncated to milliseconds). */
    public static String sqliteText(Instant instant) {
        return SQLITE_FORMAT.format(instant);
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Instant value, JdbcType jdbcType) throws SQLException {
        if (postgres) {
            ps.setObject(i, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        } else {
            ps.setString(i, sqliteText(value));
        }
    }

    @Override
    public Instant getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return postgres ? fromOffset(rs.getObject(columnName, OffsetDateTime.class)) : parse(rs.getString(columnName));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return postgres ? fromOffset(rs.getObject(columnIndex, OffsetDateTime.class)) : parse(rs.getString(columnIndex));
    }

    @Override
    public Instant getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return postgres ? fromOffset(cs.getObject(columnIndex, OffsetDateTime.class)) : parse(cs.getString(columnIndex));
    }

    private static Instant fromOffset(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    /** Reads SQLite text written by us or by SQLite's own date functions (always UTC). */
    static Instant parse(String text) {
        if (text == null) {
            return null;
        }
        return LocalDateTime.parse(text.trim(), SQLITE_LENIENT).toInstant(ZoneOffset.UTC);
    }
}
