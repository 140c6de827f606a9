package io.negotiationmaster.engine.understanding;

import io.negotiationmaster.negotiation.MoveType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadingContextTest {
    private static final Currency USD = Currency.getInstance("USD");

    @Test
    void thePriceFactoryMakesAOneIssueContextAroundTheReference() {
        ReadingContext context = ReadingContext.price(USD, new BigDecimal("1000"));
        assertThat(context.mainIssue()).hasValueSatisfying(main -> {
            assertThat(main.key()).isEqualTo("price");
            assertThat(main.typicalMin()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("500"));
            assertThat(main.typicalMax()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1500"));
        });
        assertThat(context.userGoal()).isEqualTo(UserGoal.WANTS_LOW);
        assertThat(context.userHasOffered()).isFalse();
        assertThat(context.withUserLastOffer(BigDecimal.TEN).userHasOffered()).isTrue();
    }

    @Test
    void euroContextsReadDecimalCommas() {
        assertThat(ReadingContext.price(Currency.getInstance("EUR"), BigDecimal.TEN).decimalComma()).isTrue();
        assertThat(ReadingContext.price(USD, BigDecimal.TEN).decimalComma()).isFalse();
    }

    @Test
    void twoMainIssuesAreRejected() {
        IssueVocabulary a = IssueVocabulary.mainMoney("price", "Price", List.of(), BigDecimal.ONE, BigDecimal.TEN);
        IssueVocabulary b = IssueVocabulary.mainMoney("salary", "Salary", List.of(), BigDecimal.ONE, BigDecimal.TEN);
        assertThatThrownBy(() -> new ReadingContext(USD, List.of(a, b), UserGoal.WANTS_LOW, Optional.empty(),
                Optional.empty(), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most one main issue");
    }

    @Test
    void negativeStandingOffersAreRejected() {
        assertThatThrownBy(() -> ReadingContext.price(USD, BigDecimal.TEN).withCounterpartOffer(new BigDecimal("-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("counterpartOffer");
    }

    @Test
    void anInvertedTypicalRangeIsRejected() {
        assertThatThrownBy(() -> IssueVocabulary.mainMoney("price", "Price", List.of(), BigDecimal.TEN,
                BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("typicalMin");
    }

    @Test
    void keywordsAreComparedInLowerCase() {
        IssueVocabulary apr = IssueVocabulary.secondary("apr", "APR", IssueUnit.PERCENT, List.of(" Interest Rate "));
        assertThat(apr.keywords()).containsExactly("interest rate");
    }

    @Test
    void aNegativeAmountIsRejected() {
        assertThatThrownBy(() -> new AmountMention(new BigDecimal("-1"), Optional.empty(), AmountKind.OFFER,
                IssueUnit.MONEY, 0, 1, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("value");
    }

    @Test
    void aReadingWithoutMovesIsRejected() {
        assertThatThrownBy(() -> new Reading(List.of(), Set.of(), Optional.empty(), Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("moves");
        assertThat(new Reading(List.of(), Set.of(MoveType.OTHER), Optional.empty(), Map.of()).makesOffer())
                .isFalse();
    }

    @Test
    void readingRequiresATextAndAContext() {
        MessageReader reader = MessageReader.create();
        assertThatThrownBy(() -> reader.read(null, ReadingContext.price(USD, BigDecimal.TEN)))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> reader.read("hi", null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("context");
    }
}
