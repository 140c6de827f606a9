package io.negotiationmaster.engine.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class NonOfferNumbersTest {
    private static final MessageReader READER = MessageReader.create();
    private static final ReadingContext CAR = ReadingContext.price(Currency.getInstance("USD"),
            new BigDecimal("20000"));

    @ParameterizedTest(name = "\"{0}\" has no amount")
    @ValueSource(strings = {
        "It's a 2019 Honda Civic",
        "I bought it in 2015",
        "It has 45,000 miles on it",
        "It only has 65k miles",
        "I have 2 kids",
        "I have 3 years of experience",
        "I need it for 5 days",
        "Call me at 555-123-4567",
        "call (555) 123-4567 after 6pm",
        "It has an i7 processor and 16GB of ram",
        "Is it the 2nd owner?",
        "$-5",
        "-500",
        "1e308",
        "99999999999999999999999",
        "'; DROP TABLE offers; --",
    })
    void numbersThatAreNotMoneyAreNotRead(String text) {
        assertThat(READER.read(text, CAR).amounts()).isEmpty();
        assertThat(READER.read(text, CAR).mainOffer()).isEmpty();
    }

    @Test
    void theYearOfACarIsNotItsPrice() {
        Reading reading = READER.read("For the 2019 Honda I can pay $18,500", CAR);
        assertThat(reading.amounts()).extracting(AmountMention::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("18500"));
    }

    @Test
    void aCountBecomesAnIssueValueWhenTheScenarioHasThatIssue() {
        IssueVocabulary salary = IssueVocabulary.mainMoney("salary", "Salary", List.of("salary", "base"),
                new BigDecimal("60000"), new BigDecimal("120000"));
        IssueVocabulary remote = IssueVocabulary.secondary("remote_days", "Remote days", IssueUnit.DAYS,
                List.of("remote", "from home", "wfh"));
        ReadingContext context = new ReadingContext(Currency.getInstance("USD"), List.of(salary, remote),
                UserGoal.WANTS_HIGH, Optional.empty(), Optional.empty(), false);
        Reading reading = READER.read("I'd accept 95k if I can have 3 remote days", context);
        assertThat(reading.issueValues()).containsOnlyKeys("remote_days");
        assertThat(reading.issueValues().get("remote_days")).isEqualByComparingTo("3");
        assertThat(reading.mainOffer()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("95000"));
    }

    @Test
    void aBareSmallNumberIsAThousandOnlyWhenClearlyElided() {
        assertThat(READER.read("I can do 21.5", CAR).mainOffer())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21500"));
        assertThat(READER.read("I can do 21", CAR).mainOffer())
                .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21000"));
        assertThat(READER.read("I saw 21 of them", CAR).amounts()).isEmpty();
    }

    @Test
    void absurdAmountsAreNotOffers() {
        assertThat(READER.read("I'll pay $5000000000000", CAR).mainOffer()).isEmpty();
    }
}
