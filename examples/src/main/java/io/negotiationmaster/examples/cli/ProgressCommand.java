package io.negotiationmaster.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.User;
import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.ProgressSummary;
import io.negotiationmaster.performance.ProgressView;
import io.negotiationmaster.performance.ScenarioRecommendation;
import io.negotiationmaster.performance.ScoreHistoryPoint;
import io.negotiationmaster.performance.SkillProgress;
import io.negotiationmaster.performance.UserProgress;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.storage.PageRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code progress}: a demo user's progress over the scored sessions (totals, averages, per-skill current value,
 * trend and level, strongest and weakest) and the scenario recommended next, as prose or one JSON document.
 */
@Command(name = "progress", mixinStandardHelpOptions = true,
        description = "Show a demo user's progress over their sessions and the scenario to practise next.")
final class ProgressCommand implements Callable<Integer> {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "negotiationmaster.db",
            description = "SQLite database file the demo played on. Default: ${DEFAULT-VALUE}")
    Path db;

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "demo",
            description = "Demo account, as given to `demo --user`. Default: ${DEFAULT-VALUE}")
    String userName;

    @Option(names = "--json", description = "Print one JSON document instead of prose.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (NegotiationMaster nm = DemoDatabase.open(db)) {
            User user = DemoUsers.signIn(nm, userName);
            ProgressView view = nm.performance().progress(user.id());
            Map<UUID, String> titles = new HashMap<>();
            Map<UUID, String> slugs = new HashMap<>();
            nm.scenarios().list(ScenarioFilter.all(), PageRequest.first(PageRequest.MAX_SIZE)).items()
                    .forEach(s -> {
                        titles.put(s.id(), s.title());
                        slugs.put(s.id(), s.slug());
                    });
            out.println(json ? json(view, titles, slugs) : prose(view, titles, slugs));
        }
        out.flush();
        return 0;
    }

    private String prose(ProgressView view, Map<UUID, String> titles, Map<UUID, String> slugs) {
        StringBuilder s = new StringBuilder();
        UserProgress p = view.progress();
        s.append("== Progress of ").append(userName).append('\n');
        if (p.totalNegotiations() == 0) {
            s.append("No scored session yet: play one with `demo --user ").append(userName).append("`.\n");
        } else {
            s.append(String.format("Sessions: %d scored, %d completed, %d deals; highest difficulty completed: %d%n",
                    p.totalNegotiations(), p.completedNegotiations(), p.successfulDeals(),
                    p.highestDifficultyCompleted()));
            p.lastActivity().ifPresent(t -> s.append("Last activity: ").append(t).append('\n'));
            s.append(String.format("Averages: overall %.1f, claiming value %.1f, creating value %.1f, "
                    + "managing relationships %.1f%n", p.avgOverall(), p.avgClaimingValue(), p.avgCreatingValue(),
                    p.avgManagingRelationships()));
        }
        view.skills().ifPresent(skills -> {
            s.append("\n== Skills\n");
            s.append(String.format("  %-24s %7s  %-10s %-11s %5s %5s%n", "skill", "current", "trend", "level",
                    "best", "first"));
            for (SkillProgress k : skills.skills()) {
                s.append(String.format("  %-24s %7.1f  %-10s %-11s %5.1f %5.1f%n", label(k.dimension()),
                        k.current(), k.trend().code(), k.level().code(), k.best(), k.first()));
            }
            s.append("Strongest: ").append(label(skills.strongest())).append("; to work on: ")
                    .append(label(skills.weakest())).append('\n');
        });
        if (!view.history().isEmpty()) {
            s.append("\n== Sessions\n");
            int i = 1;
            for (ScoreHistoryPoint h : view.history()) {
                s.append(String.format("  %2d. %s  %-28s overall %5.1f (claiming %.1f, creating %.1f, "
                                + "relationships %.1f)%n", i++, h.scoredAt().toString().substring(0, 10),
                        slugs.getOrDefault(h.scenarioId(), h.scenarioId().toString()), h.overall(),
                        h.claimingValue(), h.creatingValue(), h.managingRelationships()));
            }
        }
        s.append("\n== Next\n");
        if (view.recommendation().isPresent()) {
            ScenarioRecommendation r = view.recommendation().get();
            s.append("  ").append(titles.getOrDefault(r.scenario().id(), r.scenario().slug())).append(" (")
                    .append(r.scenario().slug()).append(", difficulty ").append(r.scenario().difficulty())
                    .append(", trains ").append(label(r.scenario().trains())).append(")\n");
            s.append("  ").append(r.reason()).append('\n');
            s.append("  Play it: demo --user ").append(userName).append(" --scenario ").append(r.scenario().slug());
        } else {
            s.append("  No scenario to recommend.");
        }
        return s.toString();
    }

    private String json(ProgressView view, Map<UUID, String> titles, Map<UUID, String> slugs) {
        UserProgress p = view.progress();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("user", userName);
        root.put("totalNegotiations", p.totalNegotiations());
        root.put("completedNegotiations", p.completedNegotiations());
        root.put("successfulDeals", p.successfulDeals());
        root.put("highestDifficultyCompleted", p.highestDifficultyCompleted());
        root.put("lastActivity", p.lastActivity().map(Object::toString).orElse(null));
        ObjectNode averages = root.putObject("averages");
        averages.put("claimingValue", p.avgClaimingValue());
        averages.put("creatingValue", p.avgCreatingValue());
        averages.put("managingRelationships", p.avgManagingRelationships());
        averages.put("overall", p.avgOverall());
        ArrayNode skills = root.putArray("skills");
        view.skills().map(ProgressSummary::skills).orElse(java.util.List.of()).forEach(k -> {
            ObjectNode item = skills.addObject();
            item.put("dimension", k.dimension().code());
            item.put("current", k.current());
            item.put("trend", k.trend().code());
            item.put("level", k.level().code());
            item.put("sessions", k.sessions());
            item.put("first", k.first());
            item.put("best", k.best());
            item.put("average", k.average());
            item.put("lift", k.lift());
            ArrayNode recent = item.putArray("recentScores");
            k.recentScores().forEach(recent::add);
        });
        root.put("strongest", view.skills().map(s -> s.strongest().code()).orElse(null));
        root.put("weakest", view.skills().map(s -> s.weakest().code()).orElse(null));
        ArrayNode history = root.putArray("history");
        for (ScoreHistoryPoint h : view.history()) {
            ObjectNode item = history.addObject();
            item.put("negotiationId", h.negotiationId().toString());
            item.put("scenario", slugs.getOrDefault(h.scenarioId(), h.scenarioId().toString()));
            item.put("scoredAt", h.scoredAt().toString());
            item.put("claimingValue", h.claimingValue());
            item.put("creatingValue", h.creatingValue());
            item.put("managingRelationships", h.managingRelationships());
            item.put("overall", h.overall());
        }
        if (view.recommendation().isPresent()) {
            ScenarioRecommendation r = view.recommendation().get();
            ObjectNode next = root.putObject("recommendation");
            next.put("scenario", r.scenario().slug());
            next.put("title", titles.getOrDefault(r.scenario().id(), r.scenario().slug()));
            next.put("difficulty", r.scenario().difficulty());
            next.put("trains", r.scenario().trains().code());
            next.put("reason", r.reason());
        } else {
            root.putNull("recommendation");
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the progress document", e);
        }
    }

    private static String label(Dimension d) {
        return d.code().replace('_', ' ');
    }
}
