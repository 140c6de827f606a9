package io.negotiationmaster.performance;

import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.negotiation.NegotiationRecord;
import io.negotiationmaster.negotiation.NegotiationStatus;
import io.negotiationmaster.negotiation.NegotiationStore;
import io.negotiationmaster.negotiation.Negotiations;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.IssueRange;
import io.negotiationmaster.scenario.Issues;
import io.negotiationmaster.scenario.RatingBands;
import io.negotiationmaster.scenario.Scenario;
import io.negotiationmaster.scenario.ScenarioCatalog;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.scenario.ScenarioRepository;
import io.negotiationmaster.storage.PageRequest;
import io.negotiationmaster.storage.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The performance facet ({@code nm.performance()}): ends a negotiation, scores it and updates the user's
 * progress, all in the transaction that completes it; reads stored reports and progress.
 */
public final class Performance {
    private final Negotiations negotiations;
    private final NegotiationStore negotiationStore;
    private final PerformanceStore store;
    private final ScenarioCatalog catalog;
    private final ScenarioRepository scenarios;
    private final PerformanceAnalyzer analyzer;
    private final ProgressPolicy progressPolicy;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the facet; hosts get it from {@code NegotiationMaster.performance()}. */
    public Performance(Negotiations negotiations, NegotiationStore negotiationStore, PerformanceStore store,
            ScenarioCatalog catalog, ScenarioRepository scenarios, PerformanceAnalyzer analyzer,
            ProgressPolicy progressPolicy, Transactions transactions, Clock clock) {
        this.negotiations = Objects.requireNonNull(negotiations, "negotiations");
        this.negotiationStore = Objects.requireNonNull(negotiationStore, "negotiationStore");
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
        this.progressPolicy = Objects.requireNonNull(progressPolicy, "progressPolicy");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Ends the negotiation (a running one ends without a deal), scores it, stores the report with its milestones
     * and feedback, and updates the user's progress — in one transaction. Finishing an already scored negotiation
     * returns the stored report.
     *
     * @throws ValidationException when the negotiation was abandoned (abandoned sessions are not scored)
     */
    public PerformanceReport finish(UUID userId, UUID negotiationId) {
        boolean[] endedNow = {false};
        PerformanceReport report = transactions.inTransaction(() -> {
            NegotiationRecord before = negotiations.record(userId, negotiationId);
            Optional<PerformanceReport> stored = store.report(negotiationId);
            if (stored.isPresent()) {
                return stored.get();
            }
            if (before.status() == NegotiationStatus.ABANDONED) {
                throw new ValidationException("negotiation", "negotiation " + negotiationId
                        + " was abandoned; abandoned negotiations are not scored");
            }
            endedNow[0] = before.status() == NegotiationStatus.IN_PROGRESS;
            NegotiationRecord record = negotiations.endForScoring(userId, negotiationId);
            FullScenario scenario = catalog.byId(record.scenarioId());
            List<Message> messages = negotiationStore.messages(negotiationId, 0, 100_000);
            FinishedNegotiation finished = finished(record, scenario, messages,
                    negotiationStore.metadata(negotiationId));
            PerformanceReport scored = analyzer.analyze(finished);
            Instant now = clock.instant();
            store.save(scored, now);
            ProgressUpdate update = progressPolicy.update(userId, store.progress(userId), store.skills(userId),
                    new SessionResult(scored, scenario.scenario().difficulty(), finished.outcome().status(), now));
            store.saveProgress(update, now);
            return scored;
        });
        if (endedNow[0]) {
            negotiations.announceFinished(negotiations.get(userId, negotiationId));
        }
        return report;
    }

    /** The stored report of a finished negotiation. */
    public PerformanceReport report(UUID userId, UUID negotiationId) {
        return transactions.inTransaction(() -> {
            negotiations.record(userId, negotiationId);
            return store.report(negotiationId).orElseThrow(
                    () -> new NotFoundException("performance report of negotiation", negotiationId));
        });
    }

    /**
     * The chart data of a negotiation: both sides' offers per turn, and once it has been scored the bargaining
     * zone, the deal and the scores. The zone is never part of it while the negotiation runs.
     */
    public NegotiationChart chart(UUID userId, UUID negotiationId) {
        return transactions.inTransaction(() -> {
            NegotiationRecord record = negotiations.record(userId, negotiationId);
            FullScenario scenario = catalog.byId(record.scenarioId());
            List<OfferPoint> offers = new ArrayList<>();
            for (Message m : negotiationStore.messages(negotiationId, 0, 100_000)) {
                m.offer().ifPresent(o -> offers.add(new OfferPoint(m.seq(), m.sender(), o.amount())));
            }
            Optional<PerformanceReport> report = record.status() == NegotiationStatus.IN_PROGRESS
                    ? Optional.empty() : store.report(negotiationId);
            Map<String, Double> scores = new java.util.LinkedHashMap<>();
            report.ifPresent(r -> {
                scores.put(Dimension.CLAIMING_VALUE.code(), r.claimingValue().score());
                scores.put(Dimension.CREATING_VALUE.code(), r.creatingValue().score());
                scores.put(Dimension.MANAGING_RELATIONSHIPS.code(), r.managingRelationships().score());
                scores.put("overall", r.overall().score());
            });
            Issues issues = scenario.scenario().issues();
            return new NegotiationChart(issues.currency(), issues.main().label(), offers,
                    report.flatMap(r -> r.debrief().zone()), record.dealTerms().map(Offer::amount), scores);
        });
    }

    /** The user's progress, history and recommended next scenario. */
    public ProgressView progress(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return transactions.inTransaction(() -> {
            UserProgress progress = store.progress(userId).orElse(UserProgress.empty(userId));
            Optional<ProgressSummary> skills = store.skills(userId);
            List<ScenarioSummary> available = scenarios.list(ScenarioFilter.active(), new PageRequest(0, 200))
                    .items().stream().map(Performance::summary).toList();
            Optional<ScenarioRecommendation> next = progressPolicy.recommend(store.progress(userId), skills,
                    available);
            return new ProgressView(progress, skills, store.history(userId), next);
        });
    }

    private static ScenarioSummary summary(Scenario s) {
        var w = s.scoringWeights();
        Dimension trains = w.creatingValue() > w.claimingValue() && w.creatingValue() >= w.managingRelationships()
                ? Dimension.CREATING_VALUE
                : w.managingRelationships() > w.claimingValue() ? Dimension.MANAGING_RELATIONSHIPS
                : s.issues().secondary().size() >= 2 ? Dimension.CREATING_VALUE : Dimension.CLAIMING_VALUE;
        return new ScenarioSummary(s.id(), s.slug(), s.difficulty(), trains);
    }

    /** The scoring input for a stored negotiation of typed messages: scenario facts, transcript and outcome. */
    public FinishedNegotiation finished(NegotiationRecord record, FullScenario full, List<Message> messages) {
        return finished(record, full, messages, Map.of());
    }

    /**
     * The scoring input for a stored negotiation: scenario facts, transcript and outcome. Messages whose
     * {@code metadata} (by message id) says source {@code voice} with a speech start and end carry that
     * {@link VoiceTiming}, for the user's spoken words and for the counterpart's played-back replies alike.
     */
    public FinishedNegotiation finished(NegotiationRecord record, FullScenario full, List<Message> messages,
            Map<UUID, MessageMetadata> metadata) {
        Objects.requireNonNull(metadata, "metadata");
        Scenario scenario = full.scenario();
        Issues issues = scenario.issues();
        var main = issues.main();
        boolean userWantsLow = main.counterpartWants() == io.negotiationmaster.scenario.Direction.HIGH;
        ScenarioFacts facts = new ScenarioFacts(scenario.id(), scenario.title(), scenario.difficulty(),
                new MainIssue(main.key(), main.label(), issues.currency(), userWantsLow), main.opening(),
                record.state().reservation(), main.target(), main.walkaway(), criteria(scenario),
                weights(scenario), scenario.context().learningObjectives(), secondary(issues));
        List<TranscriptEntry> transcript = new ArrayList<>();
        for (Message m : messages) {
            transcript.add(new TranscriptEntry(m.seq(), m.sender(), m.content(), m.timestamp(),
                    m.moves().isEmpty() ? EnumSet.noneOf(io.negotiationmaster.negotiation.MoveType.class)
                            : EnumSet.copyOf(m.moves()),
                    m.offer().map(Offer::amount), m.offer().map(Offer::terms).orElse(Map.of()),
                    voiceTiming(metadata.get(m.id()))));
        }
        OutcomeStatus status = switch (record.outcome().orElse(io.negotiationmaster.negotiation.Outcome
                .ENDED_WITHOUT_DEAL)) {
            case DEAL -> OutcomeStatus.DEAL;
            case COUNTERPART_WALKED_AWAY -> OutcomeStatus.NO_DEAL_COUNTERPART_WALKED;
            case ABANDONED -> OutcomeStatus.ABANDONED;
            case USER_WALKED_AWAY, ENDED_WITHOUT_DEAL -> OutcomeStatus.NO_DEAL_USER_WALKED;
        };
        Optional<DealTerms> deal = record.dealTerms().map(o -> new DealTerms(o.amount(), o.terms()));
        double rapport = (record.state().counterpart().rapport() + 1.0) / 2.0;
        Instant end = record.completedAt().orElse(clock.instant());
        return new FinishedNegotiation(record.id(), record.userId(), facts, transcript,
                new Outcome(status, deal, Math.max(0, Math.min(1, rapport)), record.startedAt(), end));
    }

    private static Optional<VoiceTiming> voiceTiming(MessageMetadata meta) {
        if (meta == null || !"voice".equals(meta.source()) || meta.speechStart() == null || meta.speechEnd() == null
                || meta.speechEnd().isBefore(meta.speechStart())) {
            return Optional.empty();
        }
        return Optional.of(new VoiceTiming(meta.speechStart(), meta.speechEnd()));
    }

    private static EvaluationCriteria criteria(Scenario scenario) {
        var c = scenario.evaluationCriteria();
        Map<Dimension, Map<Rating, String>> texts = new EnumMap<>(Dimension.class);
        put(texts, Dimension.CLAIMING_VALUE, c.claimingValue());
        put(texts, Dimension.CREATING_VALUE, c.creatingValue());
        put(texts, Dimension.MANAGING_RELATIONSHIPS, c.managingRelationships());
        return new EvaluationCriteria(texts);
    }

    private static void put(Map<Dimension, Map<Rating, String>> texts, Dimension d, RatingBands bands) {
        if (bands == null) {
            return;
        }
        Map<Rating, String> m = new EnumMap<>(Rating.class);
        putText(m, Rating.EXCELLENT, bands.excellent());
        putText(m, Rating.GOOD, bands.good());
        putText(m, Rating.AVERAGE, bands.average());
        putText(m, Rating.POOR, bands.poor());
        texts.put(d, m);
    }

    private static void putText(Map<Rating, String> m, Rating r, String text) {
        if (text != null && !text.isBlank()) {
            m.put(r, text);
        }
    }

    private static DimensionWeights weights(Scenario scenario) {
        var w = scenario.scoringWeights();
        double total = w.total();
        return total <= 0 ? DimensionWeights.DEFAULT : new DimensionWeights(w.claimingValue() / total,
                w.creatingValue() / total, w.managingRelationships() / total);
    }

    private static List<SecondaryIssue> secondary(Issues issues) {
        List<SecondaryIssue> result = new ArrayList<>();
        for (var s : issues.secondary()) {
            List<IssueOption> options = new ArrayList<>();
            if (s.isRanged()) {
                IssueRange r = s.range();
                BigDecimal step = r.step() == null || r.step().signum() <= 0 ? BigDecimal.ONE : r.step();
                for (BigDecimal x = r.min(); x.compareTo(r.max()) <= 0 && options.size() < 50; x = x.add(step)) {
                    String key = x.stripTrailingZeros().toPlainString();
                    options.add(new IssueOption(key, key + " " + s.label().toLowerCase(Locale.ROOT),
                            r.userValueAt(x).max(BigDecimal.ZERO), r.counterpartCostAt(x).max(BigDecimal.ZERO)));
                }
            } else {
                for (var o : s.options()) {
                    options.add(new IssueOption(o.value(), o.label(),
                            o.userValue() == null ? BigDecimal.ZERO : o.userValue().max(BigDecimal.ZERO),
                            o.cost().orElse(BigDecimal.ZERO).max(BigDecimal.ZERO)));
                }
            }
            if (!options.isEmpty()) {
                result.add(new SecondaryIssue(s.key(), s.label(), options));
            }
        }
        return result;
    }
}
