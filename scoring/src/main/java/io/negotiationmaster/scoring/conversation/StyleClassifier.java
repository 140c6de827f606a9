package io.negotiationmaster.scoring.conversation;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.NegotiationStyle;
import io.negotiationmaster.performance.StyleAssessment;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import java.util.Map;

/**
 * Places the user on the Thomas–Kilmann grid. Assertiveness is (assertive moves − half the yielding moves) per user
 * message; cooperativeness is (cooperative moves − twice the hostile moves) per user message, both clamped to 0–1.
 * Assertive: offers, counter-offers, rejections, alternatives, standards, justifications, threats, walk-aways.
 * Yielding: concessions and acceptances. Cooperative: greetings, rapport, interest questions, information,
 * trades, thanks, concessions and acceptances. Hostile: threats and insults. The style is the nearest of the
 * five prototypes: competing (1, 0), collaborating (1, 1), compromising (0.5, 0.5), avoiding (0, 0),
 * accommodating (0, 1).
 */
public final class StyleClassifier {
    private static final MoveType[] ASSERTIVE = {MoveType.FIRST_OFFER, MoveType.COUNTER_OFFER, MoveType.REJECTION,
        MoveType.BATNA_REFERENCE, MoveType.OBJECTIVE_STANDARD, MoveType.JUSTIFICATION, MoveType.THREAT_ULTIMATUM,
        MoveType.WALK_AWAY, MoveType.HIGH_ANCHOR};
    private static final MoveType[] YIELDING = {MoveType.CONCESSION, MoveType.ACCEPTANCE};
    private static final MoveType[] COOPERATIVE = {MoveType.GREETING, MoveType.RAPPORT, MoveType.INTEREST_QUESTION,
        MoveType.INFORMATION, MoveType.PACKAGE_TRADE, MoveType.APPRECIATION, MoveType.CONCESSION, MoveType.ACCEPTANCE};
    private static final MoveType[] HOSTILE = {MoveType.THREAT_ULTIMATUM, MoveType.HOSTILITY};

    /** Creates a classifier. */
    public StyleClassifier() {
        // stateless
    }

    /** The style of the user in the negotiation behind {@code facts}. */
    public StyleAssessment classify(NegotiationFacts facts) {
        Map<MoveType, Integer> moves = facts.moveCounts(Party.USER);
        int turns = Math.max(1, facts.messages(Party.USER).size());
        double assertiveness = clamp((sum(moves, ASSERTIVE) - 0.5 * sum(moves, YIELDING)) / turns);
        double cooperativeness = clamp((sum(moves, COOPERATIVE) - 2.0 * sum(moves, HOSTILE)) / turns);
        return new StyleAssessment(nearest(assertiveness, cooperativeness), assertiveness, cooperativeness);
    }

    /** The Thomas–Kilmann mode nearest to the point (assertiveness, cooperativeness). */
    public static NegotiationStyle nearest(double assertiveness, double cooperativeness) {
        NegotiationStyle best = NegotiationStyle.COMPROMISING;
        double bestDistance = Double.MAX_VALUE;
        for (NegotiationStyle s : NegotiationStyle.values()) {
            double a = switch (s) {
                case COMPETING, COLLABORATING -> 1;
                case COMPROMISING -> 0.5;
                case AVOIDING, ACCOMMODATING -> 0;
            };
            double c = switch (s) {
                case COLLABORATING, ACCOMMODATING -> 1;
                case COMPROMISING -> 0.5;
                case COMPETING, AVOIDING -> 0;
            };
            double d = Math.hypot(assertiveness - a, cooperativeness - c);
            if (d < bestDistance) {
                bestDistance = d;
                best = s;
            }
        }
        return best;
    }

    private static int sum(Map<MoveType, Integer> moves, MoveType[] kinds) {
        int n = 0;
        for (MoveType m : kinds) {
            n += moves.getOrDefault(m, 0);
        }
        return n;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
