package io.negotiationmaster.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliDemoTest {
    private static final Path SCRIPTS = Path.of("scripts");
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = NegotiationMasterCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        return new Run(exit, out.toString(), err.toString());
    }

    private String db() {
        return dir.resolve("demo.db").toString();
    }

    @Test
    void scriptedDealPrintsOneJsonDocumentWithTranscriptAndReport() throws IOException {
        Run run = run("", "demo", "--db", db(), "--script", SCRIPTS.resolve("used-car-deal.txt").toString(),
                "--json", "--seed", "7");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode doc = mapper.readTree(run.out());
        assertThat(doc.path("negotiationId").asText()).isNotBlank();
        assertThat(doc.path("scenario").asText()).isEqualTo("used-car-honda-accord");
        assertThat(doc.path("status").asText()).isEqualTo("completed");
        assertThat(doc.path("dealReached").asBoolean()).isTrue();
        assertThat(doc.path("dealTerms").path("amount").decimalValue()).isPositive();
        List<String> senders = new ArrayList<>();
        doc.path("transcript").forEach(m -> senders.add(m.path("sender").asText()));
        assertThat(senders).first().isEqualTo("ai");
        assertThat(senders).contains("user").allMatch(s -> s.equals("user") || s.equals("ai"));
        assertThat(doc.path("transcript")).allSatisfy(m -> {
            assertThat(m.path("content").isTextual()).isTrue();
            assertThat(m.path("moves").isArray()).isTrue();
            assertThat(m.path("amounts").isArray()).isTrue();
        });
        JsonNode report = doc.path("report");
        for (String dimension : List.of("claimingValue", "creatingValue", "managingRelationships", "overall")) {
            JsonNode score = report.path(dimension);
            assertThat(score.path("score").asDouble(-1)).as(dimension).isBetween(0.0, 100.0);
            assertThat(score.path("rating").asText()).as(dimension).isIn("excellent", "good", "average", "poor");
        }
        assertThat(report.path("style").path("style").asText()).isNotBlank();
        assertThat(report.path("milestones").isArray()).isTrue();
        assertThat(report.path("suggestions")).allSatisfy(s -> {
            assertThat(s.path("text").asText()).isNotBlank();
            assertThat(s.path("turns").isArray()).isTrue();
            assertThat(s.path("reference").path("name").asText()).isNotBlank();
        });
        assertThat(report.path("objectives").isArray()).isTrue();
        assertThat(report.path("debrief").path("reservationValue").isNumber()).isTrue();
    }

    @Test
    void walkAwayScriptEndsWithoutADealAndPrintsTheReport() {
        Run run = run("", "demo", "--db", db(), "--script", SCRIPTS.resolve("used-car-walkaway.txt").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("Situation:", "No deal (user_walked_away)", "Claiming value", "Overall",
                "Debrief", "reservation value");
    }

    @Test
    void unknownScriptCommandExitsTwoWithOneLineReason() throws IOException {
        Path script = Files.writeString(dir.resolve("bad.txt"), "# comment\n\nHello there\n/haggle 3\n");

        Run run = run("", "demo", "--db", db(), "--script", script.toString());

        assertThat(run.exit()).isEqualTo(NegotiationMasterCli.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo(
                "error: script line 4: unknown command '/haggle' (commands: /offer, /accept, /walk, /end, /help)");
    }

    @Test
    void missingScriptFileExitsTwo() {
        Run run = run("", "demo", "--db", db(), "--script", dir.resolve("absent.txt").toString());

        assertThat(run.exit()).isEqualTo(NegotiationMasterCli.BAD_INPUT);
        assertThat(run.err().strip()).startsWith("error: script file not found: ").doesNotContain("\n");
    }

    @Test
    void unknownScenarioExitsTwoWithAClearMessage() {
        Run run = run("/end\n", "demo", "--db", db(), "--scenario", "no-such-scenario", "--script", "-");

        assertThat(run.exit()).isEqualTo(NegotiationMasterCli.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo(
                "error: no scenario 'no-such-scenario' (run `scenarios` for the catalog)");
    }

    @Test
    void scenariosJsonListsTheCatalog() throws IOException {
        Run run = run("", "scenarios", "--db", db(), "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode array = mapper.readTree(run.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isGreaterThanOrEqualTo(10);
        List<String> slugs = new ArrayList<>();
        array.forEach(s -> slugs.add(s.path("slug").asText()));
        assertThat(slugs).contains("used-car-honda-accord");
        assertThat(array).allSatisfy(s -> {
            assertThat(s.path("difficulty").asInt()).isBetween(1, 7);
            assertThat(s.path("title").asText()).isNotBlank();
            assertThat(s.path("counterpart").asText()).isNotBlank();
        });
    }
}
