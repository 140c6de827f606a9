package io.negotiationmaster.coaching;

import io.negotiationmaster.engine.CounterpartEngine;
import io.negotiationmaster.engine.understanding.Reading;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Outcome;
import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.IssueOption;
import io.negotiationmaster.performance.PerformanceAnalyzer;
import io.negotiationmaster.performance.ScoringInput;
import io.negotiationmaster.performance.SecondaryIssue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the decisive moments of a finished negotiation and replays each with a better move.
 *
 * <p>Moments ({@link MomentKind}): accepting the counterpart's opening; closing without ever making an offer; a
 * first offer less ambitious than the user's own target; a concession at least twice the counterpart's last one
 * (and at least 0.5% of its opening); a concession while the counterpart had not moved; a threat or insult; walking
 * away although the counterpart's reservation value (revealed after the end, as in the debrief) left a deal better
 * than the user's walk-away.
 *
 * <p>For each moment the coach tries the strategies that answer it ({@link Strategy}): it replays from the start
 * with the same scenario and seed — the user's own lines up to the moment, the alternative, then the documented
 * reciprocator policy (limit: the user's public walk-away, or the least ambitious amount they offered or accepted
 * when the scenario names none; {@value #POLICY_ROUNDS} rounds) until the negotiation ends, at most
 * {@value #MAX_LINES} user lines (then {@code /end}). A what-if is kept only when it is better for the user — a
 * higher claiming-value score or a deal where there was none, without a lower overall score and without less value
 * to the user — and for each moment only the best strategy. At most {@value #MAX_WHAT_IFS} are returned, the most
 * valuable first (value to the user, then overall score).
 *
 * <p>Pure and thread-safe: nothing is read or written outside its arguments.
 */
public final class Coach {
    /** The most what-ifs returned for one negotiation. */
    public static final int MAX_WHAT_IFS = 3;
    /** The most user lines of a simulated negotiation. */
    public static final int MAX_LINES = 30;
    /** The rounds the continuation policy plays before it walks away. */
    public static final int POLICY_ROUNDS = 12;
    private static final BigDecimal MIN_CONCESSION_SHARE = new BigDecimal("0.005");

    private final CounterpartEngine engine;
    private final NegotiationSimulator simulator;
    private final PerformanceAnalyzer analyzer;

    /** A coach replaying with {@code engine} and scoring with {@code analyzer} (the scoring module's standard one). */
    public Coach(CounterpartEngine engine, PerformanceAnalyzer analyzer) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.simulator = new NegotiationSimulator(engine);
        this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
    }

    /** The simulator the coach replays with. */
    public NegotiationSimulator simulator() {
        return simulator;
    }

    /**
     * The what-ifs of a finished negotiation, most valuable first; empty when it had no decisive mistake or no
     * better move was found. A negotiation still running is treated as ended without a deal.
     */
    public List<WhatIf> whatIfs(Simulation actual) {
        Objects.requireNonNull(actual, "actual");
        Simulation ended = actual.ended() ? actual : endedWithoutDeal(actual);
        UserSide side = new UserSide(ended.scenario());
        Phrases phrases = new Phrases(side);
        SimulatedOutcome actualOutcome = outcome(ended, side);
        ScoreCard actualScores = scores(ended);
        BigDecimal limit = limit(ended, side);
        ReciprocatorPolicy policy = new ReciprocatorPolicy(side, limit, POLICY_ROUNDS, phrases);
        List<WhatIf> found = new ArrayList<>();
        for (Moment moment : moments(ended, side)) {
            Optional<WhatIf> best = Optional.empty();
            for (Strategy strategy : moment.strategies()) {
                Optional<WhatIf> candidate = replay(ended, side, phrases, policy, moment, strategy, actualOutcome,
                        actualScores);
                if (candidate.isPresent() && (best.isEmpty() || BETTER.compare(candidate.get(), best.get()) < 0)) {
                    best = candidate;
                }
            }
            best.filter(w -> found.stream().noneMatch(f -> f.script().equals(w.script()))).ifPresent(found::add);
        }
        found.sort(BETTER);
        return List.copyOf(found.subList(0, Math.min(MAX_WHAT_IFS, found.size())));
    }

    private static final Comparator<WhatIf> BETTER = Comparator.comparing(WhatIf::dealValueDelta).reversed()
            .thenComparing(Comparator.comparingDouble((WhatIf w) -> w.scoreDelta().overall()).reversed())
            .thenComparingInt(WhatIf::turn);

    /** A decisive moment: the user message at {@code seq}, the {@code line}-th script line (from 0). */
    private record Moment(MomentKind kind, int seq, int line, String userMessage, String why,
            List<Strategy> strategies) {
    }

    private List<Moment> moments(Simulation s, UserSide side) {
        List<Moment> moments = new ArrayList<>();
        List<Message> messages = s.messages();
        List<Message> users = s.userMessages();
        boolean deal = s.outcome().orElse(null) == Outcome.DEAL;
        boolean offered = users.stream().anyMatch(m -> !"accept".equals(m.messageType()) && m.offer().isPresent());
        boolean firstOfferSeen = false;
        boolean walkSeen = false;
        BigDecimal minimum = side.opening().multiply(MIN_CONCESSION_SHARE);
        for (int line = 0; line < users.size(); line++) {
            Message m = users.get(line);
            int seq = m.seq();
            List<BigDecimal> counter = UserSide.counterpartOffers(messages, seq);
            BigDecimal standing = counter.isEmpty() ? side.opening() : counter.get(counter.size() - 1);
            boolean accepting = "accept".equals(m.messageType()) || m.moves().contains(MoveType.ACCEPTANCE);
            boolean ownOffer = !"accept".equals(m.messageType()) && m.offer().isPresent();
            if (accepting && side.gain(side.opening(), standing).signum() <= 0 && !ownOffer) {
                moments.add(new Moment(MomentKind.ACCEPTED_FIRST_OFFER, seq, line, m.content(),
                        "You accepted the opening " + side.money(standing) + " before the counterpart had conceded"
                                + " anything; openings are anchors, not final prices.",
                        List.of(Strategy.WELL_GROUNDED_ANCHOR, Strategy.ASK_ABOUT_INTERESTS)));
            } else if (accepting && deal && !offered && line == users.size() - 1) {
                moments.add(new Moment(MomentKind.MISSING_FIRST_OFFER, seq, line, m.content(),
                        "You closed at " + side.money(standing) + " without ever putting a number of your own on"
                                + " the table, so the counterpart's anchor set the range.",
                        List.of(Strategy.WELL_GROUNDED_ANCHOR, Strategy.SECONDARY_ISSUE_TRADE)));
            }
            if (ownOffer && !firstOfferSeen) {
                firstOfferSeen = true;
                BigDecimal first = m.offer().get().amount();
                BigDecimal aim = side.target().orElse(side.anchor());
                if (!side.inside(first, aim)) {
                    moments.add(new Moment(MomentKind.WEAK_FIRST_OFFER, seq, line, m.content(),
                            "Your first offer, " + side.money(first) + ", was already less ambitious than your own"
                                    + " target of " + side.money(aim) + "; first offers anchor the whole deal.",
                            List.of(Strategy.WELL_GROUNDED_ANCHOR)));
                }
            } else if (ownOffer) {
                List<BigDecimal> own = UserSide.userOffers(messages, seq);
                BigDecimal previousOwn = own.get(own.size() - 1);
                BigDecimal conceded = side.gain(m.offer().get().amount(), previousOwn);
                int previousSeq = previousOfferSeq(users, seq);
                List<BigDecimal> before = UserSide.counterpartOffers(messages, previousSeq);
                BigDecimal then = before.isEmpty() ? side.opening() : before.get(before.size() - 1);
                BigDecimal theirs = side.gain(then, standing);
                if (conceded.signum() > 0 && theirs.signum() <= 0) {
                    moments.add(new Moment(MomentKind.CONCESSION_WITHOUT_RECIPROCITY, seq, line, m.content(),
                            "You moved " + side.money(conceded) + " although the counterpart had not moved since"
                                    + " your previous offer; concessions should be traded, not given.",
                            List.of(Strategy.HOLD_FIRM, Strategy.SECONDARY_ISSUE_TRADE)));
                } else if (conceded.compareTo(minimum) >= 0
                        && conceded.compareTo(theirs.multiply(BigDecimal.valueOf(2))) >= 0) {
                    moments.add(new Moment(MomentKind.OVERSIZED_CONCESSION, seq, line, m.content(),
                            "You conceded " + side.money(conceded) + " right after the counterpart conceded only "
                                    + side.money(theirs) + "; large steps signal there is more to come.",
                            List.of(Strategy.RECIPROCAL_SMALL_CONCESSION, Strategy.SECONDARY_ISSUE_TRADE,
                                    Strategy.HOLD_FIRM)));
                }
            }
            if (m.moves().contains(MoveType.THREAT_ULTIMATUM) || m.moves().contains(MoveType.HOSTILITY)) {
                moments.add(new Moment(MomentKind.BURNED_RAPPORT, seq, line, m.content(),
                        "A threat or an insult costs rapport, and a counterpart with less goodwill concedes less"
                                + " and leaves sooner.",
                        List.of(Strategy.HOLD_FIRM, Strategy.ASK_ABOUT_INTERESTS)));
            }
            if ("walk_away".equals(m.messageType()) && !walkSeen) {
                walkSeen = true;
                BigDecimal reservation = s.state().reservation();
                Optional<BigDecimal> walkaway = side.walkaway();
                if (!deal && walkaway.isPresent() && side.inside(reservation, walkaway.get())) {
                    moments.add(new Moment(MomentKind.WALKED_AWAY_FROM_A_POSSIBLE_DEAL, seq, line, m.content(),
                            "You walked away, but the counterpart could have gone to " + side.money(reservation)
                                    + ", better than your walk-away of " + side.money(walkaway.get()) + ".",
                            List.of(Strategy.RECIPROCAL_SMALL_CONCESSION, Strategy.SECONDARY_ISSUE_TRADE)));
                }
            }
        }
        return moments;
    }

    private static int previousOfferSeq(List<Message> users, int seq) {
        int previous = 0;
        for (Message u : users) {
            if (u.seq() < seq && !"accept".equals(u.messageType()) && u.offer().isPresent()) {
                previous = u.seq();
            }
        }
        return previous;
    }

    private Optional<WhatIf> replay(Simulation actual, UserSide side, Phrases phrases, ReciprocatorPolicy policy,
            Moment moment, Strategy strategy, SimulatedOutcome actualOutcome, ScoreCard actualScores) {
        Simulation s = simulator.start(actual.scenario(), actual.seed(), actual.negotiationId(), actual.userId(),
                actual.startedAt());
        s = simulator.playAll(s, actual.script().subList(0, moment.line()));
        if (s.ended()) {
            return Optional.empty();
        }
        Optional<String> alternative = alternative(s, side, phrases, strategy);
        if (alternative.isEmpty()) {
            return Optional.empty();
        }
        s = simulator.next(s, alternative.get());
        int round = 0;
        while (!s.ended()) {
            String line = s.script().size() >= MAX_LINES ? NegotiationSimulator.END : policy.next(s, round++);
            s = simulator.next(s, line);
        }
        SimulatedOutcome outcome = outcome(s, side);
        ScoreCard scores = scores(s);
        ScoreCard delta = scores.minus(actualScores);
        BigDecimal valueDelta = outcome.valueToUser().subtract(actualOutcome.valueToUser());
        boolean better = (delta.claimingValue() > 0 || outcome.isDeal() && !actualOutcome.isDeal())
                && delta.overall() >= 0 && valueDelta.signum() >= 0;
        if (!better) {
            return Optional.empty();
        }
        return Optional.of(new WhatIf(actual.scenario().scenario().slug(), actual.seed(), moment.seq(), moment.kind(),
                moment.why(), moment.userMessage(), strategy, alternative.get(), policy.describe(), outcome, scores,
                actualOutcome, actualScores, valueDelta, delta, s.script()));
    }

    /** The alternative line of {@code strategy} at the state of {@code s}, when it applies and reads as intended. */
    private Optional<String> alternative(Simulation s, UserSide side, Phrases phrases, Strategy strategy) {
        int seq = s.messages().size();
        List<BigDecimal> own = UserSide.userOffers(s.messages(), seq);
        Optional<BigDecimal> last = own.isEmpty() ? Optional.empty() : Optional.of(own.get(own.size() - 1));
        List<BigDecimal> counter = UserSide.counterpartOffers(s.messages(), seq);
        BigDecimal standing = counter.isEmpty() ? side.opening() : counter.get(counter.size() - 1);
        BigDecimal previous = counter.size() >= 2 ? counter.get(counter.size() - 2) : standing;
        BigDecimal moved = side.gain(previous, standing);
        BigDecimal small = last.map(l -> side.concede(l, moved.signum() > 0
                ? side.round(moved.divide(BigDecimal.valueOf(2), 6, RoundingMode.HALF_UP)).max(side.unit())
                : side.unit())).orElse(side.anchor());
        return switch (strategy) {
            case HOLD_FIRM -> last.map(phrases::hold).filter(t -> readsAs(s, t, last));
            case RECIPROCAL_SMALL_CONCESSION -> last.isEmpty() || side.gain(standing, small).signum() <= 0
                    ? Optional.empty()
                    : Optional.of(phrases.concede(small, moved.signum() > 0)).filter(t -> readsAs(s, t, Optional.of(small)));
            case WELL_GROUNDED_ANCHOR -> {
                BigDecimal anchor = side.anchor();
                if (last.isPresent() && side.inside(last.get(), anchor)) {
                    yield Optional.empty();
                }
                yield Optional.of(phrases.anchor(anchor)).filter(t -> readsAs(s, t, Optional.of(anchor)));
            }
            case SECONDARY_ISSUE_TRADE -> tradeIssue(s).map(label -> phrases.trade(label, small))
                    .filter(t -> readsAs(s, t, Optional.of(small)));
            case ASK_ABOUT_INTERESTS -> Optional.of(phrases.askInterests());
        };
    }

    /** Whether the engine reads {@code text} at the state of {@code s} with exactly {@code amount} as its offer. */
    private boolean readsAs(Simulation s, String text, Optional<BigDecimal> amount) {
        CounterpartEngine.Session session = simulator.session(s);
        Reading reading = engine.read(session, s.state(), text);
        return amount.isPresent() && reading.mainOffer().filter(v -> v.compareTo(amount.get()) == 0).isPresent()
                && !reading.moves().contains(MoveType.ACCEPTANCE);
    }

    /** The secondary issue with the largest gain for the user over its cost to the counterpart, by its label. */
    private Optional<String> tradeIssue(Simulation s) {
        FinishedNegotiation facts = finished(s);
        SecondaryIssue best = null;
        BigDecimal bestGain = BigDecimal.ZERO;
        for (SecondaryIssue issue : facts.scenario().secondaryIssues()) {
            for (IssueOption o : issue.options()) {
                BigDecimal gain = o.valueToUser().subtract(o.costToCounterpart());
                if (gain.compareTo(bestGain) > 0) {
                    bestGain = gain;
                    best = issue;
                }
            }
        }
        return Optional.ofNullable(best).map(i -> i.label().toLowerCase(Locale.ROOT));
    }

    private static BigDecimal limit(Simulation s, UserSide side) {
        if (side.walkaway().isPresent()) {
            return side.walkaway().get();
        }
        BigDecimal limit = s.deal().map(Offer::amount).orElse(null);
        for (Message m : s.userMessages()) {
            if (m.offer().isPresent()) {
                BigDecimal v = m.offer().get().amount();
                limit = limit == null ? v : side.worse(limit, v);
            }
        }
        return limit == null ? side.opening() : limit;
    }

    private SimulatedOutcome outcome(Simulation s, UserSide side) {
        Outcome outcome = s.outcome().orElse(Outcome.ENDED_WITHOUT_DEAL);
        BigDecimal value = BigDecimal.ZERO;
        if (s.deal().isPresent()) {
            Offer deal = s.deal().get();
            value = side.gain(side.walkaway().orElse(side.opening()), deal.amount());
            FinishedNegotiation facts = finished(s);
            for (Map.Entry<String, String> term : deal.terms().entrySet()) {
                value = value.add(facts.scenario().secondaryIssue(term.getKey())
                        .flatMap(i -> i.option(term.getValue())).map(IssueOption::valueToUser)
                        .orElse(BigDecimal.ZERO));
            }
        }
        return new SimulatedOutcome(outcome, s.deal(), value.stripTrailingZeros(), s.userMessages().size());
    }

    private ScoreCard scores(Simulation s) {
        return ScoreCard.of(analyzer.analyze(finished(s)));
    }

    private static FinishedNegotiation finished(Simulation s) {
        return ScoringInput.finished(s.record(), s.scenario(), s.messages(),
                s.messages().get(s.messages().size() - 1).timestamp());
    }

    private static Simulation endedWithoutDeal(Simulation s) {
        return new Simulation(s.scenario(), s.seed(), s.negotiationId(), s.userId(), s.startedAt(), s.script(),
                s.messages(), s.state(), Optional.of(Outcome.ENDED_WITHOUT_DEAL), Optional.empty());
    }
}
