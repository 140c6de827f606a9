package io.negotiationmaster.scoring.creating;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.IssueOption;
import io.negotiationmaster.performance.OutcomeSpace;
import io.negotiationmaster.performance.Rating;
import io.negotiationmaster.performance.ScenarioFacts;
import io.negotiationmaster.performance.SecondaryIssue;
import io.negotiationmaster.performance.TranscriptEntry;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Scores creating value as {@code 100 ·} the weighted mean of the parts that apply:
 * interests asked about (0.25: two interest questions earn it all), issues explored beyond the main one (0.2: two
 * secondary issues raised, or in a single-issue scenario two disclosures of own needs), packages and if-then trades
 * (0.2: {@code 0.6 ·} two trades {@code + 0.4 ·} the share the counterpart answered with a concession, trade or
 * acceptance), and, in multi-issue scenarios, secondary value obtained relative to the most available (0.2) and the
 * deal's joint gain relative to the best possible (0.15).
 */
public final class CreatingValueScorer {
    private static final MoveType[] ANSWERS = {MoveType.CONCESSION, MoveType.PACKAGE_TRADE, MoveType.ACCEPTANCE};

    /** Creates a scorer. */
    public CreatingValueScorer() {
        // stateless
    }

    /** The creating-value score; {@code space} is the outcome space when the scenario has secondary issues. */
    public DimensionScore score(NegotiationFacts facts, Optional<OutcomeSpace> space) {
        ScenarioFacts s = facts.scenario();
        double weighted = 0;
        double weights = 0;
        int questions = facts.count(Party.USER, MoveType.INTEREST_QUESTION);
        double interests = Math.min(1, questions / 2.0);
        weighted += 0.25 * interests;
        weights += 0.25;

        var raised = raisedIssues(facts);
        double explored = s.secondaryIssues().isEmpty()
                ? Math.min(1, facts.count(Party.USER, MoveType.INFORMATION) / 2.0)
                : Math.min(1, raised.size() / (double) Math.min(2, s.secondaryIssues().size()));
        weighted += 0.2 * explored;
        weights += 0.2;

        int trades = facts.count(Party.USER, MoveType.PACKAGE_TRADE);
        double answered = reciprocatedTradeShare(facts);
        double tradeScore = 0.6 * Math.min(1, trades / 2.0) + 0.4 * answered;
        weighted += 0.2 * tradeScore;
        weights += 0.2;

        var text = new StringBuilder(256);
        text.append(String.format(Locale.ROOT, "You asked %d question%s about the counterpart's interests",
                questions, questions == 1 ? "" : "s"));
        if (!s.secondaryIssues().isEmpty()) {
            double secondary = secondaryShare(facts);
            weighted += 0.2 * secondary;
            weights += 0.2;
            double joint = space.flatMap(o -> o.jointGainShare().isPresent()
                    ? Optional.of(o.jointGainShare().getAsDouble()) : Optional.empty()).orElse(0.0);
            weighted += 0.15 * joint;
            weights += 0.15;
            text.append(", raised ").append(raised.size()).append(" of ").append(s.secondaryIssues().size())
                    .append(" other issue").append(s.secondaryIssues().size() == 1 ? "" : "s");
            if (!raised.isEmpty()) {
                text.append(" (").append(String.join(", ", raised)).append(')');
            }
            text.append(String.format(Locale.ROOT, " and proposed %d package trade%s. The deal secured %.0f%% of the "
                    + "secondary value available and %.0f%% of the best joint gain.", trades, trades == 1 ? "" : "s",
                    secondary * 100, joint * 100));
        } else {
            text.append(String.format(Locale.ROOT, " and proposed %d package trade%s.", trades, trades == 1 ? "" : "s"));
        }
        double score = Math.max(0, Math.min(100, 100 * weighted / weights));
        Rating rating = Rating.forScore(score);
        s.criteria().text(Dimension.CREATING_VALUE, rating)
                .ifPresent(t -> text.append(" The scenario describes ").append(rating.code()).append(" as \"")
                        .append(t).append("\"."));
        return new DimensionScore(score, rating, text.toString());
    }

    /** The secondary issues the user raised (offered or asked about, or agreed in the deal), sorted by key. */
    public TreeSet<String> raisedIssues(NegotiationFacts facts) {
        var raised = new TreeSet<String>();
        for (TranscriptEntry e : facts.transcript()) {
            if (e.byUser()) {
                for (String key : e.secondaryTerms().keySet()) {
                    if (facts.scenario().secondaryIssue(key).isPresent()) {
                        raised.add(key);
                    }
                }
            }
        }
        facts.deal().ifPresent(d -> raised.addAll(d.secondaryOptions().keySet()));
        return raised;
    }

    /** The value of the agreed secondary options relative to the most each issue offered the user, 0–1. */
    public double secondaryShare(NegotiationFacts facts) {
        List<SecondaryIssue> issues = facts.scenario().secondaryIssues();
        double available = 0;
        for (SecondaryIssue i : issues) {
            available += i.bestForUser().valueToUser().doubleValue();
        }
        if (available <= 0 || facts.deal().isEmpty()) {
            return 0;
        }
        double obtained = 0;
        for (var e : facts.deal().get().secondaryOptions().entrySet()) {
            obtained += facts.scenario().secondaryIssue(e.getKey()).flatMap(i -> i.option(e.getValue()))
                    .map(IssueOption::valueToUser).orElseThrow().doubleValue();
        }
        return Math.min(1, obtained / available);
    }

    /** The share of the user's package trades the counterpart's next message answered by moving (0 without trades). */
    public double reciprocatedTradeShare(NegotiationFacts facts) {
        List<TranscriptEntry> t = facts.transcript();
        int trades = 0;
        int answered = 0;
        for (int i = 0; i < t.size(); i++) {
            TranscriptEntry e = t.get(i);
            if (!e.byUser() || !e.has(MoveType.PACKAGE_TRADE)) {
                continue;
            }
            trades++;
            for (int j = i + 1; j < t.size(); j++) {
                if (!t.get(j).byUser()) {
                    for (MoveType m : ANSWERS) {
                        if (t.get(j).has(m)) {
                            answered++;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        return trades == 0 ? 0 : (double) answered / trades;
    }
}
