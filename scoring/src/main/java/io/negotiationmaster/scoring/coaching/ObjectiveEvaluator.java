package io.negotiationmaster.scoring.coaching;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.ObjectiveResult;
import io.negotiationmaster.performance.OverallScore;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Judges the scenario's learning objectives by keywords in their text, the first matching group deciding:
 * BATNA/alternative/walk away → referred to an alternative or walked away; anchor/first offer → opened with an
 * offer reaching at least half-way into the counterpart's range; value proposition/articulate/justify → gave
 * reasons; rapport/relationship → greeting, rapport or thanks and the counterpart's rapport at least 0.6;
 * creative/add-on/package/trade/benefit/financing → proposed a package trade or obtained a secondary option;
 * interest/need/question → asked about interests; market/objective/standard → cited a standard;
 * concession → no unreciprocated concessions. Any other objective is met with an overall score of at least 50.
 */
public final class ObjectiveEvaluator {
    /** Creates an evaluator. */
    public ObjectiveEvaluator() {
        // stateless
    }

    /**
     * The results of the scenario's objectives, in its order.
     *
     * @param facts the negotiation's facts
     * @param openingReach how far the user's first offer reached into the counterpart's range, 0–1
     * @param unreciprocatedTurns turns of unreciprocated user concessions
     * @param overall the overall score
     */
    public List<ObjectiveResult> evaluate(NegotiationFacts facts, double openingReach, List<Integer> unreciprocatedTurns,
                                          OverallScore overall) {
        var results = new ArrayList<ObjectiveResult>();
        for (String objective : facts.scenario().learningObjectives()) {
            results.add(evaluate(objective, facts, openingReach, unreciprocatedTurns, overall));
        }
        return List.copyOf(results);
    }

    private static ObjectiveResult evaluate(String objective, NegotiationFacts f, double openingReach,
                                            List<Integer> unreciprocated, OverallScore overall) {
        String s = objective.toLowerCase(Locale.ROOT);
        if (has(s, "batna", "alternative", "walk away", "walk-away", "walkaway")) {
            var turns = union(f.turnsWith(Party.USER, MoveType.BATNA_REFERENCE), f.turnsWith(Party.USER, MoveType.WALK_AWAY));
            return result(objective, !turns.isEmpty(), turns.isEmpty() ? "You never referred to your alternative."
                    : "You referred to your alternative.", turns);
        }
        if (has(s, "anchor", "first offer", "opening offer")) {
            var first = f.firstOffer(Party.USER);
            boolean met = first.isPresent() && openingReach >= 0.5;
            return result(objective, met, first.map(o -> "Your first offer of " + f.money(o.value()) + " reached "
                    + Math.round(openingReach * 100) + "% into the counterpart's range.")
                    .orElse("You made no offer of your own."), first.map(o -> List.of(o.turn())).orElse(List.of()));
        }
        if (has(s, "value proposition", "articulat", "justif", "reason", "persua")) {
            var turns = union(f.turnsWith(Party.USER, MoveType.JUSTIFICATION), f.turnsWith(Party.USER, MoveType.INFORMATION));
            return result(objective, !f.turnsWith(Party.USER, MoveType.JUSTIFICATION).isEmpty(),
                    turns.isEmpty() ? "You gave no reasons for your position." : "You explained what backs your position.",
                    turns);
        }
        if (has(s, "rapport", "relationship", "trust", "tone")) {
            var turns = union(union(f.turnsWith(Party.USER, MoveType.GREETING), f.turnsWith(Party.USER, MoveType.RAPPORT)),
                    f.turnsWith(Party.USER, MoveType.APPRECIATION));
            double rapport = f.negotiation().outcome().counterpartRapport();
            return result(objective, !turns.isEmpty() && rapport >= 0.6,
                    "Counterpart rapport ended at " + Math.round(rapport * 100) + "% after " + turns.size()
                            + " warm message" + (turns.size() == 1 ? "" : "s") + ".", turns);
        }
        if (has(s, "creativ", "add-on", "addon", "package", "trade", "benefit", "financing", "value creation", "pie")) {
            var turns = f.turnsWith(Party.USER, MoveType.PACKAGE_TRADE);
            boolean obtained = f.deal().map(d -> !d.secondaryOptions().isEmpty()).orElse(false);
            return result(objective, !turns.isEmpty() || obtained, obtained ? "The deal includes "
                    + String.join(", ", new TreeSet<>(f.deal().get().secondaryOptions().keySet())) + "."
                    : turns.isEmpty() ? "You proposed no trades beyond the main issue." : "You proposed package trades.",
                    turns);
        }
        if (has(s, "interest", "need", "question", "listen")) {
            var turns = f.turnsWith(Party.USER, MoveType.INTEREST_QUESTION);
            return result(objective, !turns.isEmpty(), turns.size() + " question" + (turns.size() == 1 ? "" : "s")
                    + " about the counterpart's interests.", turns);
        }
        if (has(s, "market", "objective", "standard", "research", "benchmark")) {
            var turns = f.turnsWith(Party.USER, MoveType.OBJECTIVE_STANDARD);
            return result(objective, !turns.isEmpty(), turns.isEmpty() ? "You cited no objective standard."
                    : "You cited objective standards.", turns);
        }
        if (has(s, "concession")) {
            return result(objective, unreciprocated.isEmpty(), unreciprocated.isEmpty()
                    ? "Your concessions were matched by the counterpart's." : "You conceded twice in a row.", unreciprocated);
        }
        return result(objective, overall.score() >= 50, "No specific check for this objective; judged by the overall "
                + "score of " + Math.round(overall.score()) + ".", List.of());
    }

    private static ObjectiveResult result(String objective, boolean met, String evidence, List<Integer> turns) {
        return new ObjectiveResult(objective, met, evidence, turns);
    }

    private static boolean has(String s, String... words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static List<Integer> union(List<Integer> a, List<Integer> b) {
        var set = new TreeSet<Integer>(a);
        set.addAll(b);
        return List.copyOf(set);
    }
}
