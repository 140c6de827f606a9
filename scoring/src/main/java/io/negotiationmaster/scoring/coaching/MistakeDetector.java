package io.negotiationmaster.scoring.coaching;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.DealTerms;
import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.DimensionScore;
import io.negotiationmaster.performance.MainIssue;
import io.negotiationmaster.performance.Priority;
import io.negotiationmaster.performance.Rating;
import io.negotiationmaster.performance.Suggestion;
import io.negotiationmaster.performance.SuggestionKind;
import io.negotiationmaster.performance.TranscriptEntry;
import io.negotiationmaster.scoring.facts.Concession;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import io.negotiationmaster.scoring.facts.OfferEvent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Detects mistake patterns in the transcript and turns each into a {@link Suggestion} citing the turns that
 * show it. The rules:
 * <ul>
 * <li>no walk-away point: a deal rated poor or average on claiming value without ever referring to an alternative;
 * <li>no target: no concrete main-issue offer by the user;
 * <li>no ice-breaking: neither greeting, rapport nor thanks in the user's first two messages;
 * <li>weak first offer: the user's first offer reached less than half-way into the counterpart's range;
 * <li>oversized concession: more than twice the counterpart's latest concession, or more than 15% of the range
 *     before the counterpart conceded at all;
 * <li>positions without reasons: at least half of the user's offers without a justification or standard;
 * <li>unreciprocated concessions: a user concession following another with no counterpart concession between;
 * <li>missed close: a counterpart offer meeting the user's target, not accepted in the next message, and the end
 *     worse than it;
 * <li>premature close: a deal at the counterpart's opening or first counter;
 * <li>no interest questions, a single-issue focus when secondary issues exist, and threats or insults.
 * </ul>
 * Suggestions come most important first, then by their first turn.
 */
public final class MistakeDetector {
    /** Creates a detector. */
    public MistakeDetector() {
        // stateless
    }

    /** The suggestions for the negotiation behind {@code facts}, given its claiming-value score. */
    public List<Suggestion> detect(NegotiationFacts facts, DimensionScore claiming) {
        var out = new ArrayList<Suggestion>();
        noWalkAwayPoint(facts, claiming, out);
        noTarget(facts, out);
        noIceBreaking(facts, out);
        weakFirstOffer(facts, out);
        oversizedConcessions(facts, out);
        positionsWithoutReasons(facts, out);
        unreciprocatedConcessions(facts, out);
        missedClose(facts, out);
        prematureClose(facts, out);
        creatingAndRelationships(facts, out);
        out.sort(Comparator.comparing(Suggestion::priority)
                .thenComparingInt(s -> s.turns().isEmpty() ? Integer.MAX_VALUE : s.turns().get(0)));
        return List.copyOf(out);
    }

    private static void noWalkAwayPoint(NegotiationFacts f, DimensionScore claiming, List<Suggestion> out) {
        if (f.deal().isEmpty() || f.count(Party.USER, MoveType.BATNA_REFERENCE) > 0
                || claiming.rating().isBetterThan(Rating.AVERAGE)) {
            return;
        }
        String alternative = f.scenario().userAlternative().map(a -> " (you had an alternative at " + f.money(a) + ")")
                .orElse("");
        out.add(new Suggestion(SuggestionKind.NO_WALK_AWAY_POINT,
                "You accepted " + (claiming.rating().code().matches("^[aeiou].*") ? "an " : "a ")
                        + claiming.rating().code() + " deal without ever mentioning your alternative"
                        + alternative + ". Decide your walk-away point before you start and let the counterpart know "
                        + "you have other options.",
                closeTurns(f), Theories.BATNA, Dimension.CLAIMING_VALUE, Priority.HIGH));
    }

    private static void noTarget(NegotiationFacts f, List<Suggestion> out) {
        if (!f.offers(Party.USER).isEmpty() || f.messages(Party.USER).isEmpty()) {
            return;
        }
        var vague = new ArrayList<Integer>();
        for (TranscriptEntry e : f.messages(Party.USER)) {
            if (e.has(MoveType.FIRST_OFFER) || e.has(MoveType.COUNTER_OFFER) || e.has(MoveType.CONCESSION)) {
                vague.add(e.turnIndex());
            }
        }
        String what = vague.isEmpty() ? "You never named a number of your own"
                : "Your offers never named a concrete number";
        out.add(new Suggestion(SuggestionKind.NO_TARGET,
                what + ", so the counterpart's figures framed the whole negotiation. Set a specific, ambitious target "
                        + "and open with it.",
                vague, Theories.ASPIRATIONS, Dimension.CLAIMING_VALUE, Priority.HIGH));
    }

    private static void noIceBreaking(NegotiationFacts f, List<Suggestion> out) {
        List<TranscriptEntry> user = f.messages(Party.USER);
        if (user.isEmpty()) {
            return;
        }
        var turns = new ArrayList<Integer>();
        for (TranscriptEntry e : user.subList(0, Math.min(2, user.size()))) {
            if (e.has(MoveType.GREETING) || e.has(MoveType.RAPPORT) || e.has(MoveType.APPRECIATION)) {
                return;
            }
            turns.add(e.turnIndex());
        }
        out.add(new Suggestion(SuggestionKind.NO_ICE_BREAKING,
                "You went straight to business. A greeting and a personal word at the start build rapport that makes "
                        + "the counterpart more flexible later.",
                turns, Theories.RAPPORT, Dimension.MANAGING_RELATIONSHIPS, Priority.LOW));
    }

    private static void weakFirstOffer(NegotiationFacts f, List<Suggestion> out) {
        Optional<OfferEvent> first = f.firstOffer(Party.USER);
        if (first.isEmpty()) {
            return;
        }
        double reach = f.captured(first.get().value());
        if (reach >= 0.5) {
            return;
        }
        var turns = new ArrayList<Integer>();
        OfferEvent anchor = f.offers().get(0);
        String text;
        if (anchor.party() == Party.AI) {
            turns.add(anchor.turn());
            text = "The counterpart anchored at " + f.money(anchor.value()) + " and your first offer, "
                    + f.money(first.get().value()) + ", stayed close to it. ";
        } else {
            text = "Your first offer, " + f.money(first.get().value()) + ", was close to the counterpart's opening of "
                    + f.money(f.scenario().counterpartOpening()) + ". ";
        }
        turns.add(first.get().turn());
        out.add(new Suggestion(SuggestionKind.WEAK_FIRST_OFFER,
                text + "An ambitious, justified first offer pulls the final result towards you; make it early.",
                turns, Theories.ANCHORING, Dimension.CLAIMING_VALUE, reach < 0.25 ? Priority.HIGH : Priority.MEDIUM));
    }

    private static void oversizedConcessions(NegotiationFacts f, List<Suggestion> out) {
        double lastAi = -1;
        var turns = new ArrayList<Integer>();
        for (Concession c : f.concessions()) {
            if (c.party() == Party.AI) {
                if (c.size() > 0) {
                    lastAi = c.size();
                }
            } else if (c.size() > 0) {
                boolean oversized = lastAi > 0 ? c.size() > 2 * lastAi : c.size() > 0.15 * f.counterpartRange();
                if (oversized) {
                    turns.add(c.turn());
                }
            }
        }
        if (!turns.isEmpty()) {
            out.add(new Suggestion(SuggestionKind.OVERSIZED_CONCESSION,
                    "In turn" + plural(turns) + " " + join(turns) + " you gave much more than the counterpart's last "
                            + "concession. Match the size of their moves and make each step smaller than the previous one.",
                    turns, Theories.RECIPROCITY, Dimension.CLAIMING_VALUE, Priority.MEDIUM));
        }
    }

    private static void positionsWithoutReasons(NegotiationFacts f, List<Suggestion> out) {
        List<OfferEvent> offers = f.offers(Party.USER);
        var bare = offers.stream().filter(o -> !o.reasoned()).map(OfferEvent::turn).toList();
        if (!bare.isEmpty() && bare.size() * 2 >= offers.size()) {
            out.add(new Suggestion(SuggestionKind.POSITION_WITHOUT_REASONS,
                    bare.size() + " of your " + offers.size() + " offers came without a reason. Back each number with "
                            + "a standard (market prices, comparable offers) so it reads as fair, not arbitrary.",
                    bare, Theories.OBJECTIVE_CRITERIA, Dimension.MANAGING_RELATIONSHIPS, Priority.MEDIUM));
        }
    }

    private static void unreciprocatedConcessions(NegotiationFacts f, List<Suggestion> out) {
        boolean userConcededLast = false;
        var turns = new ArrayList<Integer>();
        for (Concession c : f.concessions()) {
            if (c.party() == Party.AI) {
                userConcededLast = false;
            } else {
                if (userConcededLast) {
                    turns.add(c.turn());
                }
                userConcededLast = true;
            }
        }
        if (!turns.isEmpty()) {
            out.add(new Suggestion(SuggestionKind.UNRECIPROCATED_CONCESSIONS,
                    "In turn" + plural(turns) + " " + join(turns) + " you conceded again before the counterpart had "
                            + "moved. Wait for a concession in return, or ask for something each time you give.",
                    turns, Theories.RECIPROCITY, Dimension.CLAIMING_VALUE,
                    turns.size() >= 2 ? Priority.HIGH : Priority.MEDIUM));
        }
    }

    private static void missedClose(NegotiationFacts f, List<Suggestion> out) {
        Optional<BigDecimal> target = f.scenario().userTarget();
        if (target.isEmpty()) {
            return;
        }
        MainIssue issue = f.issue();
        List<TranscriptEntry> t = f.transcript();
        for (OfferEvent o : f.offers(Party.AI)) {
            if (!issue.atLeastAsGoodForUser(o.value(), target.get())) {
                continue;
            }
            boolean acceptedNext = false;
            for (TranscriptEntry e : t) {
                if (e.turnIndex() > o.turn() && e.byUser()) {
                    acceptedNext = e.has(MoveType.ACCEPTANCE);
                    break;
                }
            }
            Optional<DealTerms> deal = f.deal();
            boolean endedWorse = deal.isEmpty() || issue.gainForUser(o.value(), deal.get().mainValue()) < 0;
            if (!acceptedNext && endedWorse) {
                String end = deal.map(d -> "you settled at " + f.money(d.mainValue())).orElse("no deal was reached");
                out.add(new Suggestion(SuggestionKind.MISSED_CLOSE,
                        "In turn " + o.turn() + " the counterpart offered " + f.money(o.value()) + ", which met your target of "
                                + f.money(target.get()) + ", but " + end + ". When an offer meets your target, close it.",
                        List.of(o.turn()), Theories.BARGAINING_ZONE, Dimension.CLAIMING_VALUE, Priority.HIGH));
            }
            return;
        }
    }

    private static void prematureClose(NegotiationFacts f, List<Suggestion> out) {
        if (f.deal().isEmpty()) {
            return;
        }
        List<OfferEvent> ai = f.offers(Party.AI);
        BigDecimal value = f.deal().get().mainValue();
        for (int i = 0; i < Math.min(2, ai.size()); i++) {
            if (ai.get(i).value().compareTo(value) == 0) {
                String which = i == 0 ? "opening offer" : "first counter-offer";
                out.add(new Suggestion(SuggestionKind.PREMATURE_CLOSE,
                        "You accepted the counterpart's " + which + " of " + f.money(value) + ". Early offers leave room; "
                                + "counter at least once before you accept.",
                        closeTurns(f), Theories.CONCESSION_MAKING, Dimension.CLAIMING_VALUE, Priority.HIGH));
                return;
            }
        }
    }

    private static void creatingAndRelationships(NegotiationFacts f, List<Suggestion> out) {
        if (f.count(Party.USER, MoveType.INTEREST_QUESTION) == 0 && f.messages(Party.USER).size() >= 2) {
            out.add(new Suggestion(SuggestionKind.NO_INTEREST_QUESTIONS,
                    "You never asked what the counterpart needs. Questions about interests reveal what is cheap for "
                            + "them to give and valuable to you.",
                    List.of(), Theories.INTERESTS, Dimension.CREATING_VALUE, Priority.MEDIUM));
        }
        if (!f.scenario().secondaryIssues().isEmpty()) {
            boolean raised = f.deal().map(d -> !d.secondaryOptions().isEmpty()).orElse(false)
                    || f.messages(Party.USER).stream().anyMatch(e -> !e.secondaryTerms().isEmpty());
            if (!raised) {
                String issues = String.join(", ", f.scenario().secondaryIssues().stream()
                        .map(i -> i.label().toLowerCase(java.util.Locale.ROOT)).toList());
                out.add(new Suggestion(SuggestionKind.SINGLE_ISSUE_FOCUS,
                        "You negotiated " + f.issue().label().toLowerCase(java.util.Locale.ROOT) + " alone although "
                                + issues + " could be traded. Propose packages: give on what matters less to you.",
                        List.of(), Theories.LOGROLLING, Dimension.CREATING_VALUE, Priority.MEDIUM));
            }
        }
        var hostile = new ArrayList<Integer>();
        for (TranscriptEntry e : f.messages(Party.USER)) {
            if (e.has(MoveType.HOSTILITY) || e.has(MoveType.THREAT_ULTIMATUM)) {
                hostile.add(e.turnIndex());
            }
        }
        if (!hostile.isEmpty()) {
            out.add(new Suggestion(SuggestionKind.HOSTILE_TACTICS,
                    "Threats, ultimatums or insults in turn" + plural(hostile) + " " + join(hostile) + " hardened the "
                            + "counterpart. Be firm on the problem and soft on the person.",
                    hostile, Theories.PEOPLE_AND_PROBLEM, Dimension.MANAGING_RELATIONSHIPS, Priority.HIGH));
        }
    }

    private static List<Integer> closeTurns(NegotiationFacts f) {
        return f.turnsWith(Party.USER, MoveType.ACCEPTANCE).isEmpty() ? f.turnsWith(Party.AI, MoveType.ACCEPTANCE)
                : f.turnsWith(Party.USER, MoveType.ACCEPTANCE);
    }

    private static String plural(List<Integer> turns) {
        return turns.size() == 1 ? "" : "s";
    }

    private static String join(List<Integer> turns) {
        var sb = new StringBuilder();
        for (int i = 0; i < turns.size(); i++) {
            if (i > 0) {
                sb.append(i == turns.size() - 1 ? " and " : ", ");
            }
            sb.append(turns.get(i));
        }
        return sb.toString();
    }
}
