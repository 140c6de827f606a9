package io.negotiationmaster.engine.understanding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationmaster.negotiation.MoveType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Measures the reader on the public development corpora (see the shared datasets README) and prints the figures.
 * Skips when the corpora are absent. The floors asserted are modest, to catch regressions, not to define quality.
 */
class DevelopmentDatasetAccuracyTest {
    private static final MessageReader READER = MessageReader.create();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Currency USD = Currency.getInstance("USD");
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:\\.\\d+)?");

    private static Path dataset(String relative) {
        String configured = System.getProperty("nm.shared.dir");
        Path base = configured != null && Files.isDirectory(Path.of(configured))
                ? Path.of(configured) : Path.of("/work/shared");
        Path file = base.resolve("datasets").resolve(relative);
        assumeTrue(Files.isRegularFile(file), "dataset absent: " + file);
        return file;
    }

    @Test
    void craigslistAgreedPricesAreReadFromTheLastMessages() throws IOException {
        JsonNode dialogues = JSON.readTree(dataset("craigslistbargain/dialogues.json").toFile());
        int deals = 0;
        int found = 0;
        int amountsRead = 0;
        int amountsOffered = 0;
        int amountsKnown = 0;
        int written = 0;
        int foundOrAccepted = 0;
        for (JsonNode dialogue : dialogues) {
            JsonNode outcome = dialogue.path("outcome");
            if (outcome.path("reward").asInt() != 1 || !outcome.path("offer").hasNonNull("price")) {
                continue;
            }
            double agreed = outcome.path("offer").path("price").asDouble();
            double listing = dialogue.path("scenario").path("kbs").path(0).path("item").path("Price").asDouble();
            List<Double> offered = new ArrayList<>();
            List<JsonNode> messages = new ArrayList<>();
            for (JsonNode event : dialogue.path("events")) {
                if (event.path("action").asText().equals("offer")) {
                    offered.add(event.path("data").path("price").asDouble());
                } else if (event.path("action").asText().equals("message")) {
                    messages.add(event);
                }
            }
            List<BigDecimal> accepted = new ArrayList<>();
            List<BigDecimal> lastAmounts = readLastThree(dialogue, messages, listing, accepted);
            deals++;
            String lastText = messages.subList(Math.max(0, messages.size() - 3), messages.size()).stream()
                    .map(e -> e.path("data").asText("")).reduce("", (x, y) -> x + " " + y).replace(",", "");
            if (DIGITS.matcher(lastText).results()
                    .anyMatch(r -> Math.abs(Double.parseDouble(r.group()) - agreed) < 0.01)) {
                written++;
            }
            if (accepted.stream().anyMatch(v -> Math.abs(v.doubleValue() - agreed) < 0.01)
                    || lastAmounts.stream().anyMatch(v -> Math.abs(v.doubleValue() - agreed) < 0.01)) {
                foundOrAccepted++;
            }
            boolean hit = false;
            for (BigDecimal amount : lastAmounts) {
                amountsRead++;
                double v = amount.doubleValue();
                hit |= Math.abs(v - agreed) < 0.01;
                if (offered.stream().anyMatch(o -> Math.abs(o - v) < 0.01)) {
                    amountsOffered++;
                }
                if (offered.stream().anyMatch(o -> Math.abs(o - v) < 0.01) || Math.abs(v - listing) < 0.01) {
                    amountsKnown++;
                }
            }
            if (hit) {
                found++;
            }
        }
        assumeTrue(deals > 0, "no deals in the corpus");
        double recall = (double) found / deals;
        System.out.printf(Locale.ROOT, "CraigslistBargain: agreed price read in the last three messages of "
                + "%d of %d deals: recall %.1f%%%n", found, deals, 100 * recall);
        System.out.printf(Locale.ROOT, "CraigslistBargain: the agreed price is written in digits in the last three "
                + "messages of %d deals (%.1f%%), the ceiling for reading them%n", written, 100.0 * written / deals);
        System.out.printf(Locale.ROOT, "CraigslistBargain: read, or accepted as the tracked standing offer, in "
                + "%d deals (%.1f%%)%n", foundOrAccepted, 100.0 * foundOrAccepted / deals);
        System.out.printf(Locale.ROOT, "CraigslistBargain: %d amounts read; %.1f%% equal a price offered in the "
                        + "events, %.1f%% equal an offered price or the listing price%n", amountsRead,
                100.0 * amountsOffered / Math.max(1, amountsRead), 100.0 * amountsKnown / Math.max(1, amountsRead));
        assertThat(recall).isGreaterThanOrEqualTo(0.80);
    }

    /** Reads the dialogue in order, tracking each side's last main offer, and returns amounts of the last three. */
    private static List<BigDecimal> readLastThree(JsonNode dialogue, List<JsonNode> messages, double listing,
                                                  List<BigDecimal> accepted) {
        BigDecimal listed = BigDecimal.valueOf(listing);
        Map<Integer, Optional<BigDecimal>> lastOffer = new LinkedHashMap<>();
        List<BigDecimal> amounts = new ArrayList<>();
        for (int m = 0; m < messages.size(); m++) {
            JsonNode message = messages.get(m);
            int agent = message.path("agent").asInt();
            String role = dialogue.path("scenario").path("kbs").path(agent).path("personal").path("Role").asText();
            boolean seller = role.equals("seller");
            Optional<BigDecimal> mine = lastOffer.getOrDefault(agent, seller ? Optional.of(listed) : Optional.empty());
            Optional<BigDecimal> theirs = lastOffer.getOrDefault(1 - agent,
                    seller ? Optional.empty() : Optional.of(listed));
            ReadingContext context = new ReadingContext(USD,
                    ReadingContext.price(USD, listed).issues(),
                    seller ? UserGoal.WANTS_HIGH : UserGoal.WANTS_LOW, theirs, mine, mine.isPresent());
            Reading reading = READER.read(message.path("data").asText(""), context);
            if (reading.mainOffer().isPresent()) {
                lastOffer.put(agent, reading.mainOffer());
            }
            if (m >= messages.size() - 3 && reading.has(MoveType.ACCEPTANCE) && reading.mainOffer().isEmpty()) {
                theirs.ifPresent(accepted::add);
            }
            if (m >= messages.size() - 3) {
                reading.amounts().stream().filter(a -> a.unit() == IssueUnit.MONEY)
                        .forEach(a -> amounts.add(a.value()));
            }
        }
        return amounts;
    }

    @Test
    void casinoStrategyLabelsMatchTheMovesRead() throws IOException {
        JsonNode dialogues = JSON.readTree(dataset("casino/casino_train.json").toFile());
        Map<String, Set<MoveType>> mapping = new LinkedHashMap<>();
        mapping.put("small-talk", EnumSet.of(MoveType.GREETING, MoveType.RAPPORT));
        mapping.put("showing-empathy", EnumSet.of(MoveType.RAPPORT));
        mapping.put("elicit-pref", EnumSet.of(MoveType.INTEREST_QUESTION));
        mapping.put("self-need", EnumSet.of(MoveType.INFORMATION, MoveType.JUSTIFICATION));
        mapping.put("other-need", EnumSet.of(MoveType.INFORMATION, MoveType.JUSTIFICATION));
        mapping.put("promote-coordination", EnumSet.of(MoveType.PACKAGE_TRADE));
        mapping.put("vouch-fair", EnumSet.of(MoveType.OBJECTIVE_STANDARD));
        Map<String, int[]> counts = new LinkedHashMap<>();
        mapping.keySet().forEach(label -> counts.put(label, new int[3]));
        ReadingContext context = new ReadingContext(USD, List.of(), UserGoal.WANTS_LOW, Optional.empty(),
                Optional.empty(), false);
        int utterances = 0;
        for (JsonNode dialogue : dialogues) {
            for (JsonNode annotation : dialogue.path("annotations")) {
                String text = annotation.path(0).asText("");
                Set<String> labels = Set.of(annotation.path(1).asText("").split(","));
                Set<MoveType> moves = READER.read(text, context).moves();
                utterances++;
                mapping.forEach((label, expected) -> {
                    boolean gold = labels.contains(label);
                    boolean predicted = expected.stream().anyMatch(moves::contains);
                    int[] c = counts.get(label);
                    if (gold && predicted) {
                        c[0]++;
                    } else if (predicted) {
                        c[1]++;
                    } else if (gold) {
                        c[2]++;
                    }
                });
            }
        }
        assumeTrue(utterances > 0, "no annotated utterances");
        System.out.printf(Locale.ROOT, "CaSiNo: %d annotated utterances%n", utterances);
        Map<String, double[]> figures = new LinkedHashMap<>();
        counts.forEach((label, c) -> {
            double precision = c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]);
            double recall = c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]);
            figures.put(label, new double[] {precision, recall});
            System.out.printf(Locale.ROOT, "CaSiNo %-21s -> %-38s precision %.2f recall %.2f (gold %d)%n", label,
                    mapping.get(label), precision, recall, c[0] + c[2]);
        });
        assertThat(figures.get("small-talk")[1]).isGreaterThanOrEqualTo(0.5);
        assertThat(figures.get("elicit-pref")[1]).isGreaterThanOrEqualTo(0.5);
        assertThat(figures.get("self-need")[1]).isGreaterThanOrEqualTo(0.5);
    }

    @Test
    void meanReadingTimeIsPrintedForInformation() throws IOException {
        JsonNode dialogues = JSON.readTree(dataset("craigslistbargain/dialogues.json").toFile());
        List<String> texts = new ArrayList<>();
        for (JsonNode dialogue : dialogues) {
            for (JsonNode event : dialogue.path("events")) {
                if (event.path("action").asText().equals("message")) {
                    texts.add(event.path("data").asText(""));
                }
            }
        }
        assumeTrue(!texts.isEmpty(), "no messages");
        ReadingContext context = ReadingContext.price(USD, new BigDecimal("1000"))
                .withCounterpartOffer(new BigDecimal("1000")).withUserLastOffer(new BigDecimal("700"));
        int rounds = 20_000;
        long sink = 0;
        for (int i = 0; i < rounds; i++) {
            sink += READER.read(texts.get(i % texts.size()), context).amounts().size();
        }
        long startNanos = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            sink += READER.read(texts.get(i % texts.size()), context).amounts().size();
        }
        long elapsed = System.nanoTime() - startNanos;
        System.out.printf(Locale.ROOT, "MessageReader: mean %.1f us per message over %d CraigslistBargain "
                + "messages (information only, %d amounts)%n", elapsed / 1000.0 / rounds, rounds, sink);
    }
}
