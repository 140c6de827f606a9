package io.negotiationmaster.persistence;

import io.negotiationmaster.error.StorageException;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Where the bundled schema migrations live and how to apply them. {@code NegotiationMaster.builder()} migrates
 * on {@code build()} by default; a host that runs its own migration tooling turns that off and points its
 * Flyway (or any runner that understands {@code V<n>__name.sql}) at {@link #location(Database)}.
 *
 * <p>The history is kept in {@value #HISTORY_TABLE}, not Flyway's default {@code flyway_schema_history}, so a
 * host's own Flyway schema history can live beside ours in the same database schema.
 */
public final class Migrations {

    /** The table in which Flyway records which of our migrations ran. */
    public static final String HISTORY_TABLE = "negotiationmaster_schema_history";

    private Migrations() {
    }

    /** The classpath location of the scripts for {@code database}, e.g. {@code classpath:db/negotiationmaster/sqlite}. */
    public static String location(Database database) {
        return "classpath:db/negotiationmaster/" + database.folder();
    }

    /**
     * Applies every pending migration for {@code database} to {@code dataSource} and returns the schema version
     * reached.
     *
     * @param schema the PostgreSQL schema to migrate, or {@code null} for the connection's current schema
     * @throws StorageException when a migration fails; the failed migration is rolled back
     */
    public static String migrate(DataSource dataSource, Database database, String schema) {
        Objects.requireNonNull(dataSource, "dataSource");
        Objects.requireNonNull(database, "database");
        try {
            MigrateResult result = configure(dataSource, database, schema, null).load().migrate();
            return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        } catch (FlywayException e) {
            throw new StorageException("migrating the NegotiationMaster schema failed: " + e.getMessage(), e);
        }
    }

    /**
     * Migrates up to and including {@code targetVersion} only. For upgrade tests and staged roll-outs.
     *
     * @throws StorageException when a migration fails
     */
    public static String migrateTo(DataSource dataSource, Database database, String schema, String targetVersion) {
        try {
            MigrateResult result = configure(dataSource, database, schema, targetVersion).load().migrate();
            return result.targetSchemaVersion;
        } catch (FlywayException e) {
            throw new StorageException("migrating the NegotiationMaster schema failed: " + e.getMessage(), e);
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration configure(
            DataSource dataSource, Database database, String schema, String target) {
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location(database))
                .table(HISTORY_TABLE)
                .loggers("slf4j")
                .cleanDisabled(true)
                .validateMigrationNaming(true);
        if (schema != null) {
            config = config.schemas(schema).defaultSchema(schema).createSchemas(true);
        }
        if (target != null) {
            config = config.target(target);
        }
        return config;
    }
}
