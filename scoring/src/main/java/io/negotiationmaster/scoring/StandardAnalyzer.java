package io.negotiationmaster.scoring;

import io.negotiationmaster.performance.AvailableTrade;
import io.negotiationmaster.performance.BargainingZone;
import io.negotiationmaster.performance.ConversationMetrics;
import io.negotiationmaster.performance.Debrief;
import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.DimensionWeights;
import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.IssueOption;
import io.negotiationmaster.performance.OutcomeSpace;
import io.negotiationmaster.performance.OverallScore;
import io.negotiationmaster.performance.PerformanceAnalyzer;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.Rating;
import io.negotiationmaster.performance.ScenarioFacts;
import io.negotiationmaster.performance.SecondaryIssue;
import io.negotiationmaster.performance.Suggestion;
import io.negotiationmaster.performance.SuggestionKind;
import io.negotiationmaster.scoring.claiming.ClaimingValueScorer;
import io.negotiationmaster.scoring.coaching.FeedbackComposer;
import io.negotiationmaster.scoring.coaching.InsightObserver;
import io.negotiationmaster.scoring.coaching.MistakeDetector;
import io.negotiationmaster.scoring.coaching.ObjectiveEvaluator;
import io.negotiationmaster.scoring.conversation.MetricsCalculator;
import io.negotiationmaster.scoring.conversation.MilestoneDetector;
import io.negotiationmaster.scoring.conversation.StyleClassifier;
import io.negotiationmaster.scoring.creating.CreatingValueScorer;
import io.negotiationmaster.scoring.creating.OutcomeSpaceAnalyzer;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import io.negotiationmaster.scoring.relationships.RelationshipScorer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The standard {@link PerformanceAnalyzer}: pure, deterministic and thread-safe (it holds no mutable state).
 *
 * <pre>{@code
 * PerformanceAnalyzer analyzer = new StandardAnalyzer();
 * PerformanceReport report = analyzer.analyze(finishedNegotiation);
 * double overall = report.overall().score();       // weighted mean of the three dimensions
 * }</pre>
 *
 * <p>The overall score is the mean of the three dimension scores weighted by the scenario's
 * {@link DimensionWeights} (default 0.4/0.3/0.3) and rated by {@link Rating#forScore(double)}: excellent from 85,
 * good from 70, average from 50, poor below. See the scorers for each dimension's formula.
 */
public final class StandardAnalyzer implements PerformanceAnalyzer {
    private final ClaimingValueScorer claiming = new ClaimingValueScorer();
    private final CreatingValueScorer creating = new CreatingValueScorer();
    private final RelationshipScorer relationships = new RelationshipScorer();
    private final OutcomeSpaceAnalyzer outcomeSpace = new OutcomeSpaceAnalyzer();
    private final MetricsCalculator metrics = new MetricsCalculator();
    private final MilestoneDetector milestones = new MilestoneDetector();
    private final StyleClassifier style = new StyleClassifier();
    private final MistakeDetector mistakes = new MistakeDetector();
    private final ObjectiveEvaluator objectives = new ObjectiveEvaluator();
    private final InsightObserver insights = new InsightObserver();
    private final FeedbackComposer feedback = new FeedbackComposer();

    /** Creates the analyzer. */
    public StandardAnalyzer() {
        // all parts are stateless
    }

    @Override
    public PerformanceReport analyze(FinishedNegotiation negotiation) {
        NegotiationFacts facts = NegotiationFacts.of(negotiation);
        ScenarioFacts scenario = negotiation.scenario();
        Optional<OutcomeSpace> space = scenario.secondaryIssues().isEmpty() ? Optional.empty()
                : Optional.of(outcomeSpace.analyze(scenario, negotiation.outcome().deal()));
        DimensionScore claimingScore = claiming.score(facts);
        DimensionScore creatingScore = creating.score(facts, space);
        DimensionScore relationshipScore = relationships.score(facts);
        var scores = new EnumMap<Dimension, DimensionScore>(Dimension.class);
        scores.put(Dimension.CLAIMING_VALUE, claimingScore);
        scores.put(Dimension.CREATING_VALUE, creatingScore);
        scores.put(Dimension.MANAGING_RELATIONSHIPS, relationshipScore);
        List<Suggestion> suggestions = mistakes.detect(facts, claimingScore);
        OverallScore overall = overall(scenario.weights(), scores, suggestions);
        ConversationMetrics conversation = metrics.metrics(facts);
        List<Integer> unreciprocated = suggestions.stream()
                .filter(s -> s.kind() == SuggestionKind.UNRECIPROCATED_CONCESSIONS)
                .flatMap(s -> s.turns().stream()).toList();
        return new PerformanceReport(negotiation.negotiationId(), negotiation.userId(), scenario.scenarioId(),
                claimingScore, creatingScore, relationshipScore, overall, conversation, metrics.moves(facts),
                milestones.milestones(facts), suggestions, style.classify(facts), insights.observe(facts, conversation),
                objectives.evaluate(facts, claiming.openingStrength(facts), unreciprocated, overall),
                debrief(facts), space, feedback.compose(scores, suggestions));
    }

    private static OverallScore overall(DimensionWeights weights, Map<Dimension, DimensionScore> scores,
                                        List<Suggestion> suggestions) {
        double sum = 0;
        for (Dimension d : Dimension.values()) {
            sum += weights.weight(d) * scores.get(d).score();
        }
        double score = Math.max(0, Math.min(100, sum));
        Rating rating = Rating.forScore(score);
        Dimension best = Dimension.CLAIMING_VALUE;
        Dimension worst = Dimension.CLAIMING_VALUE;
        for (Dimension d : Dimension.values()) {
            if (scores.get(d).score() > scores.get(best).score()) {
                best = d;
            }
            if (scores.get(d).score() < scores.get(worst).score()) {
                worst = d;
            }
        }
        var text = new StringBuilder(String.format(Locale.ROOT, "Overall %.0f (%s). Strongest: %s (%.0f); to work on: %s (%.0f).",
                score, rating.code(), label(best), scores.get(best).score(), label(worst), scores.get(worst).score()));
        if (!suggestions.isEmpty()) {
            text.append(" First priority: ").append(suggestions.get(0).text());
        }
        return new OverallScore(score, rating, text.toString());
    }

    private static String label(Dimension d) {
        return d.code().replace('_', ' ');
    }

    private static Debrief debrief(NegotiationFacts facts) {
        ScenarioFacts s = facts.scenario();
        boolean wantsLow = s.mainIssue().userWantsLow();
        BigDecimal limit = s.userLimit();
        BigDecimal reservation = s.counterpartReservation();
        Optional<BargainingZone> zone;
        if (wantsLow) {
            zone = reservation.compareTo(limit) <= 0 ? Optional.of(new BargainingZone(reservation, limit)) : Optional.empty();
        } else {
            zone = limit.compareTo(reservation) <= 0 ? Optional.of(new BargainingZone(limit, reservation)) : Optional.empty();
        }
        OptionalDouble share = OptionalDouble.empty();
        if (zone.isPresent() && facts.deal().isPresent()) {
            double width = zone.get().high().doubleValue() - zone.get().low().doubleValue();
            if (width > 0) {
                double gain = s.mainIssue().gainForUser(limit, facts.deal().get().mainValue());
                share = OptionalDouble.of(Math.max(0, Math.min(1, gain / width)));
            }
        }
        var trades = new ArrayList<AvailableTrade>();
        Map<String, String> agreed = facts.deal().map(d -> d.secondaryOptions()).orElse(Map.of());
        for (SecondaryIssue issue : s.secondaryIssues()) {
            for (IssueOption o : issue.options()) {
                trades.add(new AvailableTrade(issue.key(), issue.label(), o.key(), o.label(), o.valueToUser(),
                        o.costToCounterpart(), o.key().equals(agreed.get(issue.key()))));
            }
        }
        return new Debrief(s.counterpartOpening(), reservation, limit, zone, share, trades);
    }
}
