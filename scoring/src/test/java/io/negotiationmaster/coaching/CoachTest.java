package io.negotiationmaster.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.engine.CounterpartEngine;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.Outcome;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scoring.StandardAnalyzer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The coach's what-ifs on catalog scenarios, replayed in memory. */
class CoachTest {
    static final String CAR = "used-car-honda-accord";
    static final String SALARY = "first-job-salary-techstart";
    static final String SUPPLIER = "supplier-contract-packaging";
    /** A buyer who asks, anchors on the market, and reciprocates in small steps (the car, seed 7). */
    static final List<String> DISCIPLINED = List.of(
            "Before we settle on numbers, can I ask what matters most to you in this deal?",
            "I've done my homework: comparable offers elsewhere are at $23,500 (online average). Based on that, I can"
                    + " offer $21,400.",
            "Let me take a step towards you: I can come up to $21,600.",
            "Thanks for moving. I can come up to $21,800.", "Thanks for moving. I can come up to $22,000.",
            "Thanks for moving. I can come up to $22,200.", "Thanks for moving. I can come up to $22,400.",
            "Thanks for moving. I can come up to $22,600.", "Thanks for moving. I can come up to $22,800.");
    private static final Instant START = Instant.parse("2025-03-01T10:00:00Z");

    private final Coach coach = new Coach(new CounterpartEngine(), new StandardAnalyzer());
    private final NegotiationSimulator simulator = coach.simulator();

    /** Scripted negotiations with mistakes of every kind, on three scenarios (scenario, seed, lines). */
    static List<Object[]> varied() {
        return List.of(
                new Object[] {CAR, 7L, List.of("/accept")},
                new Object[] {CAR, 11L, List.of("I can pay $23,000.", "OK, $24,000 then.", "/accept")},
                new Object[] {CAR, 3L, List.of("Hello. I'm interested in the Accord, but the price is too high.",
                        "I can pay $18,000, not a dollar more.", "That's my final offer: $18,000.", "/walk", "/walk")},
                new Object[] {CAR, 5L, List.of("This price is a ripoff, you're a crook. $20,000 or I leave.",
                        "$20,500.", "/walk", "/walk")},
                new Object[] {SALARY, 7L, List.of("/accept")},
                new Object[] {SALARY, 8L, List.of("Thanks for the offer! I was hoping for $60,000.", "/accept")},
                new Object[] {SALARY, 9L, List.of("Could you do $66,000?", "OK, $61,000 then.", "/accept")},
                new Object[] {SUPPLIER, 7L, List.of("/accept")},
                new Object[] {SUPPLIER, 4L, List.of("We could do $205,000.", "Fine, $200,000.", "/accept")},
                new Object[] {SUPPLIER, 6L, List.of("Your price is absurd. $150,000 or we go to GreenPack.", "/walk",
                        "/walk")});
    }

    /** Plays the case's lines until the negotiation ends (later lines are dropped). */
    @SuppressWarnings("unchecked")
    private Simulation play(Object[] c) {
        Simulation s = simulator.start(CatalogScenarios.full((String) c[0]), (Long) c[1], START);
        for (String line : (List<String>) c[2]) {
            if (!s.ended()) {
                s = simulator.next(s, line);
            }
        }
        return s;
    }

    @Test
    void everyWhatIfsScriptReplaysInMemoryToItsPredictedOutcomeExactly() {
        int total = 0;
        for (Object[] c : varied()) {
            Simulation actual = play(c);
            for (WhatIf w : coach.whatIfs(actual)) {
                total++;
                Simulation replay = simulator.play(CatalogScenarios.full(w.scenarioSlug()), w.seed(), w.script(),
                        START);
                assertThat(replay.ended()).as(w.describe()).isTrue();
                assertThat(replay.outcome()).as(w.describe()).contains(w.outcome().outcome());
                assertThat(replay.deal()).as(w.describe()).isEqualTo(w.outcome().deal());
                assertThat(replay.userMessages()).hasSize(w.outcome().userMessages());
                assertThat(replay.script()).isEqualTo(w.script());
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(10);
    }

    @Test
    void whatIfsAreOfferedOnlyWhenBetterForTheUserAndAtMostThreeMostValuableFirst() {
        for (Object[] c : varied()) {
            List<WhatIf> whatIfs = coach.whatIfs(play(c));
            assertThat(whatIfs).hasSizeLessThanOrEqualTo(Coach.MAX_WHAT_IFS);
            for (WhatIf w : whatIfs) {
                boolean dealWhereNone = w.outcome().isDeal() && !w.actualOutcome().isDeal();
                assertThat(w.scoreDelta().claimingValue() > 0 || dealWhereNone).as(w.describe()).isTrue();
                assertThat(w.scoreDelta().overall()).as(w.describe()).isGreaterThanOrEqualTo(0);
                assertThat(w.dealValueDelta()).as(w.describe()).isNotNegative();
                assertThat(w.scoreDelta().overall()).isCloseTo(w.scores().overall() - w.actualScores().overall(),
                        org.assertj.core.data.Offset.offset(1e-9));
                assertThat(w.script().size()).isLessThanOrEqualTo(Coach.MAX_LINES + 1);
            }
            for (int i = 1; i < whatIfs.size(); i++) {
                assertThat(whatIfs.get(i - 1).dealValueDelta()).isGreaterThanOrEqualTo(whatIfs.get(i).dealValueDelta());
            }
        }
    }

    @Test
    void acceptingTheAskingPriceAtOnceYieldsAWhatIfWhoseReplayEndsInABetterDeal() {
        FullScenario car = CatalogScenarios.full(CAR);
        Simulation actual = simulator.play(car, 7L, List.of("/accept"), START);
        assertThat(actual.deal()).hasValueSatisfying(d -> assertThat(d.amount()).isEqualByComparingTo("24500"));

        List<WhatIf> whatIfs = coach.whatIfs(actual);

        assertThat(whatIfs).isNotEmpty();
        WhatIf best = whatIfs.get(0);
        assertThat(best.moment()).isEqualTo(MomentKind.ACCEPTED_FIRST_OFFER);
        assertThat(best.turn()).isEqualTo(1);
        assertThat(best.userMessage()).isEqualTo("I accept your offer of $24,500.");
        Simulation replay = simulator.play(car, 7L, best.script(), START);
        assertThat(replay.outcome()).contains(Outcome.DEAL);
        assertThat(replay.deal().orElseThrow().amount()).isLessThan(new BigDecimal("24500"));
        assertThat(best.dealValueDelta()).isPositive();
        System.out.println(best.describe());
    }

    @Test
    void aNegotiationWithoutDecisiveMistakeYieldsNoWhatIf() {
        Simulation disciplined = simulator.play(CatalogScenarios.full(CAR), 7L, DISCIPLINED, START);
        assertThat(disciplined.deal()).isPresent();

        assertThat(coach.whatIfs(disciplined)).isEmpty();
    }

    @Test
    void theSimulatorRefusesUnknownCommandsAndLinesAfterTheEnd() {
        FullScenario car = CatalogScenarios.full(CAR);
        assertThatThrownBy(() -> simulator.play(car, 1L, List.of("/haggle"), START))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("unknown command '/haggle'");
        assertThatThrownBy(() -> simulator.play(car, 1L, List.of("/accept", "One more thing"), START))
                .isInstanceOf(NegotiationFinishedException.class);
    }

    @Test
    void aReplayOfAThirtyTurnNegotiationTakesMilliseconds() {
        FullScenario car = CatalogScenarios.full(CAR);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            lines.add(i % 2 == 0 ? "I understand, but I'm staying at $20,000." : "Tell me more about the car?");
        }
        for (int warm = 0; warm < 20; warm++) {
            playUntilEnd(car, lines);
        }
        int runs = 50;
        long start = System.nanoTime();
        int turns = 0;
        for (int i = 0; i < runs; i++) {
            turns = playUntilEnd(car, lines).userMessages().size();
        }
        double ms = (System.nanoTime() - start) / 1e6 / runs;
        System.out.println(String.format(Locale.ROOT, "replay of %d user turns: %.2f ms (%.2f ms per turn, %.1f ms"
                + " for 30 turns)", turns, ms, ms / turns, 30 * ms / turns));
        assertThat(turns).isPositive();
    }

    private Simulation playUntilEnd(FullScenario scenario, List<String> lines) {
        Simulation s = simulator.start(scenario, 13L, START);
        for (String line : lines) {
            if (s.ended()) {
                break;
            }
            s = simulator.next(s, line);
        }
        return s;
    }
}
