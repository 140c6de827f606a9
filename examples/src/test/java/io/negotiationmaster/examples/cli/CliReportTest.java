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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code demo --report} and {@code progress}, in-process. One database is shared: a walk-away whose first message
 * contains HTML, then the scripted deal with seed 7 (whose report is also kept as
 * {@code target/sample-report.html} to look at).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliReportTest {
    private static final Path SCRIPTS = Path.of("scripts");
    private static final Path SAMPLE = Path.of("target", "sample-report.html");
    private final ObjectMapper mapper = new ObjectMapper();

    @TempDir
    static Path dir;

    private Run escaped;
    private Run deal;
    private JsonNode dealJson;
    private Document dealHtml;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = NegotiationMasterCli.run(args, new PrintWriter(out, true), new PrintWriter(err, true),
                new ByteArrayInputStream(new byte[0]));
        return new Run(exit, out.toString(), err.toString());
    }

    private static String db() {
        return dir.resolve("report.db").toString();
    }

    @BeforeAll
    void playTwoNegotiations() throws IOException {
        escaped = run("demo", "--db", db(), "--script", SCRIPTS.resolve("script-in-message.txt").toString(),
                "--report", dir.resolve("escaped.html").toString());
        deal = run("demo", "--db", db(), "--script", SCRIPTS.resolve("used-car-deal.txt").toString(), "--seed", "7",
                "--json", "--report", dir.resolve("r.html").toString());
        assertThat(escaped.exit()).as(escaped.err()).isZero();
        assertThat(deal.exit()).as(deal.err()).isZero();
        dealJson = mapper.readTree(deal.out());
        dealHtml = Jsoup.parse(dir.resolve("r.html").toFile(), "UTF-8");
        Files.createDirectories(SAMPLE.getParent());
        Files.copy(dir.resolve("r.html"), SAMPLE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void jsonNamesTheWrittenReportAndProseEndsWithItsPath() {
        assertThat(Path.of(dealJson.path("reportPath").asText())).isEqualTo(dir.resolve("r.html").toAbsolutePath());
        String[] lines = escaped.out().strip().split("\n");
        assertThat(lines[lines.length - 1]).isEqualTo("Report: " + dir.resolve("escaped.html").toAbsolutePath());
    }

    @Test
    void reportHasTheThreeCharts() {
        assertThat(dealHtml.select("svg#dance-chart")).hasSize(1);
        assertThat(dealHtml.select("svg#scores-chart")).hasSize(1);
        assertThat(dealHtml.select("svg#progress-chart")).hasSize(1);
        assertThat(dealHtml.title()).isEqualTo("Negotiation report — Buying a Used 2019 Honda Accord");
    }

    @Test
    void danceChartDrawsBothSidesOffersTheZoneAndTheDeal() {
        Element dance = dealHtml.selectFirst("svg#dance-chart");
        assertThat(dance.select("polyline.offers-user").attr("points")).isNotBlank();
        assertThat(dance.select("polyline.offers-ai").attr("points")).isNotBlank();
        long userOffers = countOffers("user");
        long aiOffers = countOffers("ai");
        assertThat(dance.select("circle.point-user")).hasSize((int) userOffers).isNotEmpty();
        assertThat(dance.select("circle.point-ai")).hasSize((int) aiOffers).isNotEmpty();
        assertThat(dance.select("rect.zone")).hasSize(1);
        assertThat(dance.select("text.zone-label").text()).startsWith("Bargaining zone $");
        assertThat(dance.select("line.deal")).hasSize(1);
        assertThat(dance.select("text.deal-label").text()).isEqualTo("Deal $"
                + String.format(Locale.US, "%,d", dealJson.path("dealTerms").path("amount").intValue()));
        assertThat(dance.select(".y-axis text")).isNotEmpty().allSatisfy(t -> assertThat(t.text()).startsWith("$"));
    }

    private long countOffers(String sender) {
        long n = 0;
        for (JsonNode m : dealJson.path("transcript")) {
            if (m.path("sender").asText().equals(sender) && hasMainOffer(m)) {
                n++;
            }
        }
        return n;
    }

    private static boolean hasMainOffer(JsonNode message) {
        return message.path("offer").isObject();
    }

    @Test
    void scoresShownMatchTheJsonOfTheSameRun() {
        Map<String, String> dimensions = Map.of("claiming_value", "claimingValue", "creating_value", "creatingValue",
                "managing_relationships", "managingRelationships", "overall", "overall");
        for (var d : dimensions.entrySet()) {
            String expected = String.format(Locale.ROOT, "%.1f",
                    dealJson.path("report").path(d.getValue()).path("score").asDouble());
            assertThat(dealHtml.select("#scores-chart rect.bar[data-dimension=" + d.getKey() + "]").attr("data-score"))
                    .as(d.getKey()).isEqualTo(expected);
            assertThat(dealHtml.select("[data-dimension=" + d.getKey() + "]:not(rect)").text()).as(d.getKey())
                    .isEqualTo(expected);
        }
        assertThat(dealHtml.select("#scores .score-card p")).hasSize(3)
                .allSatisfy(p -> assertThat(p.text()).isNotBlank());
    }

    @Test
    void everyTurnLinkResolvesToATranscriptAnchor() {
        List<Element> links = dealHtml.select("a[href^=#turn-]");
        assertThat(dealHtml.select("#suggestions a.turn-link")).isNotEmpty();
        assertThat(links).allSatisfy(a -> assertThat(dealHtml.getElementById(a.attr("href").substring(1)))
                .as(a.attr("href")).isNotNull());
        assertThat(dealHtml.select("#transcript li[id^=turn-]")).hasSize(dealJson.path("transcript").size());
    }

    @Test
    void reportIsSelfContained() throws IOException {
        String html = Files.readString(dir.resolve("r.html"));
        assertThat(dealHtml.select("script")).isEmpty();
        assertThat(dealHtml.select("link")).isEmpty();
        assertThat(dealHtml.select("img")).isEmpty();
        assertThat(html).doesNotContain("<script src=").doesNotContain("<link href=http")
                .doesNotContain("@import").doesNotContain("url(");
        assertThat(dealHtml.select("style")).hasSize(1);
    }

    @Test
    void htmlTypedInAMessageIsShownAsText() throws IOException {
        Document doc = Jsoup.parse(dir.resolve("escaped.html").toFile(), "UTF-8");
        assertThat(doc.select("script")).isEmpty();
        assertThat(doc.select("#transcript .message-user .message-text").first().text())
                .contains("<script>alert(1)</script>", "& \"friends\"");
        assertThat(Files.readString(dir.resolve("escaped.html")))
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void progressJsonCountsTheSessionsAndRecommendsAScenario() throws IOException {
        Run progress = run("progress", "--db", db(), "--user", "demo", "--json");

        assertThat(progress.exit()).as(progress.err()).isZero();
        JsonNode doc = mapper.readTree(progress.out());
        assertThat(doc.path("totalNegotiations").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(doc.path("history").size()).isEqualTo(doc.path("totalNegotiations").asInt());
        assertThat(doc.path("skills")).hasSize(3).allSatisfy(s -> {
            assertThat(s.path("current").asDouble(-1)).isBetween(0.0, 100.0);
            assertThat(s.path("trend").asText()).isIn("improving", "steady", "declining");
            assertThat(s.path("level").asText()).isIn("novice", "developing", "proficient", "expert");
        });
        assertThat(doc.path("strongest").asText()).isNotBlank();
        assertThat(doc.path("weakest").asText()).isNotBlank();
        assertThat(doc.path("recommendation").path("scenario").asText()).isNotBlank();
        assertThat(doc.path("recommendation").path("reason").asText()).isNotBlank();
    }

    @Test
    void progressProseNamesSkillsAndTheNextScenario() {
        Run progress = run("progress", "--db", db());

        assertThat(progress.exit()).as(progress.err()).isZero();
        assertThat(progress.out()).contains("== Progress of demo", "Sessions: 2 scored", "claiming value",
                "Strongest:", "== Next", "Play it: demo --user demo --scenario ");
    }

    @Test
    void progressOfAnUnknownUserExitsTwoWithOneLineReason() {
        Run progress = run("progress", "--db", db(), "--user", "nobody");

        assertThat(progress.exit()).isEqualTo(NegotiationMasterCli.BAD_INPUT);
        assertThat(progress.err().strip())
                .isEqualTo("error: no demo user 'nobody' (play `demo --user nobody` first)");
    }
}
