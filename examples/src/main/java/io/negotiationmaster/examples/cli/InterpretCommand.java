package io.negotiationmaster.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationmaster.engine.understanding.AmountMention;
import io.negotiationmaster.engine.understanding.MessageReader;
import io.negotiationmaster.engine.understanding.Reading;
import io.negotiationmaster.engine.understanding.ReadingContext;
import io.negotiationmaster.negotiation.MoveType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interpret}: how the engine reads messages (amounts and moves), one stdin line at a time; no database. */
@Command(name = "interpret", mixinStandardHelpOptions = true,
        description = "Show how the counterpart reads each stdin line: amounts (value, issue, kind) and moves.")
final class InterpretCommand implements Callable<Integer> {
    private final InputStream in;

    /** The reference price without {@code --scenario} or {@code --reference-price}. */
    static final BigDecimal DEFAULT_REFERENCE_PRICE = new BigDecimal("20000");

    /** Where the bundled catalog's scenario documents live on the class path. */
    private static final String CATALOG = "/io/negotiationmaster/scenario/catalog/";

    @Option(names = "--scenario", paramLabel = "SLUG",
            description = "Read against this bundled scenario's currency and opening price (no database needed).")
    String scenario;

    @Option(names = "--reference-price", paramLabel = "AMOUNT",
            description = "The price amounts are judged against (e.g. to read 21.5k). Default: the scenario's "
                    + "opening, else 20000.")
    BigDecimal referencePrice;

    @Option(names = "--jsonl", description = "One JSON object per line in and out ({text, referencePrice} accepted).")
    boolean jsonl;

    @Spec
    CommandSpec spec;

    InterpretCommand(InputStream in) {
        this.in = in;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        MessageReader reader = MessageReader.create();
        ObjectMapper mapper = new ObjectMapper();
        Currency currency = Currency.getInstance("USD");
        BigDecimal defaultReference = DEFAULT_REFERENCE_PRICE;
        if (scenario != null) {
            JsonNode issues = bundledScenario(mapper).path("scenario").path("scenario_variables").path("issues");
            currency = Currency.getInstance(issues.path("currency").asText("USD"));
            if (issues.path("main").path("opening").isNumber()) {
                defaultReference = issues.path("main").path("opening").decimalValue();
            }
        }
        if (referencePrice != null) {
            defaultReference = referencePrice;
        }
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String text = line;
            BigDecimal reference = defaultReference;
            if (jsonl && line.stripLeading().startsWith("{")) {
                JsonNode node = parse(mapper, line, number);
                if (!node.path("text").isTextual()) {
                    throw new BadInputException("line " + number + ": a JSON line needs a \"text\" string");
                }
                text = node.get("text").asText();
                if (node.hasNonNull("referencePrice")) {
                    reference = node.get("referencePrice").decimalValue();
                }
            }
            Reading reading = reader.read(text, ReadingContext.price(currency, reference));
            if (jsonl) {
                out.println(mapper.writeValueAsString(json(mapper, text, reading)));
            } else {
                out.println("> " + text);
                for (AmountMention a : reading.amounts()) {
                    out.printf("  amount %s  issue=%s  kind=%s%n", a.value().toPlainString(),
                            a.issue().orElse("-"), a.kind().name().toLowerCase(Locale.ROOT));
                }
                out.println("  moves: " + (reading.moves().isEmpty() ? "-"
                        : reading.moves().stream().map(MoveType::code).collect(Collectors.joining(", "))));
            }
        }
        out.flush();
        return 0;
    }

    private JsonNode bundledScenario(ObjectMapper mapper) throws IOException {
        if (!scenario.matches("[a-z0-9-]+")) {
            throw new BadInputException("no bundled scenario '" + scenario + "'");
        }
        try (InputStream document = InterpretCommand.class.getResourceAsStream(CATALOG + scenario + ".json")) {
            if (document == null) {
                throw new BadInputException("no bundled scenario '" + scenario + "' (run `scenarios` for the catalog)");
            }
            return mapper.readTree(document);
        }
    }

    private static JsonNode parse(ObjectMapper mapper, String line, int number) {
        try {
            return mapper.readTree(line);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new BadInputException("line " + number + ": not JSON: " + e.getOriginalMessage());
        }
    }

    private static ObjectNode json(ObjectMapper mapper, String text, Reading reading) {
        ObjectNode node = mapper.createObjectNode();
        node.put("text", text);
        ArrayNode amounts = node.putArray("amounts");
        for (AmountMention a : reading.amounts()) {
            ObjectNode item = amounts.addObject();
            item.put("value", a.value());
            item.put("issue", a.issue().orElse(null));
            item.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
        }
        ArrayNode moves = node.putArray("moves");
        reading.moves().stream().map(MoveType::code).forEach(moves::add);
        return node;
    }
}
