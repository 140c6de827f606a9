package io.negotiationmaster.examples.cli;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.coaching.WhatIf;
import io.negotiationmaster.examples.report.WhatIfData;
import io.negotiationmaster.performance.OfferPoint;
import io.negotiationmaster.examples.report.HtmlReport;
import io.negotiationmaster.examples.report.ReportData;
import io.negotiationmaster.account.User;
import io.negotiationmaster.error.NegotiationMasterException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.StorageException;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.scenario.ScenarioView;
import io.negotiationmaster.storage.PageRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code demo}: plays one negotiation on a SQLite file, interactively or from a script, and prints the
 * performance report as prose or as one JSON document.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Negotiate against an AI counterpart (interactively or from a script), then see your report.")
final class DemoCommand implements Callable<Integer> {
    /** The scenario a script plays when none is named. */
    static final String DEFAULT_SCRIPT_SCENARIO = "used-car-honda-accord";

    private final InputStream in;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "negotiationmaster.db",
            description = "SQLite database file (created, migrated and given the catalog). Default: ${DEFAULT-VALUE}")
    Path db;

    @Option(names = "--scenario", paramLabel = "SLUG", description = "The scenario to play (see `scenarios`).")
    String scenario;

    @Option(names = "--script", paramLabel = "FILE|-",
            description = "Replay the lines of FILE (or stdin for -) instead of asking; blank and # lines skipped.")
    String script;

    @Option(names = "--json", description = "Print one JSON document (transcript and report) instead of prose.")
    boolean json;

    @Option(names = "--seed", paramLabel = "N", description = "Seed of the counterpart (replayable runs).")
    Long seed;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "demo",
            description = "Demo account (registered as NAME@demo.invalid on first use). Default: ${DEFAULT-VALUE}")
    String userName;

    @Option(names = "--report", paramLabel = "FILE.html",
            description = "Also write the report as one self-contained HTML page: charts, coaching, transcript.")
    Path reportFile;

    @Spec
    CommandSpec spec;

    DemoCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Optional<List<ChatLine>> scripted = script == null ? Optional.empty() : Optional.of(readScript());
        Lines lines = scripted.<Lines>map(ScriptLines::new)
                .orElseGet(() -> new ConsoleLines(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
                        out));
        try (NegotiationMaster nm = DemoDatabase.open(db)) {
            User user = DemoUsers.signInOrRegister(nm, userName);
            ScenarioView chosen = chooseScenario(nm, lines, out);
            Negotiation started = seed == null
                    ? nm.negotiations().start(user.id(), chosen.slug())
                    : nm.negotiations().start(user.id(), chosen.slug(), seed);
            DemoProse prose = new DemoProse(out, chosen.counterpart().name());
            if (!json) {
                prose.intro(chosen, nm.negotiations().history(user.id(), started.id()));
            }
            chat(nm, user.id(), started, lines, prose);
            PerformanceReport report = finish(nm, user.id(), started.id());
            Negotiation ended = nm.negotiations().get(user.id(), started.id());
            List<Message> transcript = nm.negotiations().history(user.id(), started.id());
            List<WhatIf> whatIfs = nm.coaching().whatIfs(user.id(), started.id());
            Optional<Path> written = reportFile == null ? Optional.empty()
                    : Optional.of(writeReport(nm, user, chosen, ended, transcript, report, whatIfs));
            if (json) {
                out.println(DemoJson.document(chosen, ended, transcript, report, whatIfs, written));
            } else {
                prose.report(ended, report);
                prose.whatIfs(whatIfs);
                written.ifPresent(prose::reportWritten);
            }
        }
        out.flush();
        return 0;
    }

    /** The performance facet's final report; the one call into it. */
    private static PerformanceReport finish(NegotiationMaster nm, UUID userId, UUID negotiationId) {
        return nm.performance().finish(userId, negotiationId);
    }

    /** Both sides' offers in the what-if's simulated run (in memory, nothing stored). */
    private static List<OfferPoint> simulatedPath(NegotiationMaster nm, WhatIf w) {
        return nm.coaching().simulate(w.scenarioSlug(), w.seed(), w.script(), nm.clock().instant()).messages()
                .stream().filter(m -> m.offer().isPresent())
                .map(m -> new OfferPoint(m.seq(), m.sender(), m.offer().get().amount())).toList();
    }

    /** Writes the HTML report and returns its absolute path. */
    private Path writeReport(NegotiationMaster nm, User user, ScenarioView scenario, Negotiation ended,
                             List<Message> transcript, PerformanceReport report, List<WhatIf> whatIfs) {
        Map<UUID, String> titles = new HashMap<>();
        nm.scenarios().list(ScenarioFilter.all(), PageRequest.first(PageRequest.MAX_SIZE)).items()
                .forEach(s -> titles.put(s.id(), s.title()));
        ReportData data = new ReportData(userName, scenario, ended, transcript, report,
                nm.performance().chart(user.id(), ended.id()), nm.performance().progress(user.id()), titles,
                whatIfs.stream().map(w -> new WhatIfData(w, simulatedPath(nm, w))).toList());
        Path target = reportFile.toAbsolutePath().normalize();
        try {
            new HtmlReport().write(data, target);
        } catch (UncheckedIOException e) {
            throw new BadInputException("cannot write the report to " + target + ": " + e.getCause().getMessage());
        }
        return target;
    }

    private void chat(NegotiationMaster nm, UUID userId, Negotiation started, Lines lines, DemoProse prose) {
        Negotiation current = started;
        while (current.inProgress()) {
            Optional<ChatLine> next = lines.next();
            if (next.isEmpty()) {
                return;
            }
            ChatLine line = next.get();
            if (line.command().isEmpty()) {
                Turn turn = attempt(() -> nm.negotiations().say(userId, started.id(), line.text()), lines, prose);
                current = turn == null ? current : turn.negotiation();
                continue;
            }
            switch (line.command().get()) {
                case OFFER -> {
                    if (!json) {
                        prose.offers(current);
                    }
                }
                case HELP -> {
                    if (!json) {
                        prose.help();
                    }
                }
                case END -> {
                    return;
                }
                case ACCEPT -> {
                    Turn turn = attempt(() -> nm.negotiations().accept(userId, started.id()), lines, prose);
                    current = turn == null ? current : turn.negotiation();
                }
                case WALK -> {
                    Turn turn = attempt(() -> nm.negotiations().walkAway(userId, started.id()), lines, prose);
                    current = turn == null ? current : turn.negotiation();
                    if (current.inProgress() && !json) {
                        prose.lastChance();
                    }
                }
                default -> throw new IllegalStateException("unhandled command " + line.command().get());
            }
        }
    }

    /**
     * Runs one turn and shows it. A refused turn (e.g. accepting when no offer stands) ends a script with exit 2;
     * interactively it is shown and the person may go on, so the result is then null.
     */
    private Turn attempt(java.util.function.Supplier<Turn> action, Lines lines, DemoProse prose) {
        try {
            Turn turn = action.get();
            if (!json) {
                prose.turn(turn, lines.echoes());
            }
            return turn;
        } catch (NegotiationMasterException e) {
            if (e instanceof StorageException || lines.echoes()) {
                throw e;
            }
            prose.refused(e.getMessage());
            return null;
        }
    }

    private ScenarioView chooseScenario(NegotiationMaster nm, Lines lines, PrintWriter out) {
        if (scenario != null) {
            return bySlug(nm, scenario);
        }
        if (lines.echoes()) {
            return bySlug(nm, DEFAULT_SCRIPT_SCENARIO);
        }
        List<ScenarioView> all = nm.scenarios().list(ScenarioFilter.all(), PageRequest.first(50)).items();
        out.println("Scenarios:");
        for (int i = 0; i < all.size(); i++) {
            ScenarioView s = all.get(i);
            out.printf("%3d. [difficulty %d] %s — %s%n", i + 1, s.difficulty(), s.title(),
                    ScenariosCommand.oneLine(s.description()));
        }
        while (true) {
            out.print("Pick a scenario (number or slug): ");
            out.flush();
            Optional<String> answer = lines.raw();
            if (answer.isEmpty()) {
                throw new BadInputException("no scenario chosen");
            }
            String pick = answer.get().strip();
            if (pick.matches("\\d+") && Integer.parseInt(pick) >= 1 && Integer.parseInt(pick) <= all.size()) {
                return all.get(Integer.parseInt(pick) - 1);
            }
            for (ScenarioView s : all) {
                if (s.slug().equals(pick)) {
                    return s;
                }
            }
            out.println("No scenario '" + pick + "'.");
        }
    }

    private static ScenarioView bySlug(NegotiationMaster nm, String slug) {
        try {
            return nm.scenarios().getBySlug(slug);
        } catch (NotFoundException e) {
            throw new BadInputException("no scenario '" + slug + "' (run `scenarios` for the catalog)");
        }
    }

    private List<ChatLine> readScript() {
        List<String> raw;
        try {
            raw = "-".equals(script)
                    ? new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()
                    : Files.readAllLines(Path.of(script), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BadInputException("script file not found: " + script);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read script " + script, e);
        }
        List<ChatLine> parsed = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            if (ChatLine.skipped(raw.get(i))) {
                continue;
            }
            try {
                parsed.add(ChatLine.parse(raw.get(i)));
            } catch (BadInputException e) {
                throw new BadInputException("script line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return List.copyOf(parsed);
    }

    /** Where the person's lines come from. */
    private interface Lines {
        /** The next chat line, or empty at the end. */
        Optional<ChatLine> next();

        /** The next raw answer (scenario choice), or empty at the end. */
        Optional<String> raw();

        /** Whether the user's lines should be echoed (they were not typed). */
        boolean echoes();
    }

    /** A script's lines, parsed up front. */
    private static final class ScriptLines implements Lines {
        private final List<ChatLine> lines;
        private int position;

        ScriptLines(List<ChatLine> lines) {
            this.lines = lines;
        }

        @Override
        public Optional<ChatLine> next() {
            return position < lines.size() ? Optional.of(lines.get(position++)) : Optional.empty();
        }

        @Override
        public Optional<String> raw() {
            return next().map(ChatLine::text);
        }

        @Override
        public boolean echoes() {
            return true;
        }
    }

    /** Lines typed at a prompt; unknown commands are explained and asked again. */
    private static final class ConsoleLines implements Lines {
        private final BufferedReader reader;
        private final PrintWriter out;

        ConsoleLines(BufferedReader reader, PrintWriter out) {
            this.reader = reader;
            this.out = out;
        }

        @Override
        public Optional<ChatLine> next() {
            while (true) {
                out.print("you> ");
                out.flush();
                Optional<String> line = raw();
                if (line.isEmpty()) {
                    return Optional.empty();
                }
                if (line.get().isBlank()) {
                    continue;
                }
                try {
                    return Optional.of(ChatLine.parse(line.get()));
                } catch (BadInputException e) {
                    out.println(e.getMessage());
                }
            }
        }

        @Override
        public Optional<String> raw() {
            try {
                return Optional.ofNullable(reader.readLine());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the console", e);
            }
        }

        @Override
        public boolean echoes() {
            return false;
        }
    }
}
