package io.negotiationmaster.examples.cli;

import io.negotiationmaster.error.NegotiationMasterException;
import io.negotiationmaster.error.StorageException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The examples jar's command line ({@code java -jar examples/target/negotiationmaster-examples.jar}).
 * Exit codes: 0 success, 2 bad usage or input (one line saying why), 1 unexpected failure.
 */
@Command(name = "negotiationmaster", mixinStandardHelpOptions = true, version = "NegotiationMaster 0.1.0",
        description = "Practise negotiations against an AI counterpart, on an embedded SQLite file or PostgreSQL.",
        subcommands = {DemoCommand.class, ScenariosCommand.class, InterpretCommand.class, DbCommand.class})
public final class NegotiationMasterCli implements Runnable {
    /** Exit code for bad usage or input. */
    public static final int BAD_INPUT = 2;
    /** Exit code for an unexpected failure. */
    public static final int FAILURE = 1;

    @Option(names = "--verbose", description = "Log more (SLF4J debug).", scope = CommandLine.ScopeType.INHERIT)
    void verbose(boolean verbose) {
        if (verbose) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
        }
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the command line and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                System.in));
    }

    /** Runs the command line in-process (for tests and hosts) and returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, java.io.InputStream in) {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        CommandLine cli = new CommandLine(new NegotiationMasterCli(), new CliFactory(in));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof BadInputException
                    || e instanceof NegotiationMasterException && !(e instanceof StorageException)
                    || e instanceof IllegalArgumentException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return BAD_INPUT;
            }
            if (e instanceof StorageException) {
                commandLine.getErr().println("error: " + e.getMessage());
                return FAILURE;
            }
            commandLine.getErr().println("unexpected failure: " + e);
            e.printStackTrace(commandLine.getErr());
            return FAILURE;
        });
        cli.setParameterExceptionHandler((e, args1) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("(see --help)");
            return BAD_INPUT;
        });
        return cli.execute(args);
    }
}
