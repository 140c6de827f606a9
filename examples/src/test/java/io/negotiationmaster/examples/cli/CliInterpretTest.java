package io.negotiationmaster.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliInterpretTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private List<JsonNode> interpretJsonl(String stdin) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = NegotiationMasterCli.run(new String[] {"interpret", "--jsonl"}, new PrintWriter(out, true),
                new PrintWriter(err, true), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        assertThat(exit).as(err.toString()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            lines.add(mapper.readTree(line));
        }
        return lines;
    }

    @Test
    void dollarAmountAndKShorthandBothReadAs21500() throws IOException {
        List<JsonNode> lines = interpretJsonl("I can pay $21,500.\n{\"text\": \"How about 21.5k?\", \"referencePrice\": 24500}\n");

        assertThat(lines).hasSize(2);
        for (JsonNode line : lines) {
            assertThat(line.path("amounts").size()).as(line.toString()).isPositive();
            assertThat(line.path("amounts").get(0).path("value").decimalValue())
                    .isEqualByComparingTo(new BigDecimal("21500"));
            assertThat(line.path("amounts").get(0).path("kind").asText()).isNotBlank();
            assertThat(line.path("moves").isArray()).isTrue();
        }
    }

    @Test
    void scenarioSetsTheReferencePriceFromTheBundledCatalog() {
        StringWriter out = new StringWriter();
        int exit = NegotiationMasterCli.run(new String[] {"interpret", "--scenario", "used-car-honda-accord"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true),
                new ByteArrayInputStream("Would you take 23.9?\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("amount 23900");
    }

    @Test
    void unknownScenarioExitsTwo() {
        StringWriter err = new StringWriter();
        int exit = NegotiationMasterCli.run(new String[] {"interpret", "--scenario", "nope"},
                new PrintWriter(new StringWriter()), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]));

        assertThat(exit).isEqualTo(NegotiationMasterCli.BAD_INPUT);
        assertThat(err.toString().strip()).isEqualTo("error: no bundled scenario 'nope' (run `scenarios` for the catalog)");
    }

    @Test
    void malformedJsonLineExitsTwo() {
        StringWriter err = new StringWriter();
        int exit = NegotiationMasterCli.run(new String[] {"interpret", "--jsonl"}, new PrintWriter(new StringWriter()),
                new PrintWriter(err, true), new ByteArrayInputStream("{\"text\": \n".getBytes(StandardCharsets.UTF_8)));

        assertThat(exit).isEqualTo(NegotiationMasterCli.BAD_INPUT);
        assertThat(err.toString()).startsWith("error: line 1: not JSON");
    }
}
