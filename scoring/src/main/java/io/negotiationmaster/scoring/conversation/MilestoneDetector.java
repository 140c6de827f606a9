package io.negotiationmaster.scoring.conversation;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.Milestone;
import io.negotiationmaster.performance.MilestoneType;
import io.negotiationmaster.performance.TranscriptEntry;
import io.negotiationmaster.scoring.facts.Concession;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import io.negotiationmaster.scoring.facts.OfferEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the key moments: each side's first offer, who anchored, each side's first and largest concession, a
 * breakthrough (one offer closing at least 35% of the first gap between the standing offers), an impasse (both
 * sides repeating their previous offer in a row), the close and walk-aways. Impacts are from the user's view.
 */
public final class MilestoneDetector {
    /** Creates a detector. */
    public MilestoneDetector() {
        // stateless
    }

    /** The milestones in transcript order (ties in a fixed type order). */
    public List<Milestone> milestones(NegotiationFacts facts) {
        var list = new ArrayList<Milestone>();
        List<OfferEvent> offers = facts.offers();
        if (!offers.isEmpty()) {
            OfferEvent anchor = offers.get(0);
            double strength = anchor.party() == Party.USER ? facts.captured(anchor.value())
                    : -0.5;
            list.add(new Milestone(anchor.turn(), MilestoneType.ANCHOR, anchor.party(),
                    (anchor.party() == Party.USER ? "You anchored" : "The counterpart anchored") + " the negotiation at "
                            + facts.money(anchor.value()) + ".", clampImpact(strength)));
        }
        for (Party p : Party.values()) {
            facts.firstOffer(p).ifPresent(o -> list.add(new Milestone(o.turn(), MilestoneType.FIRST_OFFER, p,
                    who(p) + " first offer: " + facts.money(o.value()) + ".",
                    p == Party.USER ? clampImpact(facts.captured(o.value()) - 0.5) : 0)));
            List<Concession> cs = facts.concessions(p);
            if (!cs.isEmpty()) {
                Concession first = cs.get(0);
                list.add(new Milestone(first.turn(), MilestoneType.FIRST_CONCESSION, p,
                        who(p) + " first concession" + size(facts, first) + ".", concessionImpact(facts, first)));
                Concession largest = cs.stream().max(Comparator.comparingDouble(Concession::size)).orElseThrow();
                if (largest.size() > 0 && cs.size() > 1) {
                    list.add(new Milestone(largest.turn(), MilestoneType.LARGEST_CONCESSION, p,
                            who(p) + " largest concession" + size(facts, largest) + ".", concessionImpact(facts, largest)));
                }
            }
        }
        breakthroughAndImpasse(facts, list);
        for (TranscriptEntry e : facts.transcript()) {
            if (e.has(MoveType.ACCEPTANCE) && facts.deal().isPresent()) {
                list.add(new Milestone(e.turnIndex(), MilestoneType.CLOSE, e.party(),
                        (e.byUser() ? "You accepted" : "The counterpart accepted") + " the deal at "
                                + facts.money(facts.deal().get().mainValue()) + ".",
                        clampImpact(facts.captured(facts.deal().get().mainValue()) * 2 - 1)));
            }
            if (e.has(MoveType.WALK_AWAY)) {
                list.add(new Milestone(e.turnIndex(), MilestoneType.WALK_AWAY, e.party(),
                        (e.byUser() ? "You walked away." : "The counterpart walked away."), e.byUser() ? 0 : -0.5));
            }
        }
        list.sort(Comparator.comparingInt(Milestone::turnIndex).thenComparing(Milestone::type));
        return List.copyOf(list);
    }

    private static void breakthroughAndImpasse(NegotiationFacts facts, List<Milestone> list) {
        BigDecimal user = null;
        BigDecimal ai = null;
        double firstGap = -1;
        boolean inImpasse = false;
        OfferEvent previous = null;
        boolean breakthroughFound = false;
        for (OfferEvent o : facts.offers()) {
            double gapBefore = user != null && ai != null ? Math.abs(user.doubleValue() - ai.doubleValue()) : -1;
            boolean repeated = (o.party() == Party.USER ? user : ai) != null && o.concession() == 0;
            if (o.party() == Party.USER) {
                user = o.value();
            } else {
                ai = o.value();
            }
            if (user != null && ai != null) {
                double gap = Math.abs(user.doubleValue() - ai.doubleValue());
                if (firstGap < 0) {
                    firstGap = gap;
                } else if (!breakthroughFound && firstGap > 0 && gapBefore - gap >= 0.35 * firstGap) {
                    breakthroughFound = true;
                    list.add(new Milestone(o.turn(), MilestoneType.BREAKTHROUGH, o.party(),
                            "The gap narrowed from " + facts.money(gapBefore) + " to " + facts.money(gap) + ".",
                            o.party() == Party.AI ? 0.6 : 0.2));
                }
            }
            if (repeated && previous != null && previous.party() != o.party() && previous.concession() == 0
                    && !previous.first()) {
                if (!inImpasse) {
                    inImpasse = true;
                    list.add(new Milestone(o.turn(), MilestoneType.IMPASSE, o.party(),
                            "Both sides repeated their positions without moving.", -0.3));
                }
            } else if (!repeated) {
                inImpasse = false;
            }
            previous = o;
        }
    }

    private static String who(Party p) {
        return p == Party.USER ? "Your" : "The counterpart's";
    }

    private static String size(NegotiationFacts facts, Concession c) {
        return c.size() > 0 ? " of " + facts.money(c.size()) : "";
    }

    private static double concessionImpact(NegotiationFacts facts, Concession c) {
        double range = facts.counterpartRange();
        double share = range > 0 ? c.size() / range : 0;
        return clampImpact(c.party() == Party.USER ? -share : share);
    }

    private static double clampImpact(double v) {
        return Math.max(-1, Math.min(1, v));
    }
}
