package io.negotiationmaster.persistence.internal.type;

import io.negotiationmaster.error.CorruptDataException;
import io.negotiationmaster.error.NegotiationMasterException;
import io.negotiationmaster.persistence.Database;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * A typed value stored as JSON: {@code jsonb} on PostgreSQL, checked text on SQLite. A stored value that does not
 * parse raises {@link CorruptDataException} naming the table, the column and the row id, never a silent null.
 *
 * @param <T> the Java type of the column
 */
public final class JsonTypeHandler<T> extends BaseTypeHandler<T> {
    private final Class<T> type;
    private final JsonCodec mapper;
    private final boolean postgres;

    /** @param type the Java type; @param mapper the library's JSON form; @param database the column representation */
    public JsonTypeHandler(Class<T> type, JsonCodec mapper, Database database) {
        this.type = type;
        this.mapper = mapper;
        this.postgres = database == Database.POSTGRESQL;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, T value, JdbcType jdbcType) throws SQLException {
        String json = mapper.write(value);
        if (postgres) {
            ps.setObject(i, json, Types.OTHER);
        } else {
            ps.setString(i, json);
        }
    }

    @Override
    public T getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return read(rs.getString(columnName), rs, rs.findColumn(columnName));
    }

    @Override
    public T getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return read(rs.getString(columnIndex), rs, columnIndex);
    }

    @Override
    public T getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return read(cs.getString(columnIndex), null, columnIndex);
    }

    private T read(String json, ResultSet rs, int columnIndex) throws SQLException {
        if (json == null) {
            return null;
        }
        try {
            return mapper.read(json, type);
        } catch (NegotiationMasterException | IllegalArgumentException e) {
            throw new CorruptDataException(describe(rs, columnIndex) + " does not hold valid JSON for "
                    + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    private static String describe(ResultSet rs, int columnIndex) throws SQLException {
        if (rs == null) {
            return "column " + columnIndex;
        }
        ResultSetMetaData meta = rs.getMetaData();
        String table = baseTable(meta, columnIndex);
        String column = meta.getColumnName(columnIndex);
        String id = "?";
        try {
            id = rs.getString("id");
        } catch (SQLException noIdColumn) {
            // the query did not select an id; the table and column still locate the problem
            id = "(id not selected)";
        }
        return "table " + table + ", column " + column + ", id " + id;
    }

    private static String baseTable(ResultSetMetaData meta, int columnIndex) throws SQLException {
        try {
            if (meta.isWrapperFor(org.postgresql.PGResultSetMetaData.class)) {
                return meta.unwrap(org.postgresql.PGResultSetMetaData.class).getBaseTableName(columnIndex);
            }
        } catch (SQLException | LinkageError e) {
            // fall back to the standard call below
        }
        String table = meta.getTableName(columnIndex);
        return table == null || table.isEmpty() ? "?" : table;
    }
}
