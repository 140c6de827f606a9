package io.negotiationmaster.scoring;

import static io.negotiationmaster.negotiation.MoveType.ACCEPTANCE;
import static io.negotiationmaster.negotiation.MoveType.APPRECIATION;
import static io.negotiationmaster.negotiation.MoveType.CONCESSION;
import static io.negotiationmaster.negotiation.MoveType.COUNTER_OFFER;
import static io.negotiationmaster.negotiation.MoveType.FIRST_OFFER;
import static io.negotiationmaster.negotiation.MoveType.GREETING;
import static io.negotiationmaster.negotiation.MoveType.HOSTILITY;
import static io.negotiationmaster.negotiation.MoveType.JUSTIFICATION;
import static io.negotiationmaster.negotiation.MoveType.REJECTION;
import static io.negotiationmaster.negotiation.MoveType.THREAT_ULTIMATUM;
import static io.negotiationmaster.negotiation.MoveType.WALK_AWAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.FinishedNegotiations;
import io.negotiationmaster.performance.MilestoneType;
import io.negotiationmaster.performance.NegotiationStyle;
import io.negotiationmaster.performance.ObjectiveResult;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.Rating;
import io.negotiationmaster.performance.Suggestion;
import io.negotiationmaster.performance.SuggestionKind;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandardAnalyzerTest {
    private final StandardAnalyzer analyzer = new StandardAnalyzer();

    private Optional<Suggestion> suggestion(PerformanceReport r, SuggestionKind kind) {
        return r.suggestions().stream().filter(s -> s.kind() == kind).findFirst();
    }

    @Test
    void aDealInsideTheGoodBandIsRatedGoodByTheRubric() {
        PerformanceReport r = analyzer.analyze(FinishedNegotiations.usedCarDeal(22_500));

        assertThat(r.claimingValue().rating()).isEqualTo(Rating.GOOD);
        assertThat(r.claimingValue().score()).isBetween(70.0, 85.0);
        assertThat(r.claimingValue().analysis()).contains("$22,500", "Achieved price between $22,000-$23,000");
    }

    @Test
    void aDealBelowTheExcellentThresholdIsRatedExcellent() {
        PerformanceReport r = analyzer.analyze(FinishedNegotiations.usedCarDeal(21_900));

        assertThat(r.claimingValue().rating()).isEqualTo(Rating.EXCELLENT);
        assertThat(r.claimingValue().score()).isGreaterThanOrEqualTo(85);
    }

    @Test
    void overallIsTheWeightedMeanOfTheDimensions() {
        PerformanceReport r = analyzer.analyze(FinishedNegotiations.usedCarDeal(22_500));

        double expected = 0.4 * r.claimingValue().score() + 0.3 * r.creatingValue().score()
                + 0.3 * r.managingRelationships().score();
        assertThat(r.overall().score()).isCloseTo(expected, within(1e-9));
        assertThat(r.overall().rating()).isEqualTo(Rating.forScore(r.overall().score()));
    }

    @Test
    void aWellPlayedNegotiationCreatesValueKeepsTheRelationshipAndMeetsItsObjectives() {
        PerformanceReport r = analyzer.analyze(FinishedNegotiations.usedCarDeal(22_500));

        assertThat(r.creatingValue().score()).isGreaterThan(50);
        assertThat(r.managingRelationships().score()).isGreaterThan(70);
        assertThat(r.objectives()).extracting(ObjectiveResult::met).containsOnly(true);
        assertThat(r.style().style()).isEqualTo(NegotiationStyle.COLLABORATING);
        assertThat(r.suggestions()).extracting(Suggestion::kind)
                .doesNotContain(SuggestionKind.WEAK_FIRST_OFFER, SuggestionKind.PREMATURE_CLOSE,
                        SuggestionKind.NO_ICE_BREAKING, SuggestionKind.HOSTILE_TACTICS);
    }

    @Test
    void milestonesNameWhoAnchoredAndTheClose() {
        PerformanceReport r = analyzer.analyze(FinishedNegotiations.usedCarDeal(22_500));

        assertThat(r.milestones()).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(MilestoneType.ANCHOR);
            assertThat(m.party()).isEqualTo(Party.AI);
            assertThat(m.turnIndex()).isEqualTo(1);
        });
        assertThat(r.milestones()).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(MilestoneType.CLOSE);
            assertThat(m.turnIndex()).isEqualTo(10);
        });
        assertThat(r.milestones()).anySatisfy(m -> {
            assertThat(m.type()).isEqualTo(MilestoneType.FIRST_CONCESSION);
            assertThat(m.party()).isEqualTo(Party.USER);
            assertThat(m.turnIndex()).isEqualTo(6);
        });
    }

    @Test
    void theDebriefRevealsTheZoneAndWhereTheDealLanded() {
        PerformanceReport r = analyzer.analyze(FinishedNegotiations.usedCarDeal(22_500));

        assertThat(r.debrief().counterpartReservation()).isEqualByComparingTo("21000");
        assertThat(r.debrief().zone()).get().satisfies(z -> {
            assertThat(z.low()).isEqualByComparingTo("21000");
            assertThat(z.high()).isEqualByComparingTo("23900");
        });
        assertThat(r.debrief().dealShareOfZone().getAsDouble()).isCloseTo(1400.0 / 2900, within(1e-9));
        assertThat(r.debrief().trades()).hasSize(4).filteredOn(t -> t.obtained()).hasSize(1);
        assertThat(r.outcomeSpace()).get().satisfies(o -> assertThat(o.jointGainShare()).isPresent());
        assertThat(r.feedback()).hasSize(3);
    }

    @Test
    void acceptingTheAskingPriceIsPoorPrematureAndWithoutTarget() {
        FinishedNegotiation n = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .user("OK, I'll take it.", ACCEPTANCE)
                .deal(24_500)
                .build();

        PerformanceReport r = analyzer.analyze(n);

        assertThat(r.claimingValue().rating()).isEqualTo(Rating.POOR);
        assertThat(suggestion(r, SuggestionKind.PREMATURE_CLOSE)).get().extracting(Suggestion::turns).asList().containsExactly(1);
        assertThat(suggestion(r, SuggestionKind.NO_WALK_AWAY_POINT)).get().extracting(Suggestion::turns).asList().containsExactly(1);
        assertThat(suggestion(r, SuggestionKind.NO_TARGET)).isPresent();
        assertThat(suggestion(r, SuggestionKind.NO_ICE_BREAKING)).get().extracting(Suggestion::turns).asList().containsExactly(1);
        assertThat(r.suggestions().get(0).priority()).isEqualTo(io.negotiationmaster.performance.Priority.HIGH);
    }

    @Test
    void aFirstOfferCloseToTheCounterpartsAnchorIsWeak() {
        FinishedNegotiation n = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .userOffer(24_000, "Would you take $24,000?", FIRST_OFFER)
                .abandoned().build();

        Suggestion s = suggestion(analyzer.analyze(n), SuggestionKind.WEAK_FIRST_OFFER).orElseThrow();

        assertThat(s.turns()).containsExactly(0, 1);
        assertThat(s.reference().source()).contains("Galinsky & Mussweiler");
        assertThat(s.text()).contains("anchored at $24,500");
    }

    @Test
    void aConcessionMuchBiggerThanTheCounterpartsLastIsFlagged() {
        FinishedNegotiation n = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .userOffer(21_000, "I offer $21,000 because of the mileage.", FIRST_OFFER, JUSTIFICATION)
                .aiOffer(24_300, "I can do $24,300.", CONCESSION)
                .userOffer(22_500, "OK, $22,500 then, given the tyres.", CONCESSION, JUSTIFICATION)
                .abandoned().build();

        Suggestion s = suggestion(analyzer.analyze(n), SuggestionKind.OVERSIZED_CONCESSION).orElseThrow();

        assertThat(s.turns()).containsExactly(3);
        assertThat(s.reference().name()).isEqualTo("Reciprocity of concessions");
    }

    @Test
    void concedingTwiceWithoutACounterpartMoveIsFlaggedAndOffersWithoutReasonsToo() {
        FinishedNegotiation n = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .userOffer(21_000, "$21,000?", FIRST_OFFER)
                .ai("No.", REJECTION)
                .userOffer(21_500, "$21,500?", CONCESSION)
                .ai("Still no.", REJECTION)
                .userOffer(22_000, "$22,000?", CONCESSION)
                .abandoned().build();

        PerformanceReport r = analyzer.analyze(n);

        assertThat(suggestion(r, SuggestionKind.UNRECIPROCATED_CONCESSIONS)).get()
                .extracting(Suggestion::turns).asList().containsExactly(5);
        assertThat(suggestion(r, SuggestionKind.POSITION_WITHOUT_REASONS)).get()
                .extracting(Suggestion::turns).asList().containsExactly(1, 3, 5);
        assertThat(r.personalityInsights()).anySatisfy(i -> assertThat(i.tendency()).isEqualTo("Quick to yield"));
    }

    @Test
    void anOfferInsideTheTargetLeftOnTheTableIsAMissedClose() {
        FinishedNegotiation n = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .userOffer(20_000, "$20,000.", FIRST_OFFER)
                .aiOffer(21_900, "Fine, $21,900.", CONCESSION)
                .userOffer(20_500, "$20,500.", CONCESSION)
                .ai("I'm done here.", WALK_AWAY)
                .counterpartWalked().build();

        PerformanceReport r = analyzer.analyze(n);

        assertThat(suggestion(r, SuggestionKind.MISSED_CLOSE)).get().extracting(Suggestion::turns).asList().containsExactly(2);
        assertThat(r.milestones()).anySatisfy(m -> assertThat(m.type()).isEqualTo(MilestoneType.WALK_AWAY));
    }

    @Test
    void walkingAwayFromAnOfferWorseThanTheAlternativeIsGoodAndFromOneInsideTheTargetIsPoor() {
        FinishedNegotiation right = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .userOffer(21_000, "$21,000, market is lower.", FIRST_OFFER, JUSTIFICATION)
                .aiOffer(24_200, "$24,200, final.", COUNTER_OFFER)
                .user("Then I'll buy the other one. Goodbye.", WALK_AWAY)
                .userWalked().build();
        FinishedNegotiation wrong = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .userOffer(21_000, "$21,000, market is lower.", FIRST_OFFER, JUSTIFICATION)
                .aiOffer(21_800, "$21,800.", CONCESSION)
                .user("No, I'm leaving.", WALK_AWAY)
                .userWalked().build();

        assertThat(analyzer.analyze(right).claimingValue().rating()).isIn(Rating.GOOD, Rating.EXCELLENT);
        assertThat(analyzer.analyze(wrong).claimingValue().rating()).isEqualTo(Rating.POOR);
    }

    @Test
    void threatsAndInsultsCostRelationshipPointsAndReadAsCompeting() {
        FinishedNegotiation n = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .userOffer(19_000, "$19,000 or I walk, take it or leave it.", FIRST_OFFER, THREAT_ULTIMATUM)
                .aiOffer(24_300, "$24,300.", CONCESSION)
                .user("That's a ridiculous rip-off, you're a crook.", HOSTILITY, REJECTION)
                .userOffer(19_000, "$19,000. Final.", THREAT_ULTIMATUM, REJECTION)
                .counterpartWalked().rapport(0.1).build();

        PerformanceReport r = analyzer.analyze(n);

        assertThat(r.managingRelationships().rating()).isEqualTo(Rating.POOR);
        assertThat(suggestion(r, SuggestionKind.HOSTILE_TACTICS)).get().extracting(Suggestion::turns).asList()
                .containsExactly(1, 3, 4);
        assertThat(r.style().style()).isEqualTo(NegotiationStyle.COMPETING);
        assertThat(r.style().assertiveness()).isGreaterThan(r.style().cooperativeness());
    }

    @Test
    void concedingAndAcceptingWarmlyReadsAsAccommodating() {
        FinishedNegotiation n = FinishedNegotiations.usedCar()
                .user("Hello!", GREETING)
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER)
                .user("Thanks, that sounds fair, I understand.", APPRECIATION, ACCEPTANCE)
                .deal(24_500).rapport(0.9).build();

        assertThat(analyzer.analyze(n).style().style()).isEqualTo(NegotiationStyle.ACCOMMODATING);
    }

    @Test
    void voiceTimingsGiveInterruptionsAndTheSpeakingShare() {
        FinishedNegotiation n = FinishedNegotiations.usedCar()
                .aiOffer(24_500, "It's $24,500.", FIRST_OFFER).spoken(0, 10)
                .user("Hi, I was hoping for less.", GREETING).spoken(8, 18)
                .ai("Let's talk.").spoken(20, 30)
                .user("Sure.").spoken(31, 41)
                .abandoned().build();

        var m = analyzer.analyze(n).metrics();

        assertThat(m.interruptions().getAsInt()).isEqualTo(1);
        assertThat(m.userSpeakingShare().getAsDouble()).isCloseTo(0.5, within(1e-9));
        assertThat(m.turns()).isEqualTo(4);
        assertThat(m.userWordsPerTurn()).isEqualTo(3.5);
    }

    @Test
    void withoutVoiceTimingsInterruptionsAndShareAreAbsent() {
        var m = analyzer.analyze(FinishedNegotiations.usedCarDeal(22_500)).metrics();

        assertThat(m.interruptions()).isEmpty();
        assertThat(m.userSpeakingShare()).isEmpty();
        assertThat(m.durationSeconds()).isEqualTo(12 * 30);
        assertThat(m.userOffers()).isEqualTo(3);
        assertThat(m.counterpartConcessions()).isEqualTo(3);
    }

    @Test
    void aSalaryNegotiationScoresTheHigherSalaryAsBetter() {
        FinishedNegotiation n = FinishedNegotiations.salary()
                .user("Hi, thanks for the offer!", GREETING, APPRECIATION)
                .aiOffer(60_000, "We offer $60,000.", FIRST_OFFER)
                .userOffer(75_000, "Market rate is up to $75,000 and I have another offer.", FIRST_OFFER,
                        JUSTIFICATION, io.negotiationmaster.negotiation.MoveType.BATNA_REFERENCE)
                .aiOffer(70_500, "We can do $70,500.", CONCESSION)
                .user("Deal, thank you.", ACCEPTANCE, APPRECIATION)
                .deal(70_500).rapport(0.8).build();

        PerformanceReport r = analyzer.analyze(n);

        assertThat(r.claimingValue().rating()).isEqualTo(Rating.EXCELLENT);
        assertThat(r.debrief().zone()).get().satisfies(z -> assertThat(z.low()).isEqualByComparingTo(new BigDecimal("62000")));
        assertThat(r.objectives()).filteredOn(o -> o.objective().contains("BATNA")).allSatisfy(o -> assertThat(o.met()).isTrue());
    }
}
