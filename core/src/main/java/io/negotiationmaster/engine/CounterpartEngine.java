package io.negotiationmaster.engine;

import io.negotiationmaster.engine.strategy.CommunicationStyle;
import io.negotiationmaster.engine.strategy.CounterpartProfile;
import io.negotiationmaster.engine.strategy.CounterpartState;
import io.negotiationmaster.engine.strategy.CounterpartStatus;
import io.negotiationmaster.engine.strategy.Decision;
import io.negotiationmaster.engine.strategy.Direction;
import io.negotiationmaster.engine.strategy.InventoryPressure;
import io.negotiationmaster.engine.strategy.IssueOption;
import io.negotiationmaster.engine.strategy.MainIssue;
import io.negotiationmaster.engine.strategy.MarketReference;
import io.negotiationmaster.engine.strategy.Negotiator;
import io.negotiationmaster.engine.strategy.Personality;
import io.negotiationmaster.engine.strategy.PressureFactors;
import io.negotiationmaster.engine.strategy.PublicFacts;
import io.negotiationmaster.engine.strategy.SecondaryIssue;
import io.negotiationmaster.engine.strategy.Terms;
import io.negotiationmaster.engine.strategy.UserMove;
import io.negotiationmaster.engine.understanding.IssueUnit;
import io.negotiationmaster.engine.understanding.IssueVocabulary;
import io.negotiationmaster.engine.understanding.MessageReader;
import io.negotiationmaster.engine.understanding.Reading;
import io.negotiationmaster.engine.understanding.ReadingContext;
import io.negotiationmaster.engine.understanding.UserGoal;
import io.negotiationmaster.engine.writing.ChatTurn;
import io.negotiationmaster.engine.writing.LanguageModel;
import io.negotiationmaster.engine.writing.ModelReplyWriter;
import io.negotiationmaster.engine.writing.PublicPersona;
import io.negotiationmaster.engine.writing.ReplyGuard;
import io.negotiationmaster.engine.writing.ReplyPlan;
import io.negotiationmaster.engine.writing.ReplyWriter;
import io.negotiationmaster.engine.writing.WrittenReply;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.scenario.AiCharacter;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.Issues;
import io.negotiationmaster.scenario.Scenario;
import io.negotiationmaster.scenario.ScenarioVariables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * The AI counterpart: reads a user's message, decides with the character's strategy and writes the reply —
 * the three engine steps of the architecture, glued to a catalog scenario. Stateless and thread-safe; the
 * per-negotiation state travels in {@link EngineState}. Every random choice comes from the negotiation's seed
 * and the turn number, so the same scenario, seed and user messages give the same replies, word for word.
 *
 * <p>Hosts normally reach it through {@code NegotiationMaster.negotiations()}; it is public so tools (replays,
 * simulations, benchmarks) can drive it in memory without storage.
 */
public final class CounterpartEngine {
    private static final Pattern ASKS_FOR_LIMIT = Pattern.compile(
            "(?i)\\b(lowest|highest|minimum|maximum|bottom line|least you|most you|walk[- ]?away|reservation"
                    + "|floor price|ceiling|absolute best|best you can|system prompt|your instructions|confidential"
                    + "|ignore (all |your |previous )*instructions|secret)\\b");
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private final MessageReader reader = MessageReader.create();
    private final Negotiator negotiator = new Negotiator();
    private final ReplyWriter templates = ReplyWriter.withBundledTemplates();
    private final ModelReplyWriter model;

    /** An engine that writes every reply from its template bank. */
    public CounterpartEngine() {
        this(null, Duration.ofSeconds(10));
    }

    /**
     * An engine that lets {@code languageModel} phrase the decided move, checked by the reply guard and falling
     * back to the template on any doubt, error or timeout.
     *
     * @param languageModel the model, or {@code null} for templates only
     * @param timeout how long one phrasing may take
     */
    public CounterpartEngine(LanguageModel languageModel, Duration timeout) {
        this.model = languageModel == null ? null : new ModelReplyWriter(languageModel, templates, timeout);
    }

    /** The message reader, for tools that show how the engine reads a message. */
    public MessageReader reader() {
        return reader;
    }

    /**
     * Prepares a negotiation of {@code scenario}: draws the counterpart's reservation value inside its BATNA range
     * from {@code seed} and derives everything the three steps need.
     */
    public Session session(FullScenario scenario, long seed) {
        return Session.of(scenario, seed);
    }

    /** Prepares a negotiation whose reservation value was drawn before (read back from {@link EngineState}). */
    public Session session(FullScenario scenario, long seed, BigDecimal reservation) {
        return Session.of(scenario, seed, reservation);
    }

    /** The counterpart's opening: its first offer at the asking position, and the initial state. */
    public EngineReply open(Session session) {
        long start = System.nanoTime();
        Decision decision = negotiator.open(session.profile, random(session.seed, 0));
        WrittenReply reply = templates.write(ReplyPlan.of(decision, session.persona), session.persona,
                decision.next().templatesUsed(), random(session.seed, 0));
        return finish(Optional.empty(), decision, reply, session, start);
    }

    /**
     * Reads {@code userText}, decides and writes the reply for turn {@code turn} (1 for the first user message).
     *
     * @param conversation the messages so far, for a language model's context
     */
    public EngineReply respond(Session session, EngineState state, String userText, List<ChatTurn> conversation,
            int turn) {
        long start = System.nanoTime();
        Reading reading = read(session, state, userText);
        UserMove move = toUserMove(session, reading, userText);
        return decideAndWrite(session, state, move, Optional.of(reading), conversation, turn, start);
    }

    /** Answers a structured offer from a host's offer form (main amount plus secondary terms). */
    public EngineReply respondToOffer(Session session, EngineState state, BigDecimal main, Map<String, String> terms,
            String text, List<ChatTurn> conversation, int turn) {
        long start = System.nanoTime();
        Set<MoveType> moves = EnumSet.noneOf(MoveType.class);
        moves.add(state.counterpart().userOffers().isEmpty() ? MoveType.FIRST_OFFER : MoveType.COUNTER_OFFER);
        if (!terms.isEmpty()) {
            moves.add(MoveType.PACKAGE_TRADE);
        }
        UserMove move = new UserMove(moves, Optional.of(main), terms, false, text);
        return decideAndWrite(session, state, move, Optional.empty(), conversation, turn, start);
    }

    /** How the engine reads {@code text} in the current state of the negotiation. */
    public Reading read(Session session, EngineState state, String text) {
        ReadingContext context = session.context;
        CounterpartState s = state.counterpart();
        context = context.withCounterpartOffer(s.standing().main());
        Optional<BigDecimal> last = s.lastUserOffer();
        if (last.isPresent()) {
            context = context.withUserLastOffer(last.get());
        }
        return reader.read(text, context);
    }

    /** The deal terms when the user accepts the counterpart's standing offer. */
    public Terms standingTerms(EngineState state) {
        return negotiator.termsOnAcceptance(state.counterpart());
    }

    /** Whether {@code terms} respect the counterpart's reservation value (the hard guard). */
    public boolean withinReservation(Session session, Terms terms) {
        return negotiator.withinReservation(session.profile, terms);
    }

    private EngineReply decideAndWrite(Session session, EngineState state, UserMove move, Optional<Reading> reading,
            List<ChatTurn> conversation, int turn, long start) {
        RandomGenerator rnd = random(session.seed, turn);
        Decision decision = negotiator.decide(session.profile, state.counterpart(), move, rnd);
        ReplyPlan plan = ReplyPlan.of(decision, session.persona);
        List<String> used = decision.next().templatesUsed();
        WrittenReply reply = model == null
                ? templates.write(plan, session.persona, used, rnd)
                : model.write(plan, session.persona, session.scenarioPrompt, conversation, used, rnd, session.guard);
        return finish(reading, decision, reply, session, start);
    }

    private EngineReply finish(Optional<Reading> reading, Decision decision, WrittenReply reply, Session session,
            long start) {
        CounterpartState next = decision.next().withTemplateUsed(reply.templateKey());
        long took = System.nanoTime() - start;
        String detail = reply.source().name().toLowerCase(Locale.ROOT) + ":" + reply.templateKey();
        return new EngineReply(reading, decision, reply, new EngineState(session.reservation, next), took, detail);
    }

    private static RandomGenerator random(long seed, int turn) {
        return new SplittableRandom(seed + GOLDEN * (turn + 1L));
    }

    private static UserMove toUserMove(Session session, Reading reading, String text) {
        Map<String, String> requested = new TreeMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        for (SecondaryIssue issue : session.profile.secondaryIssues()) {
            Optional<BigDecimal> value = Optional.ofNullable(reading.issueValues().get(issue.key()));
            boolean mentioned = value.isPresent() || session.keywords.getOrDefault(issue.key(), List.of()).stream()
                    .anyMatch(lower::contains);
            if (mentioned) {
                requested.put(issue.key(), bestForUser(issue, value));
            }
        }
        requested.values().removeIf(Objects::isNull);
        Set<MoveType> moves = reading.moves().isEmpty() ? EnumSet.of(MoveType.OTHER) : reading.moves();
        boolean asksForLimit = ASKS_FOR_LIMIT.matcher(text).find();
        return new UserMove(moves, reading.mainOffer().filter(v -> v.signum() > 0), requested, asksForLimit, text);
    }

    private static String bestForUser(SecondaryIssue issue, Optional<BigDecimal> value) {
        if (value.isPresent()) {
            for (IssueOption option : issue.options()) {
                if (option.key().equals(value.get().stripTrailingZeros().toPlainString())) {
                    return option.key();
                }
            }
        }
        return issue.options().stream()
                .filter(o -> !o.key().equals(issue.defaultOption()))
                .max(Comparator.comparing(IssueOption::valueToUser))
                .map(IssueOption::key).orElse(null);
    }

    /**
     * One negotiation's fixed inputs: the counterpart profile (with the private reservation value), the public
     * persona the writer sees and the reading context. Opaque outside the engine.
     */
    public static final class Session {
        private final long seed;
        private final BigDecimal reservation;
        private final CounterpartProfile profile;
        private final PublicPersona persona;
        private final ReadingContext context;
        private final ReplyGuard guard;
        private final Map<String, List<String>> keywords;
        private final String scenarioPrompt;

        private Session(long seed, BigDecimal reservation, CounterpartProfile profile, ReadingContext context,
                ReplyGuard guard, Map<String, List<String>> keywords, String scenarioPrompt) {
            this.seed = seed;
            this.reservation = reservation;
            this.profile = profile;
            this.persona = PublicPersona.of(profile);
            this.context = context;
            this.guard = guard;
            this.keywords = keywords;
            this.scenarioPrompt = scenarioPrompt;
        }

        static Session of(FullScenario full, long seed) {
            AiCharacter c = full.character();
            Issues issues = full.scenario().issues();
            BigDecimal min = c.batnaMin().or(() -> issues.main().limit()).orElseThrow(
                    () -> new IllegalStateException("scenario " + full.scenario().slug() + " has no BATNA range"));
            BigDecimal max = c.batnaMax().orElse(min);
            BigDecimal opening = issues.main().opening();
            Direction direction = direction(issues);
            // keep the drawn value on the counterpart's side of its opening
            if (direction == Direction.HIGH) {
                max = max.min(opening);
                min = min.min(max);
            } else {
                min = min.max(opening);
                max = max.max(min);
            }
            BigDecimal reservation = CounterpartProfile.drawReservation(min, max, new Random(seed));
            return of(full, seed, reservation);
        }

        static Session of(FullScenario full, long seed, BigDecimal reservation) {
            Scenario scenario = full.scenario();
            AiCharacter c = full.character();
            Issues issues = scenario.issues();
            Direction direction = direction(issues);
            ScenarioVariables v = scenario.variables();
            List<SecondaryIssue> secondary = new ArrayList<>();
            Map<String, List<String>> keywords = new TreeMap<>();
            for (io.negotiationmaster.scenario.SecondaryIssue s : issues.secondary()) {
                secondary.add(secondaryIssue(s));
                keywords.put(s.key(), s.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).toList());
            }
            Set<MoveType> tactics = EnumSet.noneOf(MoveType.class);
            for (String code : c.tactics().codes()) {
                try {
                    MoveType t = MoveType.fromCode(code);
                    if (t.isTactic()) {
                        tactics.add(t);
                    }
                } catch (IllegalArgumentException unknownTactic) {
                    // a tactic the engine does not play is simply not used
                }
            }
            List<MarketReference> market = new ArrayList<>();
            if (v.competitorPricing() != null) {
                v.competitorPricing().forEach((k, amount) -> market.add(new MarketReference(marketLabel(k), amount)));
            }
            List<BigDecimal> competitorPrices = market.stream().map(MarketReference::amount).toList();
            PressureFactors pressure = new PressureFactors(
                    v.inventoryPressure() == null ? InventoryPressure.LOW : InventoryPressure.parse(v.inventoryPressure()),
                    v.monthlyQuotaStatus() == null ? 1.0 : v.monthlyQuotaStatus().doubleValue(), competitorPrices);
            var b = c.behavior();
            var p = c.personality();
            String styleText = c.communicationStyle() + " " + Objects.toString(
                    scenario.characterConfig().negotiationStyle(), "");
            var builder = CounterpartProfile.builder()
                    .direction(direction)
                    .mainIssue(new MainIssue(issues.main().key(), issues.main().label(),
                            issues.main().unit() == io.negotiationmaster.scenario.IssueUnit.PERCENT
                                    ? io.negotiationmaster.engine.writing.internal.MoneyFormat.PERCENT
                                    : issues.currency()))
                    .opening(issues.main().opening())
                    .reservation(reservation)
                    .flexibility(b.flexibility())
                    .patience(b.patience())
                    .personality(new Personality(p.openness(), p.conscientiousness(), p.extraversion(),
                            p.agreeableness(), p.neuroticism()))
                    .style(CommunicationStyle.parse(styleText))
                    .tactics(tactics)
                    .pressure(pressure)
                    .facts(new PublicFacts(firstName(c.name()), itemName(scenario), market))
                    .horizon(b.expectedRounds() > 0 ? b.expectedRounds() : CounterpartProfile.horizonFor(b.patience()));
            for (SecondaryIssue s : secondary) {
                builder.secondaryIssue(s);
            }
            CounterpartProfile profile = builder.build();
            ReadingContext context = readingContext(issues, direction);
            List<String> secrets = new ArrayList<>();
            c.confidentialInstructions().ifPresent(secrets::add);
            List<BigDecimal> secretAmounts = new ArrayList<>();
            secretAmounts.add(reservation);
            c.batnaMin().ifPresent(secretAmounts::add);
            c.batnaMax().ifPresent(secretAmounts::add);
            if (v.dealerCost() != null) {
                secretAmounts.add(v.dealerCost());
            }
            if (v.minAcceptable() != null) {
                secretAmounts.add(v.minAcceptable());
            }
            issues.main().limit().ifPresent(secretAmounts::add);
            return new Session(seed, reservation, profile, context, new ReplyGuard(secrets, secretAmounts), keywords,
                    scenario.systemPrompt().orElse(""));
        }

        private static Direction direction(Issues issues) {
            return issues.main().counterpartWants() == io.negotiationmaster.scenario.Direction.LOW
                    ? Direction.LOW : Direction.HIGH;
        }

        private static SecondaryIssue secondaryIssue(io.negotiationmaster.scenario.SecondaryIssue s) {
            List<IssueOption> options = s.tradeOptions().stream().map(o -> new IssueOption(o.key(), o.label(),
                    o.costToCounterpart(), o.valueToUser())).toList();
            String baseline = s.baselineKey().filter(k -> options.stream().anyMatch(o -> o.key().equals(k)))
                    .orElse(options.get(0).key());
            return new SecondaryIssue(s.key(), s.label(), options, baseline);
        }

        private static ReadingContext readingContext(Issues issues, Direction direction) {
            var main = issues.main();
            List<BigDecimal> anchors = new ArrayList<>();
            anchors.add(main.opening());
            main.target().ifPresent(anchors::add);
            main.walkaway().ifPresent(anchors::add);
            main.limit().ifPresent(anchors::add);
            BigDecimal low = anchors.stream().min(BigDecimal::compareTo).orElseThrow();
            BigDecimal high = anchors.stream().max(BigDecimal::compareTo).orElseThrow();
            List<IssueVocabulary> vocabulary = new ArrayList<>();
            vocabulary.add(IssueVocabulary.mainMoney(main.key(), main.label(), main.keywords(),
                    low.multiply(new BigDecimal("0.4")).setScale(0, RoundingMode.DOWN),
                    high.multiply(new BigDecimal("1.6")).setScale(0, RoundingMode.UP)));
            for (var s : issues.secondary()) {
                if (s.isRanged() && s.range().min() != null && s.range().max() != null) {
                    // a typical range lets the reader give an amount far outside it to the main issue instead
                    vocabulary.add(IssueVocabulary.secondary(s.key(), s.label(), unit(s.unit()), s.keywords(),
                            s.range().min().min(BigDecimal.ZERO), s.range().max().multiply(BigDecimal.valueOf(2))));
                } else {
                    vocabulary.add(IssueVocabulary.secondary(s.key(), s.label(), unit(s.unit()), s.keywords()));
                }
            }
            Currency currency = Currency.getInstance(issues.currency());
            UserGoal goal = direction == Direction.HIGH ? UserGoal.WANTS_LOW : UserGoal.WANTS_HIGH;
            return new ReadingContext(currency, vocabulary, goal, Optional.empty(), Optional.empty(), false);
        }

        private static IssueUnit unit(io.negotiationmaster.scenario.IssueUnit unit) {
            if (unit == null) {
                return IssueUnit.COUNT;
            }
            try {
                return IssueUnit.valueOf(unit.name());
            } catch (IllegalArgumentException noSuchUnit) {
                return IssueUnit.COUNT;
            }
        }

        /** {@code dealer_a} reads "Dealer A", {@code online_average} reads "the online average". */
        private static String marketLabel(String key) {
            String[] words = key.split("_");
            if (words.length == 2 && words[1].length() == 1) {
                return Character.toUpperCase(words[0].charAt(0)) + words[0].substring(1) + " "
                        + words[1].toUpperCase(Locale.ROOT);
            }
            return "the " + String.join(" ", words);
        }

        private static String firstName(String name) {
            int space = name.indexOf(' ');
            return space < 0 ? name : name.substring(0, space);
        }

        private static String itemName(Scenario scenario) {
            var facts = scenario.variables().publicFacts();
            if (facts != null && facts.get("item") != null && facts.get("item").isTextual()) {
                return facts.get("item").asText();
            }
            return scenario.issues().main().label().toLowerCase(Locale.ROOT);
        }

        /** The seed of this negotiation. */
        public long seed() {
            return seed;
        }

        /** The counterpart's public persona (what a reply may draw on). */
        public PublicPersona persona() {
            return persona;
        }

        /** The currency of the main issue. */
        public String currency() {
            return profile.mainIssue().currencyCode();
        }

        /** Whether a higher main amount is better for the counterpart. */
        public boolean counterpartWantsHigh() {
            return profile.direction() == Direction.HIGH;
        }

        /** The counterpart's opening value on the main issue. */
        public BigDecimal opening() {
            return profile.opening();
        }

        /** The main issue's key, e.g. {@code price}. */
        public String mainIssue() {
            return profile.mainIssue().key();
        }

        /** The reservation value; only for the debrief after the negotiation ended and for the engine's state. */
        public BigDecimal reservationForDebrief() {
            return reservation;
        }

        /** The initial state before the opening. */
        EngineState initialState() {
            return new EngineState(reservation, CounterpartState.initial(profile));
        }

        /** Whether the given state has ended the negotiation. */
        public static boolean ended(EngineState state) {
            return state.counterpart().status().isFinal();
        }

        /** Whether the counterpart walked away in {@code state}. */
        public static boolean counterpartLeft(EngineState state) {
            return state.counterpart().status() == CounterpartStatus.COUNTERPART_LEFT;
        }
    }
}
