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
import io.negotiationmaster.scenario.Issues;
import io.negotiationmaster.scenario.Scenario;
import io.negotiationmaster.scenario.ScenarioCatalog;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.scenario.ScenarioRepository;
import io.negotiationmaster.storage.PageRequest;
import io.negotiationmaster.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    private static final java.time.Duration SUMMARY_TTL = java.time.Duration.ofMinutes(1);
    private volatile CachedSummaries summaries;

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
        return transactions.readOnly(() -> {
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
        return transactions.readOnly(() -> {
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
        return transactions.readOnly(() -> {
            Optional<UserProgress> stored = store.progress(userId);
            Optional<ProgressSummary> skills = store.skills(userId);
            Optional<ScenarioRecommendation> next = progressPolicy.recommend(stored, skills, availableScenarios());
            return new ProgressView(stored.orElse(UserProgress.empty(userId)), skills, store.history(userId), next);
        });
    }

    /**
     * The active scenarios as the recommendation sees them, re-read at most once a minute: parsing the whole
     * catalog on every progress call would dominate it, and a scenario edit may wait a minute to be recommended.
     */
    private List<ScenarioSummary> availableScenarios() {
        CachedSummaries cached = summaries;
        Instant now = clock.instant();
        if (cached == null || now.isAfter(cached.readAt().plus(SUMMARY_TTL)) || now.isBefore(cached.readAt())) {
            List<ScenarioSummary> fresh = scenarios.list(ScenarioFilter.active(), new PageRequest(0, 200)).items()
                    .stream().map(Performance::summary).toList();
            cached = new CachedSummaries(fresh, now);
            summaries = cached;
        }
        return cached.items();
    }

    private record CachedSummaries(List<ScenarioSummary> items, Instant readAt) {
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
        return ScoringInput.finished(record, full, messages, metadata, clock.instant());
    }
}
