package io.negotiationmaster.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NegotiatorTest {
    private final Negotiator negotiator = new Negotiator();
    private final CounterpartProfile sarah = Profiles.usedCar(new BigDecimal("21800"));

    @Test
    void openingIsTheAskingPositionWithAHighAnchor() {
        Decision d = negotiator.open(sarah, new SplittableRandom(1));
        assertThat(d.offer()).contains(Terms.of(new BigDecimal("24500")));
        assertThat(d.moves()).contains(MoveType.HIGH_ANCHOR, MoveType.FIRST_OFFER);
        assertThat(d.next().tacticsUsed()).containsExactly(MoveType.HIGH_ANCHOR);
    }

    @Test
    void userAcceptingTheStandingOfferClosesTheDealOnThoseTerms() {
        Decision open = negotiator.open(sarah, new SplittableRandom(1));
        Decision d = negotiator.decide(sarah, open.next(), UserMove.of("Deal.", MoveType.ACCEPTANCE),
                new SplittableRandom(2));
        assertThat(d.deal()).contains(Terms.of(new BigDecimal("24500")));
        assertThat(d.next().status()).isEqualTo(CounterpartStatus.AGREED);
        assertThat(negotiator.termsOnAcceptance(open.next())).isEqualTo(Terms.of(new BigDecimal("24500")));
    }

    @Test
    void anOfferAtLeastAsGoodAsTheNextCounterIsAccepted() {
        Decision open = negotiator.open(sarah, new SplittableRandom(1));
        Decision d = negotiator.decide(sarah, open.next(),
                UserMove.offer(new BigDecimal("24500"), "24,500 works?", MoveType.COUNTER_OFFER), new SplittableRandom(2));
        assertThat(d.accepted()).isTrue();
        assertThat(d.deal().orElseThrow().main()).isEqualByComparingTo("24500");
    }

    @Test
    void aLowballIsMetWithAFlinchAndAlmostNoConcession() {
        Decision open = negotiator.open(sarah, new SplittableRandom(1));
        Decision d = negotiator.decide(sarah, open.next(),
                UserMove.offer(new BigDecimal("15000"), "15k", MoveType.FIRST_OFFER), new SplittableRandom(2));
        assertThat(d.moves()).contains(MoveType.FLINCH, MoveType.REJECTION, MoveType.COUNTER_OFFER);
        assertThat(d.offer().orElseThrow().main()).isGreaterThanOrEqualTo(new BigDecimal("24300"));
    }

    @Test
    void askingForTheMinimumIsDeflectedWithoutRevealingIt() {
        Decision open = negotiator.open(sarah, new SplittableRandom(1));
        UserMove ask = new UserMove(EnumSet.of(MoveType.INTEREST_QUESTION), Optional.empty(), Map.of(), true,
                "What's the lowest you'd go?");
        Decision d = negotiator.decide(sarah, open.next(), ask, new SplittableRandom(2));
        assertThat(d.cues()).contains(ReplyCue.DEFLECT_LIMIT);
        assertThat(d.moves()).contains(MoveType.JUSTIFICATION);
        assertThat(d.offer().orElseThrow().main()).isEqualByComparingTo("24500");
    }

    @Test
    void threeInsultsMakeTheCounterpartWalkAway() {
        CounterpartState s = negotiator.open(sarah, new SplittableRandom(1)).next();
        SplittableRandom rnd = new SplittableRandom(2);
        Decision d = null;
        for (int i = 0; i < Negotiator.MAX_INSULTS; i++) {
            d = negotiator.decide(sarah, s, UserMove.of("You are a crook", MoveType.HOSTILITY), rnd);
            s = d.next();
        }
        assertThat(d.moves()).containsExactly(MoveType.WALK_AWAY);
        assertThat(s.status()).isEqualTo(CounterpartStatus.COUNTERPART_LEFT);
        assertThat(s.rapport()).isNegative();
    }

    @Test
    void requestingAnAddOnIsAnsweredWithAPackageThatPricesItIn() {
        CounterpartState s = negotiator.open(sarah, new SplittableRandom(1)).next();
        UserMove ask = new UserMove(EnumSet.of(MoveType.PACKAGE_TRADE), Optional.of(new BigDecimal("22500")),
                Map.of("maintenance", "included"), false, "22,500 with maintenance?");
        Decision d = negotiator.decide(sarah, s, ask, new SplittableRandom(2));
        assertThat(d.moves()).contains(MoveType.PACKAGE_TRADE);
        assertThat(d.cues()).contains(ReplyCue.TRADE);
        Terms offer = d.offer().orElseThrow();
        assertThat(offer.options()).containsEntry("maintenance", "included");
        assertThat(negotiator.withinReservation(sarah, offer)).isTrue();
    }

    @Test
    void aClosedNegotiationRefusesFurtherTurns() {
        CounterpartState s = negotiator.open(sarah, new SplittableRandom(1)).next();
        CounterpartState agreed = negotiator.decide(sarah, s, UserMove.of("ok", MoveType.ACCEPTANCE),
                new SplittableRandom(2)).next();
        assertThatThrownBy(() -> negotiator.decide(sarah, agreed, UserMove.of("hi"), new SplittableRandom(3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("AGREED");
    }

    @Test
    void stateSurvivesAJsonRoundTripWithStableFieldNames() throws Exception {
        CounterpartState s = negotiator.open(sarah, new SplittableRandom(1)).next();
        s = negotiator.decide(sarah, s, UserMove.offer(new BigDecimal("21000.50"), "x", MoveType.FIRST_OFFER),
                new SplittableRandom(2)).next().withTemplateUsed("o.ack.1+b.hold.2");
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(s);
        assertThat(text).contains("\"round\"", "\"standing\"", "\"userOffers\"", "\"templatesUsed\"", "\"rapport\"");
        assertThat(json.readValue(text, CounterpartState.class)).isEqualTo(s);
    }

    @Test
    void reservationIsDrawnInsideTheBatnaRange() {
        Random r = new Random(7);
        for (int i = 0; i < 1000; i++) {
            BigDecimal v = CounterpartProfile.drawReservation(new BigDecimal("21000"), new BigDecimal("22500"), r);
            assertThat(v).isBetween(new BigDecimal("21000"), new BigDecimal("22500"));
        }
        assertThatThrownBy(() -> CounterpartProfile.drawReservation(BigDecimal.TEN, BigDecimal.ONE, r))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("min");
    }

    @Test
    void profileRejectsAnOpeningWorseThanTheReservation() {
        assertThatThrownBy(() -> Profiles.usedCar(new BigDecimal("25000")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("opening");
    }

    @Test
    void communicationStyleIsReadFromFreeText() {
        assertThat(CommunicationStyle.parse("Relationship-focused but firm on price"))
                .isEqualTo(CommunicationStyle.FRIENDLY);
        assertThat(CommunicationStyle.parse("Data-driven and precise")).isEqualTo(CommunicationStyle.ANALYTICAL);
        assertThat(CommunicationStyle.parse("Tough, competitive")).isEqualTo(CommunicationStyle.ASSERTIVE);
        assertThat(CommunicationStyle.parse("something else")).isEqualTo(CommunicationStyle.FORMAL);
    }
}
