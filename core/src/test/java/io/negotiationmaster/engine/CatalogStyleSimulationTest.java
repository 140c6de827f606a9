package io.negotiationmaster.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.engine.strategy.CounterpartStatus;
import io.negotiationmaster.engine.strategy.Terms;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.SecondaryIssue;
import io.negotiationmaster.scenario.TestScenarios;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Simulated users of five styles negotiate in plain text against three catalog characters through the whole
 * engine (reading, deciding, writing). Prints the agreement rate and the mean share of the bargaining zone the
 * user captured per style and scenario; asserts the hard guard and the ordering a trainer expects.
 */
class CatalogStyleSimulationTest {
    private static final List<String> SCENARIOS = List.of("used-car-honda-accord", "first-job-salary-techstart",
            "supplier-contract-packaging");
    private static final int SEEDS = 40;
    private static final int MAX_TURNS = 24;
    private static final boolean DEBUG = Boolean.getBoolean("nm.debug");

    enum Style { HARDLINER, CONCEDER, RECIPROCATOR, HOSTILE, POLITE_TRADER }

    record Result(boolean deal, double share, boolean guardHeld) {
    }

    @Test
    void stylesAgainstCatalogCharactersGiveExpectedOrderingAndNeverCrossTheReservation() {
        CounterpartEngine engine = new CounterpartEngine();
        Map<String, double[]> table = new LinkedHashMap<>();
        System.out.printf("%-14s | %-28s | %6s | %10s%n", "style", "scenario", "deals", "zone share");
        for (String slug : SCENARIOS) {
            FullScenario full = TestScenarios.full(slug);
            for (Style style : Style.values()) {
                int deals = 0;
                double shares = 0;
                for (int seed = 0; seed < SEEDS; seed++) {
                    Result r = play(engine, full, style, seed);
                    assertThat(r.guardHeld()).as("%s %s seed %d", slug, style, seed).isTrue();
                    if (r.deal()) {
                        deals++;
                        shares += r.share();
                    }
                }
                double rate = deals / (double) SEEDS;
                double share = deals == 0 ? 0 : shares / deals;
                table.put(style + "/" + slug, new double[] {rate, share});
                System.out.printf("%-14s | %-28s | %5.0f%% | %10.2f%n", style, slug, rate * 100, share);
            }
            assertThat(table.get(Style.HOSTILE + "/" + slug)[0])
                    .isLessThanOrEqualTo(table.get(Style.POLITE_TRADER + "/" + slug)[0]);
            assertThat(table.get(Style.RECIPROCATOR + "/" + slug)[1])
                    .isGreaterThanOrEqualTo(table.get(Style.CONCEDER + "/" + slug)[1]);
        }
    }

    private static Result play(CounterpartEngine engine, FullScenario full, Style style, long seed) {
        var session = engine.session(full, seed);
        var main = full.scenario().issues().main();
        boolean wantsLow = session.counterpartWantsHigh();
        BigDecimal opening = session.opening();
        BigDecimal target = main.target().orElse(opening.multiply(new BigDecimal(wantsLow ? "0.85" : "1.15")));
        EngineReply reply = engine.open(session);
        EngineState state = reply.next();
        int messages = 1;
        BigDecimal mine = opening.multiply(new BigDecimal(switch (style) {
            case HARDLINER -> wantsLow ? "0.70" : "1.30";
            case CONCEDER -> wantsLow ? "0.92" : "1.08";
            case RECIPROCATOR, POLITE_TRADER -> wantsLow ? "0.80" : "1.20";
            case HOSTILE -> wantsLow ? "0.65" : "1.35";
        })).setScale(0, RoundingMode.HALF_UP);
        BigDecimal lastTheirs = state.counterpart().standing().main();
        String secondary = full.scenario().issues().secondary().stream().findFirst().map(SecondaryIssue::label)
                .map(l -> l.toLowerCase(Locale.ROOT)).orElse("the extras");
        for (int turn = 0; turn < MAX_TURNS && !CounterpartEngine.Session.ended(state); turn++) {
            BigDecimal theirs = state.counterpart().standing().main();
            boolean acceptable = wantsLow ? theirs.compareTo(target) <= 0 : theirs.compareTo(target) >= 0;
            if (acceptable && style != Style.HOSTILE && style != Style.HARDLINER
                    || style == Style.CONCEDER && theirs.subtract(mine).abs()
                            .compareTo(opening.multiply(new BigDecimal("0.03"))) <= 0) {
                Terms standing = engine.standingTerms(state);
                reply = engine.respondToOffer(session, state, standing.main(), standing.options(),
                        "I accept your offer.", List.of(), messages);
                state = reply.next();
                break;
            }
            if (turn > 0) {
                BigDecimal theirMove = lastTheirs.subtract(theirs).abs();
                BigDecimal gap = theirs.subtract(mine);
                BigDecimal step = switch (style) {
                    case HARDLINER, HOSTILE -> opening.multiply(new BigDecimal("0.005"));
                    case CONCEDER -> gap.abs().multiply(new BigDecimal("0.4"));
                    // a reciprocator keeps a small move of its own on the table and matches half of theirs
                    case RECIPROCATOR, POLITE_TRADER -> theirMove.multiply(new BigDecimal("0.5"))
                            .max(opening.multiply(new BigDecimal("0.012"))).min(gap.abs());
                };
                mine = mine.add(gap.signum() >= 0 ? step : step.negate()).setScale(0, RoundingMode.HALF_UP);
            }
            lastTheirs = theirs;
            String amount = "$" + String.format(Locale.US, "%,d", mine.longValue());
            String text = switch (style) {
                case HARDLINER -> "My number is " + amount + ". That is where I stand.";
                case CONCEDER -> "Okay, how about " + amount + "?";
                case RECIPROCATOR -> "Thanks for moving. I can come to " + amount + ".";
                case HOSTILE -> "This is a ripoff and you know it. " + amount + " or I walk, liar.";
                case POLITE_TRADER -> turn == 0 ? "Hi, thanks for your time! What matters most to you here? I could do "
                        + amount + "." : "I appreciate the flexibility. If you include " + secondary + ", I can do "
                        + amount + ".";
            };
            reply = engine.respond(session, state, text, List.of(), messages);
            if (DEBUG && seed == 0) {
                System.out.println(style + " > " + text + "\n   < " + reply.reply().text() + "  " + reply.decision().moves());
            }
            messages += 2;
            state = reply.next();
        }
        boolean deal = state.counterpart().status() == CounterpartStatus.AGREED;
        BigDecimal reservation = session.reservationForDebrief();
        boolean guard = true;
        double share = 0;
        if (deal) {
            Terms terms = reply.decision().deal().orElse(state.counterpart().standing());
            guard = engine.withinReservation(session, terms);
            double zone = opening.subtract(reservation).abs().doubleValue();
            share = zone == 0 ? 0 : opening.subtract(terms.main()).abs().doubleValue() / zone;
        }
        for (Terms offered : state.counterpart().counterpartOffers()) {
            guard &= engine.withinReservation(session, offered);
        }
        return new Result(deal, share, guard);
    }
}
