package io.negotiationmaster.persistence.internal.type;

import io.negotiationmaster.persistence.Database;
import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/** UUIDs as native {@code uuid} on PostgreSQL and as canonical text on SQLite. */
public final class UuidTypeHandler extends BaseTypeHandler<UUID> {
    private final boolean nativeUuid;

    /** @param database decides the column representation */
    public UuidTypeHandler(Database database) {
        this.nativeUuid = database == Database.POSTGRESQL;
    }

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, UUID value, JdbcType jdbcType) throws SQLException {
        if (nativeUuid) {
            ps.setObject(i, value);
        } else {
            ps.setString(i, value.toString());
        }
    }

    @Override
    public UUID getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toUuid(rs.getObject(columnName));
    }

    @Override
    public UUID getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toUuid(rs.getObject(columnIndex));
    }

    @Override
    public UUID getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toUuid(cs.getObject(columnIndex));
    }

    private static UUID toUuid(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof UUID uuid ? uuid : UUID.fromString(value.toString());
    }
}
