package io.negotiationmaster.persistence;

import java.util.Locale;

/** The databases the library runs on, each with its own bundled migration scripts. */
public enum Database {
    /** Embedded SQLite: a file (or memory) database, one writer at a time. For development and single hosts. */
    SQLITE,
    /** PostgreSQL: the production database, pooled and shared by many host instances. */
    POSTGRESQL;

    /** The folder name of this database's scripts, {@code "sqlite"} or {@code "postgresql"}. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Recognises a database from a JDBC product name or URL, e.g. {@code "SQLite"}, {@code "jdbc:postgresql:…"}. */
    public static Database detect(String productNameOrUrl) {
        String s = productNameOrUrl.toLowerCase(Locale.ROOT);
        if (s.contains("sqlite")) {
            return SQLITE;
        }
        if (s.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database: " + productNameOrUrl
                + " (NegotiationMaster runs on SQLite and PostgreSQL)");
    }
}
