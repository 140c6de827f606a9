package io.negotiationmaster.scoring.relationships;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.OutcomeStatus;
import io.negotiationmaster.performance.Rating;
import io.negotiationmaster.performance.TranscriptEntry;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import io.negotiationmaster.scoring.facts.OfferEvent;
import java.util.List;
import java.util.Locale;

/**
 * Scores managing relationships as {@code 100 ·} (0.2 courtesy + 0.15 empathy + 0.15 reasons + 0.1 reciprocity +
 * 0.3 counterpart rapport at the end + 0.1 amicable close) minus 8 points per threat or ultimatum (at most 24)
 * and 15 per insult (at most 45), clamped to 0–100.
 */
public final class RelationshipScorer {
    private static final MoveType[] RECIPROCATING = {
        MoveType.CONCESSION, MoveType.APPRECIATION, MoveType.ACCEPTANCE, MoveType.PACKAGE_TRADE, MoveType.RAPPORT};

    /** Creates a scorer. */
    public RelationshipScorer() {
        // stateless
    }

    /** The managing-relationships score of the negotiation behind {@code facts}. */
    public DimensionScore score(NegotiationFacts facts) {
        int greetings = facts.count(Party.USER, MoveType.GREETING);
        int appreciation = facts.count(Party.USER, MoveType.APPRECIATION);
        int rapport = facts.count(Party.USER, MoveType.RAPPORT);
        int threats = facts.count(Party.USER, MoveType.THREAT_ULTIMATUM);
        int insults = facts.count(Party.USER, MoveType.HOSTILITY);
        double courtesy = (greetings > 0 ? 0.4 : 0) + Math.min(0.6, 0.2 * (appreciation + rapport));
        double empathy = Math.min(1, rapport / 2.0);
        double reasons = reasonedShare(facts);
        double reciprocity = reciprocity(facts);
        double endRapport = facts.negotiation().outcome().counterpartRapport();
        double close = amicableClose(facts);
        double penalty = Math.min(24, 8.0 * threats) + Math.min(45, 15.0 * insults);
        double raw = 100 * (0.2 * courtesy + 0.15 * empathy + 0.15 * reasons + 0.1 * reciprocity
                + 0.3 * endRapport + 0.1 * close) - penalty;
        double score = Math.max(0, Math.min(100, raw));
        Rating rating = Rating.forScore(score);
        var text = new StringBuilder(256);
        text.append(String.format(Locale.ROOT,
                "Courtesy: %d greeting%s, %d thanks and %d empathetic remark%s. %.0f%% of your offers came with a reason. "
                        + "The counterpart's rapport ended at %.0f%%.",
                greetings, greetings == 1 ? "" : "s", appreciation, rapport, rapport == 1 ? "" : "s", reasons * 100,
                endRapport * 100));
        if (threats + insults > 0) {
            text.append(String.format(Locale.ROOT, " %d threat%s or ultimatum%s and %d insult%s cost %.0f points.",
                    threats, threats == 1 ? "" : "s", threats == 1 ? "" : "s", insults, insults == 1 ? "" : "s",
                    penalty));
        } else {
            text.append(" You used no threats or insults.");
        }
        facts.scenario().criteria().text(Dimension.MANAGING_RELATIONSHIPS, rating)
                .ifPresent(t -> text.append(" The scenario describes ").append(rating.code()).append(" as \"")
                        .append(t).append("\"."));
        return new DimensionScore(score, rating, text.toString());
    }

    /** The share of the user's offers given with a justification or objective standard; 0.5 without offers. */
    public double reasonedShare(NegotiationFacts facts) {
        List<OfferEvent> offers = facts.offers(Party.USER);
        if (offers.isEmpty()) {
            return 0.5;
        }
        return offers.stream().filter(OfferEvent::reasoned).count() / (double) offers.size();
    }

    /**
     * The share of counterpart concessions the user's next message answered with a concession, thanks, acceptance,
     * trade or rapport; 1 when the counterpart never conceded before a user message.
     */
    public double reciprocity(NegotiationFacts facts) {
        List<TranscriptEntry> t = facts.transcript();
        var concededTurns = new java.util.HashSet<Integer>();
        facts.concessions(Party.AI).forEach(c -> concededTurns.add(c.turn()));
        int counted = 0;
        int answered = 0;
        for (int i = 0; i < t.size(); i++) {
            TranscriptEntry e = t.get(i);
            if (e.byUser() || !concededTurns.contains(e.turnIndex())) {
                continue;
            }
            for (int j = i + 1; j < t.size(); j++) {
                TranscriptEntry next = t.get(j);
                if (next.byUser()) {
                    counted++;
                    for (MoveType m : RECIPROCATING) {
                        if (next.has(m)) {
                            answered++;
                            break;
                        }
                    }
                    break;
                }
            }
        }
        return counted == 0 ? 1 : (double) answered / counted;
    }

    /** How amicably it ended, 0–1 (0 when the user's last message was hostile or threatening). */
    public double amicableClose(NegotiationFacts facts) {
        List<TranscriptEntry> user = facts.messages(Party.USER);
        if (!user.isEmpty()) {
            TranscriptEntry last = user.get(user.size() - 1);
            if (last.has(MoveType.HOSTILITY) || last.has(MoveType.THREAT_ULTIMATUM)) {
                return 0;
            }
        }
        OutcomeStatus status = facts.negotiation().outcome().status();
        return switch (status) {
            case DEAL -> {
                boolean warm = user.stream().skip(Math.max(0, user.size() - 2))
                        .anyMatch(e -> e.has(MoveType.APPRECIATION) || e.has(MoveType.RAPPORT));
                yield warm ? 1 : 0.7;
            }
            case NO_DEAL_USER_WALKED -> 0.6;
            case NO_DEAL_COUNTERPART_WALKED -> 0.2;
            case ABANDONED -> 0.4;
        };
    }
}
