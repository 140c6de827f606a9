package io.negotiationmaster.scoring.facts;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.DealTerms;
import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.MainIssue;
import io.negotiationmaster.performance.ScenarioFacts;
import io.negotiationmaster.performance.TranscriptEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts every scorer needs, derived once from a {@link FinishedNegotiation}: the offers and concessions on
 * the main issue, the moves per side, and the bargaining-zone arithmetic. Immutable.
 */
public final class NegotiationFacts {
    private final FinishedNegotiation negotiation;
    private final List<OfferEvent> offers;
    private final List<Concession> concessions;
    private final Map<Party, Map<MoveType, Integer>> moveCounts;

    private NegotiationFacts(FinishedNegotiation negotiation) {
        this.negotiation = negotiation;
        MainIssue issue = negotiation.scenario().mainIssue();
        var offerList = new ArrayList<OfferEvent>();
        var concessionList = new ArrayList<Concession>();
        var counts = new EnumMap<Party, Map<MoveType, Integer>>(Party.class);
        counts.put(Party.USER, new EnumMap<>(MoveType.class));
        counts.put(Party.AI, new EnumMap<>(MoveType.class));
        BigDecimal lastUser = null;
        BigDecimal lastAi = null;
        for (TranscriptEntry e : negotiation.transcript()) {
            Map<MoveType, Integer> c = counts.get(e.party());
            for (MoveType m : e.moves()) {
                c.merge(m, 1, Integer::sum);
            }
            boolean reasoned = e.has(MoveType.JUSTIFICATION) || e.has(MoveType.OBJECTIVE_STANDARD);
            if (e.mainOffer().isPresent()) {
                BigDecimal v = e.mainOffer().get();
                BigDecimal previous = e.byUser() ? lastUser : lastAi;
                double moved = 0;
                if (previous != null) {
                    // the user concedes by moving against their own interest; the counterpart by moving towards it
                    double gain = issue.gainForUser(previous, v);
                    moved = e.byUser() ? -gain : gain;
                }
                offerList.add(new OfferEvent(e.turnIndex(), e.party(), v, previous == null, moved, reasoned));
                if (moved > 0) {
                    concessionList.add(new Concession(e.turnIndex(), e.party(), moved));
                } else if (e.has(MoveType.CONCESSION) && previous == null) {
                    concessionList.add(new Concession(e.turnIndex(), e.party(), 0));
                }
                if (e.byUser()) {
                    lastUser = v;
                } else {
                    lastAi = v;
                }
            } else if (e.has(MoveType.CONCESSION)) {
                concessionList.add(new Concession(e.turnIndex(), e.party(), 0));
            }
        }
        this.offers = List.copyOf(offerList);
        this.concessions = List.copyOf(concessionList);
        var frozen = new EnumMap<Party, Map<MoveType, Integer>>(Party.class);
        counts.forEach((p, m) -> frozen.put(p, Collections.unmodifiableMap(m)));
        this.moveCounts = Collections.unmodifiableMap(frozen);
    }

    /** Derives the facts of {@code negotiation}. */
    public static NegotiationFacts of(FinishedNegotiation negotiation) {
        return new NegotiationFacts(Objects.requireNonNull(negotiation, "negotiation"));
    }

    /** The negotiation these facts come from. */
    public FinishedNegotiation negotiation() {
        return negotiation;
    }

    /** The scenario. */
    public ScenarioFacts scenario() {
        return negotiation.scenario();
    }

    /** The main issue. */
    public MainIssue issue() {
        return negotiation.scenario().mainIssue();
    }

    /** The transcript. */
    public List<TranscriptEntry> transcript() {
        return negotiation.transcript();
    }

    /** The agreed terms, if there was a deal. */
    public Optional<DealTerms> deal() {
        return negotiation.outcome().deal();
    }

    /** Every main-issue offer in transcript order. */
    public List<OfferEvent> offers() {
        return offers;
    }

    /** The main-issue offers of {@code party}, in order. */
    public List<OfferEvent> offers(Party party) {
        return offers.stream().filter(o -> o.party() == party).toList();
    }

    /** Every concession in transcript order. */
    public List<Concession> concessions() {
        return concessions;
    }

    /** The concessions of {@code party}, in order. */
    public List<Concession> concessions(Party party) {
        return concessions.stream().filter(c -> c.party() == party).toList();
    }

    /** The first main-issue offer of {@code party}. */
    public Optional<OfferEvent> firstOffer(Party party) {
        return offers.stream().filter(o -> o.party() == party).findFirst();
    }

    /** How often {@code party} made {@code move}. */
    public int count(Party party, MoveType move) {
        return moveCounts.get(party).getOrDefault(move, 0);
    }

    /** Move counts of {@code party}, moves never made absent. */
    public Map<MoveType, Integer> moveCounts(Party party) {
        return moveCounts.get(party);
    }

    /** The turn indexes of {@code party}'s messages with {@code move}, ascending. */
    public List<Integer> turnsWith(Party party, MoveType move) {
        var turns = new ArrayList<Integer>();
        for (TranscriptEntry e : negotiation.transcript()) {
            if (e.party() == party && e.has(move)) {
                turns.add(e.turnIndex());
            }
        }
        return turns;
    }

    /** The messages of {@code party}, in order. */
    public List<TranscriptEntry> messages(Party party) {
        return negotiation.transcript().stream().filter(e -> e.party() == party).toList();
    }

    /** The counterpart's offer that was best for the user, if it made any. */
    public Optional<OfferEvent> bestCounterpartOffer() {
        OfferEvent best = null;
        for (OfferEvent o : offers) {
            if (o.party() == Party.AI && (best == null || issue().gainForUser(best.value(), o.value()) > 0)) {
                best = o;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The width in money of the counterpart's concession range, from its opening to its reservation value. */
    public double counterpartRange() {
        return Math.abs(scenario().counterpartOpening().doubleValue()
                - scenario().counterpartReservation().doubleValue());
    }

    /**
     * Where {@code value} lies between the counterpart's opening (0) and its reservation value (1), clamped to
     * 0–1: the share of the counterpart's range the user captured at that value.
     */
    public double captured(BigDecimal value) {
        double range = counterpartRange();
        double gain = issue().gainForUser(scenario().counterpartOpening(), value);
        if (range <= 0) {
            return gain >= 0 ? 1 : 0;
        }
        return Math.max(0, Math.min(1, gain / range));
    }

    /** {@code amount} written for the user in the main issue's currency, e.g. {@code "$22,500"}. */
    public String money(BigDecimal amount) {
        return money(amount.doubleValue());
    }

    /** {@code amount} written for the user in the main issue's currency, rounded to whole units. */
    public String money(double amount) {
        String currency = issue().currency();
        String digits = String.format(Locale.ROOT, "%,.0f", Math.abs(amount));
        String sign = amount < 0 ? "-" : "";
        return "USD".equals(currency) ? sign + "$" + digits : sign + currency + " " + digits;
    }

    /** The turn index of the last message, or -1 for an empty transcript. */
    public int lastTurn() {
        List<TranscriptEntry> t = negotiation.transcript();
        return t.isEmpty() ? -1 : t.get(t.size() - 1).turnIndex();
    }
}
