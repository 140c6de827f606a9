package io.negotiationmaster.engine.strategy;

import io.negotiationmaster.engine.strategy.internal.Valuation;
import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;

/**
 * The AI counterpart's strategy: a pure function from (profile, state, user move, seeded random source) to a
 * {@link Decision}. The same inputs and the same seed always give the same decision.
 *
 * <p>Concessions follow the time-dependent tactic of Faratin, Sierra &amp; Jennings (1998),
 * {@code offer(t) = start + (reserve - start)(k + (1 - k)(t/T)^(1/beta))} with {@code beta < 1} (Boulware) for
 * low flexibility and {@code beta > 1} (conceder) for high, which bounds how far the counterpart may have gone by
 * round {@code t}; inside that bound it reciprocates the user's own concessions and gives almost nothing for
 * free. Rapport widens the bound, hostility narrows it and burns patience; scenario pressure shortens {@code T}.
 * Acceptance is AC_next: accept an offer at least as good as the counterpart's own next counter-offer.
 *
 * <p>Hard guard: no offer made and no deal accepted is ever worth less to the counterpart than its reservation
 * value, counting every secondary item it grants at its money cost.
 *
 * <pre>{@code
 * Negotiator negotiator = new Negotiator();
 * Decision first = negotiator.open(profile, rnd);              // the opening offer
 * Decision d = negotiator.decide(profile, first.next(), userMove, rnd);
 * CounterpartState toStore = d.next();                         // plus withTemplateUsed(...) after writing
 * }</pre>
 */
public final class Negotiator {
    /** Hostile messages after which the counterpart walks away. */
    public static final int MAX_INSULTS = 3;
    private static final int MAX_TACTIC_USES = 2;

    /** A stateless negotiator; one instance can serve every negotiation. */
    public Negotiator() {
        // stateless
    }

    /**
     * The opening turn: the counterpart states its asking position (a high anchor when the profile has that
     * tactic). The returned state is {@link CounterpartState#initial(CounterpartProfile)} plus the anchor record.
     */
    public Decision open(CounterpartProfile profile, RandomGenerator rnd) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(rnd, "rnd");
        CounterpartState s = CounterpartState.initial(profile);
        List<MoveType> moves = new ArrayList<>();
        moves.add(MoveType.GREETING);
        List<MoveType> tactics = new ArrayList<>();
        if (profile.tactics().contains(MoveType.HIGH_ANCHOR)) {
            moves.add(MoveType.HIGH_ANCHOR);
            tactics.add(MoveType.HIGH_ANCHOR);
        }
        moves.add(MoveType.FIRST_OFFER);
        CounterpartState next = new CounterpartState(0, s.status(), s.standing(), s.counterpartOffers(), List.of(),
                0.0, 1.0, 0, tactics, List.of(), false);
        return new Decision(moves, EnumSet.of(ReplyCue.WELCOME), Optional.of(s.standing()), Optional.empty(),
                Optional.empty(), next, "opening at the asking position " + profile.opening()
                + "; reservation " + profile.reservation() + "; horizon " + profile.horizon() + " rounds");
    }

    /**
     * The terms a deal would have if the user accepted the standing offer now.
     *
     * @throws IllegalStateException when the negotiation is already closed without a deal
     */
    public Terms termsOnAcceptance(CounterpartState state) {
        Objects.requireNonNull(state, "state");
        if (state.status() != CounterpartStatus.OPEN && state.status() != CounterpartStatus.AGREED) {
            throw new IllegalStateException("no standing offer: the negotiation ended with status "
                    + state.status());
        }
        return state.standing();
    }

    /** What {@code terms} are worth to the counterpart in money (sign times main minus costs of granted items). */
    public BigDecimal valueToCounterpart(CounterpartProfile profile, Terms terms) {
        return new Valuation(profile).value(terms);
    }

    /** Whether {@code terms} are at least as good for the counterpart as its reservation value. */
    public boolean withinReservation(CounterpartProfile profile, Terms terms) {
        return new Valuation(profile).withinReservation(terms);
    }

    /**
     * Decides the counterpart's answer to one user message.
     *
     * @throws IllegalStateException when the state is no longer {@link CounterpartStatus#OPEN}
     */
    public Decision decide(CounterpartProfile profile, CounterpartState state, UserMove move, RandomGenerator rnd) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(move, "move");
        Objects.requireNonNull(rnd, "rnd");
        if (state.status().isFinal()) {
            throw new IllegalStateException("the negotiation is already closed: " + state.status());
        }
        return new Turn(profile, state, move, rnd).decide();
    }

    /** One decision in progress; holds the working values so the steps read top to bottom. */
    private static final class Turn {
        private final CounterpartProfile p;
        private final CounterpartState s;
        private final UserMove m;
        private final RandomGenerator rnd;
        private final Valuation val;
        private final int round;
        private final List<MoveType> moves = new ArrayList<>();
        private final Set<ReplyCue> cues = EnumSet.noneOf(ReplyCue.class);
        private final List<MoveType> tactics;
        private final StringBuilder why = new StringBuilder(256);
        private double rapport;
        private double patienceLeft;
        private int insults;
        private boolean lastChanceGiven;

        Turn(CounterpartProfile p, CounterpartState s, UserMove m, RandomGenerator rnd) {
            this.p = p;
            this.s = s;
            this.m = m;
            this.rnd = rnd;
            this.val = new Valuation(p);
            this.round = s.round() + 1;
            this.tactics = new ArrayList<>(s.tacticsUsed());
            this.rapport = s.rapport();
            this.patienceLeft = s.patienceLeft();
            this.insults = s.insults();
            this.lastChanceGiven = s.lastChanceGiven();
        }

        Decision decide() {
            why.append("round ").append(round).append("; reservation ").append(p.reservation());
            Optional<Terms> userTerms = m.mainOffer().map(this::userTerms);
            double du = userConcession(userTerms);
            double zone = val.openingGain().subtract(val.reservationGain()).doubleValue();
            updateRelationship(du >= 0.03 * zone && du > 0);
            if (insults >= MAX_INSULTS) {
                why.append("; ").append(insults).append(" insults: walking away");
                return end(List.of(MoveType.WALK_AWAY), EnumSet.of(ReplyCue.HOSTILITY_WARNING, ReplyCue.FAREWELL),
                        CounterpartStatus.COUNTERPART_LEFT, userTerms);
            }
            if (m.has(MoveType.ACCEPTANCE) && acceptsStanding(userTerms)) {
                why.append("; user accepted the standing offer");
                return agree(s.standing(), userTerms);
            }
            if (m.has(MoveType.WALK_AWAY) && lastChanceGiven) {
                why.append("; user leaves after the last offer: letting them go");
                return end(List.of(MoveType.APPRECIATION), EnumSet.of(ReplyCue.FAREWELL),
                        CounterpartStatus.USER_LEFT, userTerms);
            }
            if (patienceLeft <= 0) {
                if (userTerms.isPresent() && val.withinReservation(userTerms.get())) {
                    why.append("; patience exhausted, user offer is within the reservation: accepting");
                    return agree(userTerms.get(), userTerms);
                }
                why.append("; patience exhausted: walking away");
                return end(List.of(MoveType.WALK_AWAY), EnumSet.of(ReplyCue.FAREWELL),
                        CounterpartStatus.COUNTERPART_LEFT, userTerms);
            }
            return counter(userTerms, du);
        }

        /** The user's package: their amount, the items already on the table and the items they ask for. */
        private Terms userTerms(BigDecimal amount) {
            Map<String, String> options = new TreeMap<>(s.standing().options());
            options.putAll(validRequests());
            return Terms.of(amount, options);
        }

        private Map<String, String> validRequests() {
            Map<String, String> out = new TreeMap<>();
            for (Map.Entry<String, String> e : m.requestedTerms().entrySet()) {
                p.secondaryIssue(e.getKey()).ifPresent(issue -> {
                    if (issue.option(e.getValue()).isPresent() && !issue.defaultOption().equals(e.getValue())) {
                        out.put(e.getKey(), e.getValue());
                    }
                });
            }
            return out;
        }

        /** How far the user moved towards the counterpart since their previous offer, in gain; 0 on a first offer. */
        private double userConcession(Optional<Terms> userTerms) {
            if (userTerms.isEmpty() || s.userOffers().isEmpty()) {
                return 0;
            }
            BigDecimal previous = s.userOffers().get(s.userOffers().size() - 1);
            BigDecimal delta = userTerms.get().main().subtract(previous);
            return Math.max(0, val.sign() * delta.doubleValue());
        }

        private void updateRelationship(boolean userConceded) {
            Personality traits = p.personality();
            double warmth = 0.5 + traits.agreeableness();
            double touchiness = 0.5 + traits.neuroticism();
            if (m.has(MoveType.GREETING)) {
                rapport += 0.04 * warmth;
                cues.add(ReplyCue.WELCOME);
            }
            if (m.has(MoveType.RAPPORT)) {
                rapport += 0.08 * warmth;
                cues.add(ReplyCue.THANKS);
            }
            if (m.has(MoveType.APPRECIATION)) {
                rapport += 0.06 * warmth;
                cues.add(ReplyCue.THANKS);
            }
            if (m.has(MoveType.JUSTIFICATION)) {
                rapport += 0.03 * warmth;
            }
            if (m.has(MoveType.INTEREST_QUESTION)) {
                rapport += 0.04 * warmth;
                cues.add(ReplyCue.SHARE_INTEREST);
            }
            if (m.has(MoveType.OBJECTIVE_STANDARD)) {
                rapport += 0.02 * warmth;
            }
            if (m.has(MoveType.HOSTILITY)) {
                insults++;
                rapport -= 0.2 * touchiness;
                patienceLeft -= 0.1 * touchiness;
                cues.add(ReplyCue.HOSTILITY_WARNING);
                cues.remove(ReplyCue.THANKS);
                cues.remove(ReplyCue.WELCOME);
            }
            if (m.has(MoveType.THREAT_ULTIMATUM)) {
                rapport -= 0.08 * touchiness;
                patienceLeft -= 0.06 * touchiness;
            }
            if (m.asksForLimit()) {
                cues.add(ReplyCue.DEFLECT_LIMIT);
            }
            double decay = 1.0 / (1.5 * p.horizon());
            patienceLeft -= userConceded ? 0.6 * decay : 1.3 * decay;
            rapport = clamp(rapport, -1, 1);
            patienceLeft = clamp(patienceLeft, 0, 1);
            why.append("; rapport ").append(round2(rapport)).append(", patience left ").append(round2(patienceLeft));
        }

        private boolean acceptsStanding(Optional<Terms> userTerms) {
            if (!val.withinReservation(s.standing())) {
                return false;
            }
            return userTerms.isEmpty() || val.value(userTerms.get()).compareTo(val.value(s.standing())) >= 0;
        }

        private Decision counter(Optional<Terms> userTerms, double du) {
            double open = val.openingGain().doubleValue();
            double reserve = val.reservationGain().doubleValue();
            double zone = open - reserve;
            double current = val.value(s.standing()).doubleValue();
            double limit = open - zone * alpha();
            boolean aggressive = m.has(MoveType.HOSTILITY) || m.has(MoveType.THREAT_ULTIMATUM);
            Optional<Double> userGain = userTerms.map(t -> val.value(t).doubleValue());
            boolean lowball = userGain.isPresent() && userGain.get() < reserve - 0.1 * zone - 1e-9;
            boolean stalled = stalled(userTerms);
            Personality traits = p.personality();

            double ratio = (0.6 + 0.6 * traits.agreeableness()) * (1 + 0.3 * rapport);
            double reciprocal = ratio * du;
            double free = s.userOffers().isEmpty() && userTerms.isEmpty() ? 0
                    : Math.max(0, current - limit) * (0.05 + 0.1 * p.flexibility());
            if (m.has(MoveType.OBJECTIVE_STANDARD) || m.has(MoveType.JUSTIFICATION)) {
                free *= 1.5;
            }
            if (userTerms.isEmpty()) {
                reciprocal = 0;
                free = 0;
            }
            double step = reciprocal + free;
            why.append("; curve limit ").append(round2(limit)).append(", user concession ").append(round2(du))
                    .append(", reciprocal ").append(round2(reciprocal)).append(", free ").append(round2(free));

            addRelationshipMoves();
            boolean silent = false;
            if (aggressive) {
                step = 0;
                cues.add(ReplyCue.HOLD);
                if (mayUse(MoveType.SILENCE)) {
                    use(MoveType.SILENCE);
                    silent = true;
                }
                why.append("; aggressive message: no concession");
            } else if (lowball) {
                step *= 0.3;
                cues.add(ReplyCue.LOWBALL);
                if (mayUse(MoveType.FLINCH) && (s.timesUsed(MoveType.FLINCH) == 0 || rnd.nextDouble() < 0.5)) {
                    use(MoveType.FLINCH);
                } else if (mayUse(MoveType.GOOD_COP_BAD_COP)) {
                    use(MoveType.GOOD_COP_BAD_COP);
                }
                why.append("; lowball: minimal concession");
            }

            Map<String, String> options = new TreeMap<>(s.standing().options());
            Map<String, String> requests = validRequests();
            requests.keySet().removeAll(s.standing().options().keySet());
            boolean trade = false;
            if (!requests.isEmpty()) {
                options.putAll(requests);
                trade = true;
            } else if (stalled && traits.openness() >= 0.5 && !aggressive) {
                trade = proposeTrade(options);
            }

            double target = Math.min(current, Math.max(limit, current - step));
            if (m.has(MoveType.WALK_AWAY)) {
                double lastChance = target - 0.5 * (target - reserve) * (0.4 + p.flexibility());
                target = Math.max(reserve, Math.min(target, lastChance));
                lastChanceGiven = true;
                cues.add(ReplyCue.LAST_CHANCE);
                why.append("; user is leaving: last offer");
            }
            final double goal = target;
            Optional<Terms> withItems = counterTerms(goal, options);
            if (withItems.isEmpty()) {
                options = new TreeMap<>(s.standing().options());
                trade = false;
            }
            Terms counter = withItems.orElseGet(() -> counterTerms(goal, s.standing().options())
                    .orElse(s.standing()));

            // AC_next: the user's package is at least as good as what the counterpart would offer next
            if (userTerms.isPresent() && val.value(userTerms.get()).compareTo(val.value(counter)) >= 0
                    && val.withinReservation(userTerms.get())) {
                why.append("; user offer ").append(userTerms.get().main())
                        .append(" is at least as good as the next counter ").append(counter.main()).append(": accept");
                moves.removeIf(MoveType::isTactic);
                tactics.subList(s.tacticsUsed().size(), tactics.size()).clear();
                return agree(userTerms.get(), userTerms);
            }

            if (userGain.isPresent() && !lowball && !aggressive && !trade && mayUse(MoveType.NIBBLE)
                    && val.value(counter).doubleValue() - userGain.get() <= 0.06 * zone + 1e-9
                    && rnd.nextDouble() < 0.7) {
                double nibble = Math.max(reserve, userGain.get() + 0.35 * (val.value(counter).doubleValue()
                        - userGain.get()));
                Terms closer = counterTerms(Math.min(nibble, val.value(counter).doubleValue()), options)
                        .orElse(counter);
                if (val.value(closer).compareTo(val.value(userTerms.get())) > 0) {
                    counter = closer;
                    use(MoveType.NIBBLE);
                    cues.add(ReplyCue.NEAR_CLOSE);
                    why.append("; close to a deal: nibble");
                }
            }

            boolean concession = val.value(counter).compareTo(val.value(s.standing())) < 0;
            if (!silent && concession && !m.has(MoveType.WALK_AWAY) && mayUse(MoveType.HIGHER_AUTHORITY)
                    && current - val.value(counter).doubleValue() >= 0.25 * Math.max(1e-9, current - reserve)
                    && rnd.nextDouble() < 0.7) {
                use(MoveType.HIGHER_AUTHORITY);
            }
            if (!silent && !lowball && (stalled || m.has(MoveType.BATNA_REFERENCE))
                    && mayUse(MoveType.COMPETITION_PRESSURE) && rnd.nextDouble() < 0.6) {
                use(MoveType.COMPETITION_PRESSURE);
            }
            if (patienceLeft < 0.25 && !m.has(MoveType.WALK_AWAY)) {
                cues.add(ReplyCue.FINAL_OFFER);
                if (!silent && mayUse(MoveType.DEADLINE_PRESSURE)) {
                    use(MoveType.DEADLINE_PRESSURE);
                }
            }
            if (m.asksForLimit() && !silent) {
                moves.add(MoveType.JUSTIFICATION);
            }
            if (lowball || aggressive) {
                moves.add(MoveType.REJECTION);
            }
            if (trade) {
                cues.add(ReplyCue.TRADE);
                moves.add(MoveType.PACKAGE_TRADE);
            }
            boolean newOffer = !counter.equals(s.standing());
            if (newOffer || userTerms.isPresent()) {
                moves.add(MoveType.COUNTER_OFFER);
            } else if (!m.asksForLimit() && !cues.contains(ReplyCue.SHARE_INTEREST)) {
                moves.add(MoveType.INFORMATION);
            }
            if (concession) {
                moves.add(MoveType.CONCESSION);
            } else {
                cues.add(ReplyCue.HOLD);
            }
            if (cues.contains(ReplyCue.SHARE_INTEREST) && !moves.contains(MoveType.INFORMATION)) {
                moves.add(MoveType.INFORMATION);
            }
            why.append("; counter ").append(counter.main()).append(counter.options().isEmpty() ? ""
                    : " with " + counter.options()).append(", worth ").append(val.value(counter))
                    .append(" to the counterpart");
            List<Terms> offers = new ArrayList<>(s.counterpartOffers());
            if (newOffer) {
                offers.add(counter);
            }
            CounterpartState next = new CounterpartState(round, CounterpartStatus.OPEN, counter, offers,
                    userOffers(userTerms), rapport, patienceLeft, insults, tactics, s.templatesUsed(),
                    lastChanceGiven);
            return new Decision(ordered(), cues, Optional.of(counter), Optional.empty(),
                    userTerms.map(Terms::main), next, why.toString());
        }

        /** The share of the zone the counterpart may have conceded by this round (time curve, rapport, pressure). */
        private double alpha() {
            double pressure = pressure();
            double beta = Math.pow(5, 2 * p.flexibility() - 1) * (1 + 0.8 * pressure);
            double horizon = Math.max(1, p.horizon() * (1 - 0.35 * pressure));
            double k = 0.05 * pressure;
            double a = k + (1 - k) * Math.pow(Math.min(1, round / horizon), 1 / beta);
            return clamp(a * (1 + 0.4 * rapport), 0, 1);
        }

        private double pressure() {
            PressureFactors f = p.pressure();
            double inventory = f.inventory().ordinal() / 2.0;
            double quota = 1 - f.quotaStatus();
            double competitors = 0;
            double open = val.openingGain().doubleValue();
            double zone = open - val.reservationGain().doubleValue();
            for (BigDecimal c : f.competitorPrices()) {
                double gain = val.sign() * c.doubleValue();
                if (zone > 0) {
                    competitors = Math.max(competitors, clamp((open - gain) / zone, 0, 1));
                }
            }
            return clamp(0.45 * inventory + 0.3 * quota + 0.25 * competitors, 0, 1);
        }

        /** The user made at least three offers and the last two did not move towards the counterpart. */
        private boolean stalled(Optional<Terms> userTerms) {
            List<BigDecimal> offers = new ArrayList<>(s.userOffers());
            userTerms.ifPresent(t -> offers.add(t.main()));
            int n = offers.size();
            if (n < 3) {
                return false;
            }
            for (int i = n - 2; i < n; i++) {
                if (val.sign() * offers.get(i).subtract(offers.get(i - 1)).signum() > 0) {
                    return false;
                }
            }
            return true;
        }

        /** Adds the cheapest-to-give, most-valued item not yet on the table; whether one was added. */
        private boolean proposeTrade(Map<String, String> options) {
            SecondaryIssue bestIssue = null;
            IssueOption best = null;
            double bestRatio = 1.5;
            for (SecondaryIssue issue : p.secondaryIssues()) {
                if (options.containsKey(issue.key())) {
                    continue;
                }
                for (IssueOption o : issue.options()) {
                    double cost = Math.max(1e-9, issue.extraCost(o.key()).doubleValue());
                    double ratio = issue.extraValue(o.key()).doubleValue() / cost;
                    if (!o.key().equals(issue.defaultOption()) && ratio >= bestRatio) {
                        bestRatio = ratio;
                        best = o;
                        bestIssue = issue;
                    }
                }
            }
            if (best == null) {
                return false;
            }
            options.put(bestIssue.key(), best.key());
            why.append("; stalled: proposing ").append(bestIssue.key()).append('=').append(best.key());
            return true;
        }

        /** The counter-offer worth {@code targetGain} with {@code options}; empty when the options cost too much. */
        private Optional<Terms> counterTerms(double targetGain, Map<String, String> options) {
            BigDecimal main = val.mainFor(targetGain, options);
            if (main.signum() < 0) {
                return Optional.empty();
            }
            Terms t = Terms.of(main, options);
            if (options.equals(s.standing().options())
                    && val.value(t).compareTo(val.value(s.standing())) > 0) {
                return Optional.of(s.standing()); // rounding must never take back a concession already made
            }
            return Optional.of(t);
        }

        private void addRelationshipMoves() {
            if (cues.contains(ReplyCue.WELCOME)) {
                moves.add(MoveType.GREETING);
            }
            if (cues.contains(ReplyCue.THANKS)) {
                moves.add(MoveType.APPRECIATION);
            }
        }

        private boolean mayUse(MoveType tactic) {
            int limit = tactic == MoveType.HIGH_ANCHOR ? 1 : MAX_TACTIC_USES;
            int used = 0;
            for (MoveType t : tactics) {
                if (t == tactic) {
                    used++;
                }
            }
            return p.tactics().contains(tactic) && used < limit && !moves.contains(tactic);
        }

        private void use(MoveType tactic) {
            tactics.add(tactic);
            moves.add(tactic);
            why.append("; tactic ").append(tactic.code());
        }

        /** Relationship moves first, tactics next, then the substantive moves, each once. */
        private List<MoveType> ordered() {
            List<MoveType> out = new ArrayList<>(moves.size());
            for (MoveType mt : moves) {
                if (!mt.isTactic() && (mt == MoveType.GREETING || mt == MoveType.APPRECIATION) && !out.contains(mt)) {
                    out.add(mt);
                }
            }
            for (MoveType mt : moves) {
                if (mt.isTactic() && !out.contains(mt)) {
                    out.add(mt);
                }
            }
            for (MoveType mt : moves) {
                if (!out.contains(mt)) {
                    out.add(mt);
                }
            }
            return out;
        }

        private List<BigDecimal> userOffers(Optional<Terms> userTerms) {
            if (userTerms.isEmpty()) {
                return s.userOffers();
            }
            List<BigDecimal> out = new ArrayList<>(s.userOffers());
            out.add(userTerms.get().main());
            return out;
        }

        private Decision agree(Terms deal, Optional<Terms> userTerms) {
            if (!val.withinReservation(deal)) {
                throw new IllegalStateException("refusing a deal below the reservation value");
            }
            List<MoveType> out = new ArrayList<>();
            if (cues.contains(ReplyCue.WELCOME)) {
                out.add(MoveType.GREETING);
            }
            out.add(MoveType.ACCEPTANCE);
            Set<ReplyCue> c = EnumSet.noneOf(ReplyCue.class);
            if (cues.contains(ReplyCue.THANKS)) {
                c.add(ReplyCue.THANKS);
            }
            CounterpartState next = new CounterpartState(round, CounterpartStatus.AGREED, deal,
                    s.counterpartOffers(), userOffers(userTerms), rapport, patienceLeft, insults, tactics,
                    s.templatesUsed(), lastChanceGiven);
            return new Decision(out, c, Optional.empty(), Optional.of(deal), userTerms.map(Terms::main), next,
                    why.toString());
        }

        private Decision end(List<MoveType> out, Set<ReplyCue> c, CounterpartStatus status,
                             Optional<Terms> userTerms) {
            CounterpartState next = new CounterpartState(round, status, s.standing(), s.counterpartOffers(),
                    userOffers(userTerms), rapport, patienceLeft, insults, tactics, s.templatesUsed(),
                    lastChanceGiven);
            return new Decision(out, c, Optional.empty(), Optional.empty(), userTerms.map(Terms::main), next,
                    why.toString());
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
