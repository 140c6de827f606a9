package io.negotiationmaster.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The acceptance case: on the seed's car, a user who accepts the asking price at once is shown a what-if,
 * and replaying its printed lines with the same seed ends in exactly the better deal it promised.
 */
class CliWhatIfTest {
    @TempDir
    Path dir;
    private final ObjectMapper mapper = new ObjectMapper();

    private JsonNode demo(String db, Path script, String... extra) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> args = new ArrayList<>(List.of("demo", "--db", db, "--scenario", "used-car-honda-accord",
                "--seed", "7", "--script", script.toString(), "--json"));
        args.addAll(List.of(extra));
        int exit = NegotiationMasterCli.run(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true), new ByteArrayInputStream(new byte[0]));
        assertThat(exit).as(err.toString()).isZero();
        return mapper.readTree(out.toString());
    }

    @Test
    void acceptingTheAskingPriceShowsAWhatIfWhoseReplayEndsInThePromisedBetterDeal() throws Exception {
        String db = dir.resolve("nm.db").toString();
        Path html = dir.resolve("report.html");
        JsonNode actual = demo(db, Path.of("scripts", "accept-asking-price.txt"), "--report", html.toString());
        org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(html.toFile(), "UTF-8");
        assertThat(page.select("#what-ifs .what-if")).isNotEmpty();
        assertThat(page.select("#dance-chart polyline.offers-whatif-user")).isNotEmpty();
        assertThat(page.select("#dance-chart polyline.offers-whatif-ai")).isNotEmpty();

        JsonNode whatIfs = actual.get("whatIfs");
        assertThat(whatIfs).isNotEmpty();
        JsonNode best = whatIfs.get(0);
        assertThat(best.get("outcome").get("dealReached").asBoolean()).isTrue();
        double promised = best.get("outcome").get("dealTerms").get("amount").asDouble();
        assertThat(promised).isLessThan(actual.get("dealTerms").get("amount").asDouble());
        assertThat(best.get("difference").get("valueToUser").asDouble()).isPositive();

        List<String> lines = new ArrayList<>();
        best.get("script").forEach(l -> lines.add(l.asText()));
        Path replay = Files.write(dir.resolve("what-if.txt"), lines);
        JsonNode replayed = demo(db, replay);

        assertThat(replayed.get("dealReached").asBoolean()).isTrue();
        assertThat(replayed.get("dealTerms").get("amount").asDouble()).isEqualTo(promised);
        assertThat(replayed.get("report").get("claimingValue").get("score").asDouble())
                .isEqualTo(best.get("scores").get("claimingValue").asDouble());
    }
}
