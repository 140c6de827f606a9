package io.negotiationmaster.persistence;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * Size of one of the library's tables.
 *
 * @param table the table name
 * @param rows the number of rows
 * @param bytes the space it takes with its indexes, when the database can tell
 */
public record TableStats(String table, long rows, OptionalLong bytes) {
    /** Validates the fields. */
    public TableStats {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(bytes, "bytes");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be 0 or more, was " + rows);
        }
    }
}
