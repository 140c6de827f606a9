package io.negotiationmaster.engine.understanding;

import io.negotiationmaster.negotiation.MoveType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class MoveRecognitionTest {
    private static final MessageReader READER = MessageReader.create();
    private static final ReadingContext CAR = ReadingContext.price(Currency.getInstance("USD"),
            new BigDecimal("24000")).withCounterpartOffer(new BigDecimal("24000"));

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
        "Hi there, good morning! | GREETING",
        "I understand, that must be hard for you. | RAPPORT",
        "What matters most to you in this deal? | INTEREST_QUESTION",
        "Why do you need to sell so quickly? | INTEREST_QUESTION",
        "I need a reliable car for my commute. | INFORMATION",
        "The tires are worn, because it has high mileage. | JUSTIFICATION",
        "If you throw in the warranty, I can meet your price. | PACKAGE_TRADE",
        "Deal! | ACCEPTANCE",
        "OK, you've got a deal. | ACCEPTANCE",
        "Sounds good, let's do it. | ACCEPTANCE",
        "I'll take it. | ACCEPTANCE",
        "No way, that's too high. | REJECTION",
        "Another dealer offered me a better price. | BATNA_REFERENCE",
        "I have another offer on the table. | BATNA_REFERENCE",
        "The KBB value is lower than that. | OBJECTIVE_STANDARD",
        "That is above the market price. | OBJECTIVE_STANDARD",
        "Take it or leave it. | THREAT_ULTIMATUM",
        "This is my final offer. | THREAT_ULTIMATUM",
        "This is a ripoff and you're a liar. | HOSTILITY",
        "Thanks, I appreciate your time. | APPRECIATION",
        "Forget it, I'm leaving. | WALK_AWAY",
        "I'm out. | WALK_AWAY",
        "What?! That's way too much! | FLINCH",
        "Can you throw in the floor mats? | NIBBLE",
        "Hmm. | OTHER",
    })
    void recognisesEachMove(String text, MoveType expected) {
        assertThat(READER.read(text, CAR).moves()).contains(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is not {1}")
    @CsvSource(delimiter = '|', value = {
        "No deal. | ACCEPTANCE",
        "I can't accept that. | ACCEPTANCE",
        "I don't have another offer. | BATNA_REFERENCE",
        "Lower it or I'm leaving. | WALK_AWAY",
        "I'm not leaving without a deal. | WALK_AWAY",
        "This is not a scam. | HOSTILITY",
        "No thanks. | APPRECIATION",
        "Let's deal with the warranty first. | ACCEPTANCE",
    })
    void negatedOrConditionalPhrasesDoNotCount(String text, MoveType absent) {
        assertThat(READER.read(text, CAR).moves()).doesNotContain(absent);
    }

    @Test
    void ultimatumWithAWalkAwayThreatIsAThreatNotAWalkAway() {
        assertThat(READER.read("Lower it or I'm leaving.", CAR).moves())
                .contains(MoveType.THREAT_ULTIMATUM).doesNotContain(MoveType.WALK_AWAY);
    }

    @Test
    void theWritersFirstMainOfferIsAFirstOffer() {
        Reading reading = READER.read("I can pay $20,000.", CAR);
        assertThat(reading.moves()).contains(MoveType.FIRST_OFFER).doesNotContain(MoveType.CONCESSION);
    }

    @Test
    void movingTowardsTheOtherSideIsAConcession() {
        ReadingContext context = CAR.withUserLastOffer(new BigDecimal("20000"));
        assertThat(READER.read("OK, $21,000 then.", context).moves())
                .contains(MoveType.CONCESSION).doesNotContain(MoveType.FIRST_OFFER, MoveType.COUNTER_OFFER);
    }

    @Test
    void holdingOrRetreatingIsACounterOffer() {
        ReadingContext context = CAR.withUserLastOffer(new BigDecimal("20000"));
        assertThat(READER.read("I'll stay at $20,000.", context).moves())
                .contains(MoveType.COUNTER_OFFER).doesNotContain(MoveType.CONCESSION);
    }

    @Test
    void aSellersConcessionGoesDown() {
        ReadingContext seller = ReadingContext.price(Currency.getInstance("USD"), new BigDecimal("24000"),
                UserGoal.WANTS_HIGH).withCounterpartOffer(new BigDecimal("20000"))
                .withUserLastOffer(new BigDecimal("24000"));
        assertThat(READER.read("I can come down to 23k.", seller).moves()).contains(MoveType.CONCESSION);
    }

    @Test
    void offeringTheOtherSidesStandingOfferAcceptsIt() {
        ReadingContext context = CAR.withUserLastOffer(new BigDecimal("20000"));
        assertThat(READER.read("Fine, 24k.", context).moves()).contains(MoveType.ACCEPTANCE);
    }

    @Test
    void amountsOnTwoIssuesMakeAPackage() {
        IssueVocabulary price = IssueVocabulary.mainMoney("price", "Price", java.util.List.of("price"),
                new BigDecimal("15000"), new BigDecimal("30000"));
        IssueVocabulary warranty = IssueVocabulary.secondary("warranty", "Warranty", IssueUnit.MONEY,
                java.util.List.of("warranty"));
        ReadingContext context = new ReadingContext(Currency.getInstance("USD"),
                java.util.List.of(price, warranty), UserGoal.WANTS_LOW, java.util.Optional.empty(),
                java.util.Optional.empty(), false);
        assertThat(READER.read("22k for the car and $500 for the warranty.", context).moves())
                .contains(MoveType.PACKAGE_TRADE, MoveType.FIRST_OFFER);
    }

    @Test
    void theEntryPointExampleReadsAsDocumented() {
        ReadingContext context = ReadingContext.price(Currency.getInstance("USD"), new BigDecimal("24000"))
                .withCounterpartOffer(new BigDecimal("24000"));
        Reading reading = READER.read("Thanks! I could do 21.5k if you throw in the floor mats.", context);
        assertThat(reading.mainOffer()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21500"));
        assertThat(reading.moves()).contains(MoveType.FIRST_OFFER, MoveType.NIBBLE, MoveType.APPRECIATION);
    }

    @Test
    void theMovesOfAReadingCannotBeChanged() {
        Reading reading = READER.read("Deal!", CAR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reading.moves().add(MoveType.HOSTILITY))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
