package io.negotiationmaster.engine.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.engine.strategy.CounterpartProfile;
import io.negotiationmaster.engine.strategy.CounterpartState;
import io.negotiationmaster.engine.strategy.Decision;
import io.negotiationmaster.engine.strategy.Negotiator;
import io.negotiationmaster.engine.strategy.Profiles;
import io.negotiationmaster.engine.strategy.UserMove;
import io.negotiationmaster.engine.writing.PublicPersona;
import io.negotiationmaster.engine.writing.ReplyPlan;
import io.negotiationmaster.engine.writing.ReplyWriter;
import io.negotiationmaster.engine.writing.WrittenReply;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SimulatedUsersTest {
    private static final int SEEDS = 400;
    private static final String[] PROFILES = {"used car (Sarah)", "first salary", "supplier"};
    private final Negotiator negotiator = new Negotiator();

    record Outcome(boolean deal, double zoneShare, int turns) {
    }

    static Outcome run(Negotiator negotiator, CounterpartProfile profile, SimulatedUser.Style style, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        SimulatedUser user = new SimulatedUser(style, profile, seed * 31 + 7);
        Decision d = negotiator.open(profile, rnd);
        int turns = 0;
        while (!d.next().status().isFinal() && turns < 60) {
            d = negotiator.decide(profile, d.next(), user.next(d), rnd);
            turns++;
        }
        if (d.deal().isEmpty()) {
            return new Outcome(false, 0, turns);
        }
        double open = negotiator.valueToCounterpart(profile, profile.openingTerms()).doubleValue();
        double reserve = negotiator.valueToCounterpart(profile,
                io.negotiationmaster.engine.strategy.Terms.of(profile.reservation())).doubleValue();
        double deal = negotiator.valueToCounterpart(profile, d.deal().get()).doubleValue();
        return new Outcome(true, (open - deal) / (open - reserve), turns);
    }

    @Test
    void simulatedUserStylesGetPlausibleAgreementRatesAndShares() {
        Map<SimulatedUser.Style, double[]> rates = new EnumMap<>(SimulatedUser.Style.class);
        StringBuilder table = new StringBuilder("\nstyle          | profile           | deals  | mean zone share | mean turns\n");
        for (SimulatedUser.Style style : SimulatedUser.Style.values()) {
            double[] perProfile = new double[3];
            for (int pi = 0; pi < 3; pi++) {
                int deals = 0;
                double share = 0;
                long turns = 0;
                for (long seed = 1; seed <= SEEDS; seed++) {
                    Outcome o = run(negotiator, Profiles.byIndex(pi, seed), style, seed);
                    turns += o.turns();
                    if (o.deal()) {
                        deals++;
                        share += o.zoneShare();
                        assertThat(o.zoneShare()).isBetween(-1.0, 1.0);
                    }
                }
                perProfile[pi] = deals / (double) SEEDS;
                table.append(String.format("%-14s | %-17s | %5.1f%% | %15s | %5.1f%n", style, PROFILES[pi],
                        100.0 * deals / SEEDS, deals == 0 ? "-" : String.format("%.2f", share / deals),
                        turns / (double) SEEDS));
            }
            rates.put(style, perProfile);
        }
        System.out.println(table);
        for (int pi = 0; pi < 3; pi++) {
            assertThat(rates.get(SimulatedUser.Style.HOSTILE)[pi])
                    .isLessThan(rates.get(SimulatedUser.Style.POLITE_TRADER)[pi]);
            assertThat(rates.get(SimulatedUser.Style.HARDLINER)[pi])
                    .isLessThanOrEqualTo(rates.get(SimulatedUser.Style.CONCEDER)[pi]);
        }
    }

    @Test
    void decideAndWriteTakeMicroseconds() {
        ReplyWriter writer = ReplyWriter.withBundledTemplates();
        CounterpartProfile profile = Profiles.usedCar(42L);
        PublicPersona persona = PublicPersona.of(profile);
        SimulatedUser.Style[] styles = SimulatedUser.Style.values();
        for (int pass = 0; pass < 2; pass++) {
            long turns = 0;
            long nanos = 0;
            long decideNanos = 0;
            long seed = 0;
            while (turns < 100_000) {
                seed++;
                SplittableRandom rnd = new SplittableRandom(seed);
                SimulatedUser user = new SimulatedUser(styles[(int) (seed % styles.length)], profile, seed);
                Decision d = negotiator.open(profile, rnd);
                CounterpartState state = d.next();
                for (int t = 0; t < 40 && !state.status().isFinal(); t++) {
                    UserMove m = user.next(d);
                    long start = System.nanoTime();
                    d = negotiator.decide(profile, state, m, rnd);
                    long mid = System.nanoTime();
                    decideNanos += mid - start;
                    WrittenReply r = writer.write(ReplyPlan.of(d, persona), persona, d.next().templatesUsed(), rnd);
                    state = d.next().withTemplateUsed(r.templateKey());
                    nanos += System.nanoTime() - start;
                    turns++;
                }
            }
            if (pass == 1) {
                System.out.printf("%nmean decide+write time per turn: %.2f µs (decide %.2f µs) over %d turns%n",
                        nanos / 1000.0 / turns, decideNanos / 1000.0 / turns, turns);
            }
        }
    }
}
