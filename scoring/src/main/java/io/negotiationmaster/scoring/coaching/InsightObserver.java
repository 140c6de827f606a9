package io.negotiationmaster.scoring.coaching;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.ConversationMetrics;
import io.negotiationmaster.performance.PersonalityInsight;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import java.util.ArrayList;
import java.util.List;

/**
 * Observed tendencies in this negotiation, worded as behaviour, never as a diagnosis: curiosity (interest
 * questions), warmth (greetings, rapport, thanks), reliance on reasons, pressure (threats, insults), quick yielding
 * (a concession right after a counterpart rejection or pressure tactic), firmness (no concessions), and who spoke
 * more when voice timings exist.
 */
public final class InsightObserver {
    /** Creates an observer. */
    public InsightObserver() {
        // stateless
    }

    /** The observed tendencies. */
    public List<PersonalityInsight> observe(NegotiationFacts f, ConversationMetrics metrics) {
        var out = new ArrayList<PersonalityInsight>();
        var questions = f.turnsWith(Party.USER, MoveType.INTEREST_QUESTION);
        if (questions.size() >= 2) {
            out.add(new PersonalityInsight("Curious", "You asked about the other side's needs several times.", questions));
        }
        var warm = new ArrayList<Integer>(f.turnsWith(Party.USER, MoveType.RAPPORT));
        warm.addAll(f.turnsWith(Party.USER, MoveType.APPRECIATION));
        warm.addAll(f.turnsWith(Party.USER, MoveType.GREETING));
        warm.sort(null);
        if (warm.size() >= 2) {
            out.add(new PersonalityInsight("Warm", "You kept a friendly, appreciative tone.", distinct(warm)));
        }
        var reasons = new ArrayList<Integer>(f.turnsWith(Party.USER, MoveType.JUSTIFICATION));
        reasons.addAll(f.turnsWith(Party.USER, MoveType.OBJECTIVE_STANDARD));
        reasons.sort(null);
        if (reasons.size() >= 2) {
            out.add(new PersonalityInsight("Reasoned", "You backed your positions with reasons and standards.",
                    distinct(reasons)));
        }
        var pressure = new ArrayList<Integer>(f.turnsWith(Party.USER, MoveType.THREAT_ULTIMATUM));
        pressure.addAll(f.turnsWith(Party.USER, MoveType.HOSTILITY));
        pressure.sort(null);
        if (!pressure.isEmpty()) {
            out.add(new PersonalityInsight("Pressuring", "You reached for pressure when the talks got hard.",
                    distinct(pressure)));
        }
        var yielded = yieldedToPressure(f);
        if (!yielded.isEmpty()) {
            out.add(new PersonalityInsight("Quick to yield",
                    "You conceded right after the counterpart pushed back or applied pressure.", yielded));
        }
        if (f.concessions(Party.USER).isEmpty() && !f.offers(Party.USER).isEmpty()) {
            out.add(new PersonalityInsight("Firm", "You held your position without conceding.",
                    f.offers(Party.USER).stream().map(o -> o.turn()).toList()));
        }
        metrics.userSpeakingShare().ifPresent(share -> {
            if (share > 0.65) {
                out.add(new PersonalityInsight("Talkative", "You did most of the talking ("
                        + Math.round(share * 100) + "% of the speaking time).", List.of()));
            } else if (share < 0.35) {
                out.add(new PersonalityInsight("Listener", "You let the counterpart do most of the talking ("
                        + Math.round(share * 100) + "% was yours).", List.of()));
            }
        });
        return List.copyOf(out);
    }

    private static List<Integer> yieldedToPressure(NegotiationFacts f) {
        var turns = new ArrayList<Integer>();
        var conceded = new java.util.HashSet<Integer>();
        f.concessions(Party.USER).forEach(c -> conceded.add(c.turn()));
        var t = f.transcript();
        for (int i = 1; i < t.size(); i++) {
            var prev = t.get(i - 1);
            var e = t.get(i);
            if (e.byUser() && !prev.byUser() && (prev.has(MoveType.REJECTION) || prev.moves().stream().anyMatch(MoveType::isTactic))) {
                if (conceded.contains(e.turnIndex())) {
                    turns.add(e.turnIndex());
                }
            }
        }
        return turns;
    }

    private static List<Integer> distinct(List<Integer> sorted) {
        return sorted.stream().distinct().toList();
    }
}
