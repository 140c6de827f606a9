package io.negotiationmaster.examples.cli;

import io.negotiationmaster.NegotiationMaster;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the data lives: an embedded SQLite file by default, or a PostgreSQL server. */
final class DatabaseOptions {
    @Option(names = "--db", paramLabel = "PATH", defaultValue = "negotiationmaster.db",
            description = "SQLite database file (created and migrated on first use). Default: ${DEFAULT-VALUE}")
    Path db;

    @Option(names = "--url", paramLabel = "JDBC_URL", description = "PostgreSQL JDBC URL instead of --db.")
    String url;

    @Option(names = "--user", paramLabel = "USER", defaultValue = "postgres", description = "PostgreSQL user.")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD", defaultValue = "", description = "PostgreSQL password.")
    String password;

    /** A builder pointed at the chosen database. */
    NegotiationMaster.Builder builder() {
        NegotiationMaster.Builder b = NegotiationMaster.builder();
        return url != null ? b.postgres(url, user, password) : b.sqlite(db);
    }

    /** A human name for the chosen database. */
    String describe() {
        return url != null ? url : db.toAbsolutePath().toString();
    }
}
