package io.negotiationmaster.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.DealTerms;
import io.negotiationmaster.performance.Dimension;
import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.FinishedNegotiations;
import io.negotiationmaster.performance.Outcome;
import io.negotiationmaster.performance.OutcomeStatus;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.TranscriptEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScoringPropertiesTest {
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    @Provide
    Arbitrary<FinishedNegotiation> negotiations() {
        Arbitrary<Step> step = Combinators.combine(
                Arbitraries.of(Party.values()),
                Arbitraries.subsetOf(MoveType.values()).ofMaxSize(4),
                Arbitraries.integers().between(18_000, 27_000).injectNull(0.5),
                Arbitraries.of("warranty", "maintenance", "financing").injectNull(0.7)).as(Step::new);
        Arbitrary<List<Step>> steps = step.list().ofMaxSize(30);
        Arbitrary<Integer> ending = Arbitraries.integers().between(0, 3);
        Arbitrary<Integer> price = Arbitraries.integers().between(19_000, 26_000);
        Arbitrary<Double> rapport = Arbitraries.doubles().between(0, 1);
        Arbitrary<Boolean> scenario = Arbitraries.of(true, false);
        return Combinators.combine(steps, ending, price, rapport, scenario).as(ScoringPropertiesTest::build);
    }

    private static FinishedNegotiation build(List<Step> steps, int ending, int price, double rapport, boolean car) {
        var b = car ? FinishedNegotiations.usedCar() : FinishedNegotiations.usedCar().singleIssue();
        for (Step s : steps) {
            MoveType[] moves = s.moves.toArray(MoveType[]::new);
            if (s.party == Party.USER) {
                if (s.offer == null) {
                    b.user("user says", moves);
                } else {
                    b.userOffer(s.offer, "user offers " + s.offer, moves);
                }
            } else if (s.offer == null) {
                b.ai("ai says", moves);
            } else {
                b.aiOffer(s.offer, "ai offers " + s.offer, moves);
            }
            if (s.issue != null && car) {
                b.terms(s.issue, s.issue.equals("warranty") ? "3_years"
                        : s.issue.equals("maintenance") ? "included" : "low_apr");
            }
        }
        b.rapport(rapport);
        switch (ending) {
            case 0 -> b.deal(price, car ? Map.of("warranty", "1_year") : Map.of());
            case 1 -> b.userWalked();
            case 2 -> b.counterpartWalked();
            default -> b.abandoned();
        }
        return b.build();
    }

    record Step(Party party, Set<MoveType> moves, Integer offer, String issue) {
    }

    @Property(tries = 150)
    void scoresAreAlwaysWithin0And100(@ForAll("negotiations") FinishedNegotiation n) {
        PerformanceReport r = analyzer.analyze(n);
        for (Dimension d : Dimension.values()) {
            assertThat(r.score(d).score()).isBetween(0.0, 100.0);
        }
        assertThat(r.overall().score()).isBetween(0.0, 100.0);
    }

    @Property(tries = 150)
    void aBetterDealForTheUserNeverLowersClaimingValue(@ForAll("negotiations") FinishedNegotiation n,
                                                       @ForAll @IntRange(min = 19_000, max = 26_000) int a,
                                                       @ForAll @IntRange(min = 19_000, max = 26_000) int b) {
        int better = Math.min(a, b);
        int worse = Math.max(a, b);
        double betterScore = analyzer.analyze(withDeal(n, better)).claimingValue().score();
        double worseScore = analyzer.analyze(withDeal(n, worse)).claimingValue().score();
        assertThat(betterScore).isGreaterThanOrEqualTo(worseScore);
    }

    @Property(tries = 150)
    void anAddedInsultNeverRaisesManagingRelationships(@ForAll("negotiations") FinishedNegotiation n) {
        double before = analyzer.analyze(n).managingRelationships().score();
        FinishedNegotiation insulted = append(n, List.of(entry(Party.USER, EnumSet.of(MoveType.HOSTILITY), Map.of())));
        assertThat(analyzer.analyze(insulted).managingRelationships().score()).isLessThanOrEqualTo(before);
    }

    @Property(tries = 150)
    void anAddedReciprocatedTradeNeverLowersCreatingValue(@ForAll("negotiations") FinishedNegotiation n) {
        double before = analyzer.analyze(n).creatingValue().score();
        Map<String, String> terms = n.scenario().secondaryIssues().isEmpty() ? Map.of() : Map.of("maintenance", "included");
        FinishedNegotiation traded = append(n, List.of(
                entry(Party.USER, EnumSet.of(MoveType.PACKAGE_TRADE), terms),
                entry(Party.AI, EnumSet.of(MoveType.PACKAGE_TRADE, MoveType.CONCESSION), terms)));
        assertThat(analyzer.analyze(traded).creatingValue().score()).isGreaterThanOrEqualTo(before);
    }

    @Property(tries = 100)
    void scoringTheSameRecordTwiceGivesAnEqualReport(@ForAll("negotiations") FinishedNegotiation n) {
        assertThat(analyzer.analyze(n)).isEqualTo(analyzer.analyze(n));
    }

    private static FinishedNegotiation withDeal(FinishedNegotiation n, int price) {
        Outcome o = n.outcome();
        Map<String, String> options = o.deal().map(DealTerms::secondaryOptions).orElse(Map.of());
        return new FinishedNegotiation(n.negotiationId(), n.userId(), n.scenario(), n.transcript(),
                new Outcome(OutcomeStatus.DEAL, Optional.of(new DealTerms(BigDecimal.valueOf(price), options)),
                        o.counterpartRapport(), o.startedAt(), o.finishedAt()));
    }

    private record Added(Party party, Set<MoveType> moves, Map<String, String> terms) {
    }

    private static Added entry(Party party, Set<MoveType> moves, Map<String, String> terms) {
        return new Added(party, moves, terms);
    }

    private static FinishedNegotiation append(FinishedNegotiation n, List<Added> added) {
        var t = new ArrayList<>(n.transcript());
        int next = t.isEmpty() ? 0 : t.get(t.size() - 1).turnIndex() + 1;
        for (Added a : added) {
            t.add(new TranscriptEntry(next++, a.party(), "added", n.outcome().finishedAt(), a.moves(), Optional.empty(),
                    a.terms(), Optional.empty()));
        }
        return new FinishedNegotiation(n.negotiationId(), n.userId(), n.scenario(), t, n.outcome());
    }
}
