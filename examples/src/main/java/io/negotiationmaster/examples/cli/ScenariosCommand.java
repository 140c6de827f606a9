package io.negotiationmaster.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.scenario.ScenarioView;
import io.negotiationmaster.storage.PageRequest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code scenarios}: the installed catalog, as a table or a JSON array. */
@Command(name = "scenarios", mixinStandardHelpOptions = true, description = "List the scenario catalog.")
final class ScenariosCommand implements Callable<Integer> {
    private static final int ONE_LINE = 100;

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "negotiationmaster.db",
            description = "SQLite database file (created, migrated and given the catalog). Default: ${DEFAULT-VALUE}")
    Path db;

    @Option(names = "--json", description = "Print a JSON array instead of a table.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        List<ScenarioView> all;
        try (NegotiationMaster nm = DemoDatabase.open(db)) {
            all = nm.scenarios().list(ScenarioFilter.all(), PageRequest.first(50)).items();
        }
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ArrayNode array = mapper.createArrayNode();
            for (ScenarioView s : all) {
                ObjectNode node = array.addObject();
                node.put("slug", s.slug());
                node.put("difficulty", s.difficulty());
                node.put("title", s.title());
                node.put("counterpart", s.counterpart().name());
                node.put("counterpartRole", s.counterpart().role());
                node.put("description", oneLine(s.description()));
            }
            out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(array));
        } else {
            out.printf("%-36s %4s  %-44s %s%n", "slug", "diff", "title", "counterpart");
            for (ScenarioView s : all) {
                out.printf("%-36s %4d  %-44s %s (%s)%n", s.slug(), s.difficulty(), s.title(),
                        s.counterpart().name(), s.counterpart().role());
                out.println("    " + oneLine(s.description()));
            }
        }
        out.flush();
        return 0;
    }

    /** The first sentence of {@code text}, cut to one line. */
    static String oneLine(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        int end = flat.indexOf(". ");
        String first = end < 0 ? flat : flat.substring(0, end + 1);
        return first.length() <= ONE_LINE ? first : first.substring(0, ONE_LINE - 1) + "…";
    }
}
