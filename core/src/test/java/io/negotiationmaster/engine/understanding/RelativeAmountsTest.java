package io.negotiationmaster.engine.understanding;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeAmountsTest {
    private static final MessageReader READER = MessageReader.create();
    /** A buyer: the seller stands at 24,000, the buyer last offered 20,000. */
    private static final ReadingContext BUYER = ReadingContext.price(Currency.getInstance("USD"),
                    new BigDecimal("24000"))
            .withCounterpartOffer(new BigDecimal("24000"))
            .withUserLastOffer(new BigDecimal("20000"));

    @ParameterizedTest(name = "\"{0}\" resolves to {1}")
    @CsvSource(delimiter = '|', value = {
        "How about $500 less than that? | 23500",
        "knock off a thousand and we have a deal | 23000",
        "take 1k off and it's yours | 23000",
        "Let's meet halfway | 22000",
        "Why don't we split the difference? | 22000",
        "I can add another 1,000 | 21000",
        "I'll go up 500 | 20500",
        "Give me 10% off | 21600",
    })
    void relativeAmountsResolveAgainstTheStandingOffers(String text, BigDecimal expected) {
        Reading reading = READER.read(text, BUYER);
        assertThat(reading.amounts()).anySatisfy(a -> {
            assertThat(a.kind()).isEqualTo(AmountKind.RELATIVE);
            assertThat(a.value()).isEqualByComparingTo(expected);
        });
        assertThat(reading.mainOffer()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(expected));
    }

    @Test
    void aRelativeAmountWithNothingToResolveAgainstIsADifference() {
        ReadingContext fresh = ReadingContext.price(Currency.getInstance("USD"), new BigDecimal("24000"));
        Reading reading = READER.read("knock off a thousand", fresh);
        assertThat(reading.amounts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AmountKind.DIFFERENCE);
            assertThat(a.value()).isEqualByComparingTo("1000");
        });
        assertThat(reading.mainOffer()).isEmpty();
    }

    @Test
    void aCandidateAskingForMoreGoesAboveTheEmployersOffer() {
        ReadingContext candidate = BUYER.withUserGoal(UserGoal.WANTS_HIGH)
                .withCounterpartOffer(new BigDecimal("80000"))
                .withUserLastOffer(new BigDecimal("95000"));
        Reading reading = READER.read("Could you do 5k more than that?", candidate);
        assertThat(reading.mainOffer()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("85000"));
    }

    @Test
    void citedFiguresAreReferencesNotOffers() {
        Reading reading = READER.read("KBB says the market value is $21,000, so I offer $20,500", BUYER);
        assertThat(reading.amounts()).extracting(AmountMention::kind)
                .containsExactly(AmountKind.REFERENCE, AmountKind.OFFER);
        assertThat(reading.mainOffer()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("20500"));
    }

    @Test
    void aPercentageGoesToThePercentIssue() {
        IssueVocabulary price = IssueVocabulary.mainMoney("price", "Price", java.util.List.of("price"),
                new BigDecimal("15000"), new BigDecimal("30000"));
        IssueVocabulary apr = IssueVocabulary.secondary("apr", "APR", IssueUnit.PERCENT,
                java.util.List.of("apr", "interest", "rate", "financing"));
        IssueVocabulary warranty = IssueVocabulary.secondary("warranty", "Extended warranty", IssueUnit.MONEY,
                java.util.List.of("warranty"), new BigDecimal("500"), new BigDecimal("3000"));
        ReadingContext context = new ReadingContext(Currency.getInstance("USD"),
                java.util.List.of(price, apr, warranty), UserGoal.WANTS_LOW, java.util.Optional.empty(),
                java.util.Optional.empty(), false);
        Reading reading = READER.read("I'll pay 22k at 4.9% APR if the warranty is $800", context);
        assertThat(reading.mainOffer()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("22000"));
        assertThat(reading.issueValues().get("apr")).isEqualByComparingTo("4.9");
        assertThat(reading.issueValues().get("warranty")).isEqualByComparingTo("800");
        assertThat(reading.amounts()).extracting(AmountMention::unit)
                .containsExactly(IssueUnit.MONEY, IssueUnit.PERCENT, IssueUnit.MONEY);
    }
}
