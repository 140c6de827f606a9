package io.negotiationmaster.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

public class NegotiatorGuardProperties {
    private static final MoveType[] USER_MOVES = {MoveType.GREETING, MoveType.RAPPORT, MoveType.INTEREST_QUESTION,
            MoveType.INFORMATION, MoveType.JUSTIFICATION, MoveType.FIRST_OFFER, MoveType.COUNTER_OFFER,
            MoveType.CONCESSION, MoveType.PACKAGE_TRADE, MoveType.ACCEPTANCE, MoveType.REJECTION,
            MoveType.BATNA_REFERENCE, MoveType.OBJECTIVE_STANDARD, MoveType.THREAT_ULTIMATUM, MoveType.HOSTILITY,
            MoveType.APPRECIATION, MoveType.WALK_AWAY, MoveType.OTHER};

    private final Negotiator negotiator = new Negotiator();

    @Property(tries = 3000)
    void counterpartNeverOffersNorAcceptsTermsBelowItsReservationValue(@ForAll long seed,
            @ForAll @IntRange(min = 0, max = 2) int profileIndex, @ForAll @IntRange(min = 0, max = 3) int mode) {
        CounterpartProfile profile = Profiles.byIndex(profileIndex, seed);
        SplittableRandom dialogue = new SplittableRandom(seed ^ 0x5DEECE66DL);
        SplittableRandom engineRandom = new SplittableRandom(seed);
        Decision d = negotiator.open(profile, engineRandom);
        assertGuarded(profile, d);
        for (int turn = 0; turn < 80 && !d.next().status().isFinal(); turn++) {
            UserMove move = adversarialMove(profile, d.next(), dialogue, mode);
            d = negotiator.decide(profile, d.next(), move, engineRandom);
            assertGuarded(profile, d);
        }
    }

    @Property(tries = 500)
    void sameInputsAndSeedGiveTheSameDecisions(@ForAll long seed, @ForAll @IntRange(min = 0, max = 2) int profileIndex) {
        assertThat(transcript(seed, profileIndex)).isEqualTo(transcript(seed, profileIndex));
    }

    private List<Decision> transcript(long seed, int profileIndex) {
        CounterpartProfile profile = Profiles.byIndex(profileIndex, seed);
        SplittableRandom dialogue = new SplittableRandom(seed);
        SplittableRandom engineRandom = new SplittableRandom(seed + 1);
        java.util.ArrayList<Decision> out = new java.util.ArrayList<>();
        Decision d = negotiator.open(profile, engineRandom);
        out.add(d);
        for (int turn = 0; turn < 30 && !d.next().status().isFinal(); turn++) {
            d = negotiator.decide(profile, d.next(), adversarialMove(profile, d.next(), dialogue, 0), engineRandom);
            out.add(d);
        }
        return out;
    }

    private void assertGuarded(CounterpartProfile profile, Decision d) {
        d.offer().ifPresent(o -> assertThat(negotiator.withinReservation(profile, o))
                .as("offer %s, reservation %s, reasoning %s", o, profile.reservation(), d.reasoning()).isTrue());
        d.deal().ifPresent(o -> assertThat(negotiator.withinReservation(profile, o))
                .as("deal %s, reservation %s, reasoning %s", o, profile.reservation(), d.reasoning()).isTrue());
        assertThat(negotiator.withinReservation(profile, d.next().standing())).isTrue();
        assertThat(d.moves()).isNotEmpty();
    }

    /**
     * A user move: mode 0 fully random, 1 creeping just below the standing offer while asking for every item,
     * 2 absurd amounts and repeated acceptances, 3 offers around the reservation value with packages.
     */
    public static UserMove adversarialMove(CounterpartProfile profile, CounterpartState state, SplittableRandom r, int mode) {
        Set<MoveType> moves = EnumSet.noneOf(MoveType.class);
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            moves.add(USER_MOVES[r.nextInt(USER_MOVES.length)]);
        }
        double standing = state.standing().main().doubleValue();
        double reserve = profile.reservation().doubleValue();
        double opening = profile.opening().doubleValue();
        Optional<BigDecimal> offer = Optional.empty();
        int kind = r.nextInt(10);
        switch (mode) {
            case 1 -> offer = Optional.of(money(standing - profile.direction().sign() * r.nextDouble() * 200));
            case 2 -> offer = kind < 3 ? Optional.of(BigDecimal.ZERO)
                    : kind < 5 ? Optional.of(new BigDecimal("1000000000000"))
                    : kind < 7 ? Optional.of(money(r.nextDouble() * opening * 3)) : Optional.empty();
            case 3 -> offer = Optional.of(money(reserve + (r.nextDouble() - 0.5) * 0.1 * reserve));
            default -> offer = kind < 7 ? Optional.of(money(r.nextDouble() * opening * 2)) : Optional.empty();
        }
        if (mode == 2 && r.nextInt(3) == 0) {
            moves.add(MoveType.ACCEPTANCE);
        }
        Map<String, String> requested = new java.util.TreeMap<>();
        for (SecondaryIssue issue : profile.secondaryIssues()) {
            if (mode == 1 || mode == 3 || r.nextInt(3) == 0) {
                requested.put(issue.key(), issue.options().get(r.nextInt(issue.options().size())).key());
            }
        }
        if (r.nextInt(10) == 0) {
            requested.put("unknown_issue", "whatever");
        }
        return new UserMove(moves, offer.map(o -> o.max(BigDecimal.ZERO)), requested, r.nextInt(8) == 0,
                "user message");
    }

    private static BigDecimal money(double v) {
        return BigDecimal.valueOf(Math.max(0, Math.round(v * 100) / 100.0));
    }
}
