package io.negotiationmaster.engine.understanding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A keyword near an amount does not claim it when the amount is far outside that issue's typical range. */
class TypicalRangeAttributionTest {
    private final MessageReader reader = MessageReader.create();
    private final ReadingContext salary = new ReadingContext(Currency.getInstance("USD"), List.of(
            IssueVocabulary.mainMoney("salary", "Base salary", List.of("salary", "base"), new BigDecimal("20000"),
                    new BigDecimal("120000")),
            IssueVocabulary.secondary("signing_bonus", "Signing bonus", IssueUnit.MONEY,
                    List.of("signing bonus", "bonus"), BigDecimal.ZERO, new BigDecimal("10000"))),
            UserGoal.WANTS_HIGH, Optional.of(new BigDecimal("55000")), Optional.empty(), false);

    @Test
    void aSalaryFigureNextToTheBonusKeywordIsASalaryOffer() {
        Reading r = reader.read("If you include the signing bonus, I can do $67,404.", salary);

        assertThat(r.mainOffer()).contains(new BigDecimal("67404"));
        assertThat(r.issueValues()).doesNotContainKey("signing_bonus");
    }

    @Test
    void aBonusFigureInsideItsRangeStaysWithTheBonus() {
        Reading r = reader.read("I'd like a signing bonus of $5,000.", salary);

        assertThat(r.issueValues()).containsEntry("signing_bonus", new BigDecimal("5000"));
    }

    @Test
    void aProposalEndingInWeHaveADealIsAnOfferNotAnAcceptance() {
        ReadingContext car = ReadingContext.price(Currency.getInstance("USD"), new BigDecimal("24500"),
                UserGoal.WANTS_LOW).withCounterpartOffer(new BigDecimal("23750"));

        Reading proposal = reader.read("Let's meet in the middle: $22,500 and we have a deal.", car);
        Reading acceptance = reader.read("Deal, $23,750 it is.", car);

        assertThat(proposal.mainOffer()).contains(new BigDecimal("22500"));
        assertThat(proposal.moves()).doesNotContain(io.negotiationmaster.negotiation.MoveType.ACCEPTANCE);
        assertThat(acceptance.moves()).contains(io.negotiationmaster.negotiation.MoveType.ACCEPTANCE);
    }
}
