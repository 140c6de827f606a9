package io.negotiationmaster.performance;

import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MessageMetadata;
import io.negotiationmaster.negotiation.NegotiationRecord;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.Issues;
import io.negotiationmaster.scenario.RatingBands;
import io.negotiationmaster.scenario.Scenario;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Builds the {@link FinishedNegotiation} a {@link PerformanceAnalyzer} reads from a negotiation record, its
 * scenario and its messages; shared by the performance facet and by in-memory replays (coaching what-ifs).
 */
public final class ScoringInput {
    private ScoringInput() {
    }

    /**
     * The scoring input for a negotiation: scenario facts, transcript and outcome. A pure function of its
     * arguments, so stored negotiations and in-memory replays are scored alike.
     *
     * @param record the negotiation (its outcome, deal, final engine state and times)
     * @param full the scenario it was played on
     * @param messages its messages in order
     * @param endIfRunning the end time to use when the record has none
     */
    public static FinishedNegotiation finished(NegotiationRecord record, FullScenario full, List<Message> messages,
            Instant endIfRunning) {
        return finished(record, full, messages, Map.of(), endIfRunning);
    }

    /**
     * As {@link #finished(NegotiationRecord, FullScenario, List, Instant)}; messages whose {@code metadata} (by
     * message id) says source {@code voice} with a speech start and end carry that {@link VoiceTiming}, for the
     * user's spoken words and for the counterpart's played-back replies alike.
     */
    public static FinishedNegotiation finished(NegotiationRecord record, FullScenario full, List<Message> messages,
            Map<UUID, MessageMetadata> metadata, Instant endIfRunning) {
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
        Instant end = record.completedAt().orElse(endIfRunning);
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
            List<IssueOption> options = s.tradeOptions().stream().map(o -> new IssueOption(o.key(), o.label(),
                    o.valueToUser(), o.costToCounterpart())).toList();
            if (!options.isEmpty()) {
                result.add(new SecondaryIssue(s.key(), s.label(), options));
            }
        }
        return result;
    }
}
