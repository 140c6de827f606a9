package io.negotiationmaster.performance;

import static io.negotiationmaster.negotiation.MoveType.ACCEPTANCE;
import static io.negotiationmaster.negotiation.MoveType.APPRECIATION;
import static io.negotiationmaster.negotiation.MoveType.BATNA_REFERENCE;
import static io.negotiationmaster.negotiation.MoveType.CONCESSION;
import static io.negotiationmaster.negotiation.MoveType.FIRST_OFFER;
import static io.negotiationmaster.negotiation.MoveType.GREETING;
import static io.negotiationmaster.negotiation.MoveType.INFORMATION;
import static io.negotiationmaster.negotiation.MoveType.INTEREST_QUESTION;
import static io.negotiationmaster.negotiation.MoveType.JUSTIFICATION;
import static io.negotiationmaster.negotiation.MoveType.OBJECTIVE_STANDARD;
import static io.negotiationmaster.negotiation.MoveType.PACKAGE_TRADE;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Test fixtures of finished negotiations: two scenarios (a used-car purchase where the user wants a low price,
 * a salary negotiation where the user wants a high one) and a fluent builder for transcripts and outcomes.
 *
 * <pre>{@code
 * FinishedNegotiation n = FinishedNegotiations.usedCar()
 *         .user("Hi Sarah!", GREETING)
 *         .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
 *         .userOffer(21_000, "Market is $23,500; I offer $21,000.", FIRST_OFFER, OBJECTIVE_STANDARD)
 *         .terms("warranty", "3_years")
 *         .deal(22_000)
 *         .build();
 * }</pre>
 */
public final class FinishedNegotiations {
    /** When every fixture negotiation starts. */
    public static final Instant START = Instant.parse("2025-03-01T10:00:00Z");
    /** Seconds between two fixture messages. */
    public static final long SECONDS_PER_TURN = 30;

    private FinishedNegotiations() {
    }

    /** The used-car scenario: asking $24,500, reservation $21,000, user's alternative $23,900, target $22,000. */
    public static ScenarioFacts usedCarScenario() {
        var criteria = new EnumMap<Dimension, Map<Rating, String>>(Dimension.class);
        criteria.put(Dimension.CLAIMING_VALUE, Map.of(
                Rating.EXCELLENT, "Achieved price below $22,000",
                Rating.GOOD, "Achieved price between $22,000-$23,000",
                Rating.AVERAGE, "Achieved price between $23,000-$24,000",
                Rating.POOR, "No improvement from asking price"));
        criteria.put(Dimension.CREATING_VALUE, Map.of(
                Rating.EXCELLENT, "Identified creative financing or add-ons",
                Rating.GOOD, "Negotiated some additional benefits",
                Rating.AVERAGE, "Focused primarily on price alone",
                Rating.POOR, "Made demands without exploring options"));
        criteria.put(Dimension.MANAGING_RELATIONSHIPS, Map.of(
                Rating.EXCELLENT, "Built rapport, maintained positive tone throughout",
                Rating.GOOD, "Professional interaction with some rapport",
                Rating.AVERAGE, "Neutral interaction, no relationship damage",
                Rating.POOR, "Created tension or adversarial dynamic"));
        return new ScenarioFacts(uuid("scenario:used-car"), "Used car: 2019 Honda Accord", 2,
                new MainIssue("price", "Price", "USD", true),
                money(24_500), money(21_000), Optional.of(money(22_000)), Optional.of(money(23_900)),
                new EvaluationCriteria(criteria), DimensionWeights.DEFAULT,
                List.of("Use your BATNA to strengthen your position",
                        "Anchor with a strong first offer",
                        "Identify creative financing or add-ons",
                        "Build rapport with the dealer"),
                List.of(
                        new SecondaryIssue("warranty", "Extended warranty", List.of(
                                new IssueOption("1_year", "1-year warranty", money(600), money(200)),
                                new IssueOption("3_years", "3-year warranty", money(1_500), money(600)))),
                        new SecondaryIssue("maintenance", "Maintenance package", List.of(
                                new IssueOption("included", "Maintenance package included", money(800), money(300)))),
                        new SecondaryIssue("financing", "Financing", List.of(
                                new IssueOption("low_apr", "3.5% APR financing", money(1_200), money(400))))));
    }

    /** The salary scenario: initial offer $60,000, budget limit $72,000, user's alternative $62,000, target $70,000. */
    public static ScenarioFacts salaryScenario() {
        var criteria = new EnumMap<Dimension, Map<Rating, String>>(Dimension.class);
        criteria.put(Dimension.CLAIMING_VALUE, Map.of(
                Rating.EXCELLENT, "Salary of at least $70,000",
                Rating.GOOD, "Salary between $65,000 and $70,000",
                Rating.AVERAGE, "Salary between 60k-65k",
                Rating.POOR, "Accepted the first offer"));
        return new ScenarioFacts(uuid("scenario:salary"), "Entry-level salary at TechStart", 3,
                new MainIssue("salary", "Salary", "USD", false),
                money(60_000), money(72_000), Optional.of(money(70_000)), Optional.of(money(62_000)),
                new EvaluationCriteria(criteria), new DimensionWeights(0.5, 0.25, 0.25),
                List.of("Practice salary negotiation techniques",
                        "Learn to articulate value proposition",
                        "Understand BATNA in job negotiations"),
                List.of(
                        new SecondaryIssue("signing_bonus", "Signing bonus", List.of(
                                new IssueOption("3000", "$3,000 signing bonus", money(3_000), money(3_000)))),
                        new SecondaryIssue("remote", "Remote work", List.of(
                                new IssueOption("two_days", "Two remote days a week", money(2_500), money(500))))));
    }

    /** A builder over the used-car scenario with an empty transcript. */
    public static Builder usedCar() {
        return new Builder(usedCarScenario());
    }

    /** A builder over the salary scenario with an empty transcript. */
    public static Builder salary() {
        return new Builder(salaryScenario());
    }

    /** A builder over {@code scenario} with an empty transcript. */
    public static Builder of(ScenarioFacts scenario) {
        return new Builder(scenario);
    }

    /**
     * A well-played used-car negotiation: greeting, an interest question, a justified strong first offer, a
     * warranty package trade, a reference to the alternative, and a deal at {@code price} with the 3-year
     * warranty.
     */
    public static FinishedNegotiation usedCarDeal(long price) {
        return usedCarDealBuilder(price).build();
    }

    /** The builder of {@link #usedCarDeal(long)}, to add to it before building. */
    public static Builder usedCarDealBuilder(long price) {
        return usedCar()
                .user("Hi Sarah, nice to meet you! Thanks for showing me the Accord.", GREETING, APPRECIATION)
                .aiOffer(24_500, "Hello! This 2019 Accord is priced at $24,500.", FIRST_OFFER)
                .user("What matters most to you in selling it this month?", INTEREST_QUESTION)
                .ai("We're trying to hit our monthly numbers, honestly.", INFORMATION)
                .userOffer(21_000, "Comparable Accords list around $23,500 online, and this one needs tyres, so I'd offer $21,000.",
                        FIRST_OFFER, OBJECTIVE_STANDARD, JUSTIFICATION)
                .aiOffer(23_800, "I could come down to $23,800.", CONCESSION)
                .userOffer(21_800, "If you include the 3-year warranty I can go to $21,800, since I'd skip a third-party plan.",
                        PACKAGE_TRADE, CONCESSION, JUSTIFICATION)
                .terms("warranty", "3_years")
                .aiOffer(23_000, "With the warranty, $23,000 is my best.", CONCESSION, PACKAGE_TRADE)
                .terms("warranty", "3_years")
                .userOffer(22_300, "Another dealer has one for $23,900, but I'd rather buy here because of the service: $22,300 with the warranty?",
                        BATNA_REFERENCE, CONCESSION, JUSTIFICATION)
                .terms("warranty", "3_years")
                .aiOffer(price, "Let's meet at $" + price + " with the warranty.", CONCESSION)
                .user("Deal, thank you Sarah, I appreciate your flexibility.", ACCEPTANCE, APPRECIATION)
                .rapport(0.8)
                .deal(price, Map.of("warranty", "3_years"));
    }

    /** Money from a whole amount. */
    public static BigDecimal money(long amount) {
        return BigDecimal.valueOf(amount);
    }

    /** A stable UUID derived from {@code name}. */
    public static UUID uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    /** A fluent, single-use builder of a finished negotiation. Each message is 30 seconds after the previous one. */
    public static final class Builder {
        private ScenarioFacts scenario;
        private final List<Draft> drafts = new ArrayList<>();
        private UUID negotiationId = uuid("negotiation:1");
        private UUID userId = uuid("user:alice");
        private OutcomeStatus status = OutcomeStatus.ABANDONED;
        private DealTerms deal;
        private double rapport = 0.5;

        private Builder(ScenarioFacts scenario) {
            this.scenario = scenario;
        }

        /** Sets the negotiation and user ids. */
        public Builder ids(UUID negotiation, UUID user) {
            this.negotiationId = negotiation;
            this.userId = user;
            return this;
        }

        /** Replaces the scenario facts. */
        public Builder scenario(ScenarioFacts facts) {
            this.scenario = facts;
            return this;
        }

        /** Sets the user's alternative (BATNA) value, or removes it when {@code null}. */
        public Builder userAlternative(Long value) {
            return rescenario(Optional.ofNullable(value).map(BigDecimal::valueOf), scenario.userTarget(),
                    scenario.weights(), scenario.learningObjectives(), scenario.secondaryIssues());
        }

        /** Sets the user's target, or removes it when {@code null}. */
        public Builder userTarget(Long value) {
            return rescenario(scenario.userAlternative(), Optional.ofNullable(value).map(BigDecimal::valueOf),
                    scenario.weights(), scenario.learningObjectives(), scenario.secondaryIssues());
        }

        /** Sets the dimension weights. */
        public Builder weights(DimensionWeights weights) {
            return rescenario(scenario.userAlternative(), scenario.userTarget(), weights,
                    scenario.learningObjectives(), scenario.secondaryIssues());
        }

        /** Sets the learning objectives. */
        public Builder objectives(String... objectives) {
            return rescenario(scenario.userAlternative(), scenario.userTarget(), scenario.weights(),
                    List.of(objectives), scenario.secondaryIssues());
        }

        /** Removes the secondary issues (a single-issue scenario). */
        public Builder singleIssue() {
            return rescenario(scenario.userAlternative(), scenario.userTarget(), scenario.weights(),
                    scenario.learningObjectives(), List.of());
        }

        private Builder rescenario(Optional<BigDecimal> alternative, Optional<BigDecimal> target,
                                   DimensionWeights weights, List<String> objectives, List<SecondaryIssue> issues) {
            ScenarioFacts s = scenario;
            scenario = new ScenarioFacts(s.scenarioId(), s.title(), s.difficulty(), s.mainIssue(),
                    s.counterpartOpening(), s.counterpartReservation(), target, alternative, s.criteria(), weights,
                    objectives, issues);
            return this;
        }

        /** Adds a user message without an offer. */
        public Builder user(String text, MoveType... moves) {
            return add(Party.USER, null, text, moves);
        }

        /** Adds a user message offering {@code amount} on the main issue. */
        public Builder userOffer(long amount, String text, MoveType... moves) {
            return add(Party.USER, BigDecimal.valueOf(amount), text, moves);
        }

        /** Adds a counterpart message without an offer. */
        public Builder ai(String text, MoveType... moves) {
            return add(Party.AI, null, text, moves);
        }

        /** Adds a counterpart message offering {@code amount} on the main issue. */
        public Builder aiOffer(long amount, String text, MoveType... moves) {
            return add(Party.AI, BigDecimal.valueOf(amount), text, moves);
        }

        private Builder add(Party party, BigDecimal offer, String text, MoveType... moves) {
            var set = EnumSet.noneOf(MoveType.class);
            set.addAll(List.of(moves));
            drafts.add(new Draft(party, text, set, offer));
            return this;
        }

        /** Adds a secondary-issue term to the latest message. */
        public Builder terms(String issue, String option) {
            last().terms.put(issue, option);
            return this;
        }

        /** Gives the latest message voice timings, in seconds from the negotiation's start. */
        public Builder spoken(double startSecond, double endSecond) {
            last().voice = new VoiceTiming(START.plusMillis(Math.round(startSecond * 1000)),
                    START.plusMillis(Math.round(endSecond * 1000)));
            return this;
        }

        private Draft last() {
            if (drafts.isEmpty()) {
                throw new IllegalStateException("add a message first");
            }
            return drafts.get(drafts.size() - 1);
        }

        /** Sets the counterpart's rapport at the end (default 0.5). */
        public Builder rapport(double value) {
            this.rapport = value;
            return this;
        }

        /** Ends with a deal at {@code value} and no secondary options. */
        public Builder deal(long value) {
            return deal(value, Map.of());
        }

        /** Ends with a deal at {@code value} and the given secondary options. */
        public Builder deal(long value, Map<String, String> options) {
            this.status = OutcomeStatus.DEAL;
            this.deal = new DealTerms(BigDecimal.valueOf(value), options);
            return this;
        }

        /** Ends with the user walking away. */
        public Builder userWalked() {
            return noDeal(OutcomeStatus.NO_DEAL_USER_WALKED);
        }

        /** Ends with the counterpart walking away. */
        public Builder counterpartWalked() {
            return noDeal(OutcomeStatus.NO_DEAL_COUNTERPART_WALKED);
        }

        /** Ends unfinished (the default). */
        public Builder abandoned() {
            return noDeal(OutcomeStatus.ABANDONED);
        }

        private Builder noDeal(OutcomeStatus s) {
            this.status = s;
            this.deal = null;
            return this;
        }

        /** Builds the record; messages get turn indexes 0, 1, 2… */
        public FinishedNegotiation build() {
            var entries = new ArrayList<TranscriptEntry>();
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                entries.add(new TranscriptEntry(i, d.party, d.text, at(i), d.moves, Optional.ofNullable(d.offer),
                        new LinkedHashMap<>(d.terms), Optional.ofNullable(d.voice)));
            }
            var outcome = new Outcome(status, Optional.ofNullable(deal), rapport, START, at(drafts.size()));
            return new FinishedNegotiation(negotiationId, userId, scenario, entries, outcome);
        }

        private static Instant at(int turn) {
            return START.plus(Duration.ofSeconds(SECONDS_PER_TURN * (turn + 1L)));
        }
    }

    private static final class Draft {
        final Party party;
        final String text;
        final EnumSet<MoveType> moves;
        final BigDecimal offer;
        final Map<String, String> terms = new LinkedHashMap<>();
        VoiceTiming voice;

        Draft(Party party, String text, EnumSet<MoveType> moves, BigDecimal offer) {
            this.party = party;
            this.text = text;
            this.moves = moves;
            this.offer = offer;
        }
    }
}
