package io.negotiationmaster.examples.cli;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.persistence.TableStats;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code db migrate|stats|analyze|vacuum|backup}: the seed's maintenance procedures from the command line. */
@Command(name = "db", description = "Database maintenance: migrate, stats, analyze, vacuum, backup.",
        mixinStandardHelpOptions = true,
        subcommands = {DbCommand.Migrate.class, DbCommand.Stats.class, DbCommand.Analyze.class,
                DbCommand.Vacuum.class, DbCommand.Backup.class})
final class DbCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Applies pending migrations (the seed's {@code migrate:latest}). */
    @Command(name = "migrate", description = "Apply pending schema migrations.", mixinStandardHelpOptions = true)
    static final class Migrate implements Runnable {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (NegotiationMaster nm = database.builder().build()) {
                spec.commandLine().getOut().printf("%s is at schema version %s%n", database.describe(),
                        nm.schemaVersion());
            }
        }
    }

    /** Prints row counts and sizes of every table. */
    @Command(name = "stats", description = "Row counts and sizes of the library's tables.",
            mixinStandardHelpOptions = true)
    static final class Stats implements Runnable {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            PrintWriter out = spec.commandLine().getOut();
            try (NegotiationMaster nm = database.builder().build()) {
                out.printf("%-28s %12s %14s%n", "table", "rows", "bytes");
                for (TableStats t : nm.maintenance().tableStats()) {
                    out.printf("%-28s %12d %14s%n", t.table(), t.rows(),
                            t.bytes().isPresent() ? String.valueOf(t.bytes().getAsLong()) : "-");
                }
            }
        }
    }

    /** Refreshes planner statistics. */
    @Command(name = "analyze", description = "Refresh the query planner's statistics.",
            mixinStandardHelpOptions = true)
    static final class Analyze implements Runnable {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (NegotiationMaster nm = database.builder().build()) {
                nm.maintenance().analyze();
                spec.commandLine().getOut().println("analyzed " + database.describe());
            }
        }
    }

    /** Reclaims space. */
    @Command(name = "vacuum", description = "Reclaim space from deleted rows.", mixinStandardHelpOptions = true)
    static final class Vacuum implements Runnable {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (NegotiationMaster nm = database.builder().build()) {
                nm.maintenance().vacuum();
                spec.commandLine().getOut().println("vacuumed " + database.describe());
            }
        }
    }

    /** Online backup of a SQLite database. */
    @Command(name = "backup", description = "Write a consistent copy of a SQLite database to a new file.",
            mixinStandardHelpOptions = true)
    static final class Backup implements Runnable {
        @Mixin
        DatabaseOptions database = new DatabaseOptions();
        @Parameters(paramLabel = "TARGET", description = "The backup file to create (must not exist).")
        Path target;
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            try (NegotiationMaster nm = database.builder().build()) {
                Path written = nm.maintenance().backupTo(target);
                spec.commandLine().getOut().println("backed up " + database.describe() + " to " + written);
            }
        }
    }
}
