package io.negotiationmaster.engine.understanding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AmountFormsTest {
    private static final MessageReader READER = MessageReader.create();
    private static final Currency USD = Currency.getInstance("USD");

    private static List<BigDecimal> values(String text, ReadingContext context) {
        return READER.read(text, context).amounts().stream().map(AmountMention::value).toList();
    }

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource(delimiter = '|', value = {
        "I can pay $21,500 for it | 21500",
        "how about 21500 | 21500",
        "I could do 21.5k | 21500",
        "21k is my offer | 21000",
        "$21.5K and we are done | 21500",
        "I'll give you 21 grand | 21000",
        "twenty-one thousand five hundred | 21500",
        "would you take 1.2 million | 1200000",
        "$1.2M | 1200000",
        "1200 dollars | 1200",
        "$1,200.50 | 1200.50",
        "£40k | 40000",
        "a grand | 1000",
    })
    void readsEveryUsualWayOfWritingMoney(String text, BigDecimal expected) {
        ReadingContext context = ReadingContext.price(USD, new BigDecimal("20000"));
        assertThat(values(text, context)).usingElementComparator(BigDecimal::compareTo).containsExactly(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource(delimiter = '|', value = {
        "three bucks | 3",
        "45$ | 45",
        "$38 | 38",
        "I'll take it for 30 | 30",
    })
    void readsSmallPricesAgainstASmallListing(String text, BigDecimal expected) {
        ReadingContext context = ReadingContext.price(USD, new BigDecimal("40"));
        assertThat(values(text, context)).usingElementComparator(BigDecimal::compareTo).containsExactly(expected);
    }

    @ParameterizedTest(name = "\"{0}\" reads {1}")
    @CsvSource(delimiter = '|', value = {
        "I can do twelve hundred for the bike | 1200",
        "a thousand is all I have | 1000",
        "nine hundred | 900",
        "fifteen hundred and fifty | 1550",
        "one thousand two hundred dollars | 1200",
    })
    void readsSpelledOutNumbers(String text, BigDecimal expected) {
        ReadingContext context = ReadingContext.price(USD, new BigDecimal("1100"));
        assertThat(values(text, context)).usingElementComparator(BigDecimal::compareTo).containsExactly(expected);
    }

    @Test
    void readsDecimalCommaInEuroContexts() {
        ReadingContext context = ReadingContext.price(Currency.getInstance("EUR"), new BigDecimal("1000"));
        assertThat(values("Ich biete €1.200,50", context))
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("1200.50"));
    }

    @Test
    void readsCommaAsThousandsSeparatorInDollarContexts() {
        ReadingContext context = ReadingContext.price(USD, new BigDecimal("1000"));
        assertThat(values("$1,200", context)).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("1200"));
    }

    @ParameterizedTest(name = "\"{0}\" reads {1} to {2}")
    @CsvSource(delimiter = '|', value = {
        "somewhere between 20 and 21k | 20000 | 21000",
        "20-21k | 20000 | 21000",
        "$20,000 to $21,000 | 20000 | 21000",
    })
    void readsRangesWithTheMultiplierSharedByBothEnds(String text, BigDecimal low, BigDecimal high) {
        Reading reading = READER.read(text, ReadingContext.price(USD, new BigDecimal("22000")));
        assertThat(reading.amounts()).extracting(AmountMention::kind)
                .containsExactly(AmountKind.RANGE_LOW, AmountKind.RANGE_HIGH);
        assertThat(reading.amounts()).extracting(AmountMention::value)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(low, high);
    }

    @Test
    void aBuyersRangeOffersTheEndThatFavoursTheSeller() {
        Reading reading = READER.read("between 20 and 21k", ReadingContext.price(USD, new BigDecimal("22000")));
        assertThat(reading.mainOffer()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21000"));
    }

    @Test
    void recordsWhereEachAmountWasWritten() {
        String text = "OK, $21,500 then";
        AmountMention mention = READER.read(text, ReadingContext.price(USD, new BigDecimal("22000")))
                .amounts().get(0);
        assertThat(mention.text()).isEqualTo("$21,500");
        assertThat(text.substring(mention.start(), mention.end())).isEqualTo("$21,500");
        assertThat(mention.unit()).isEqualTo(IssueUnit.MONEY);
        assertThat(mention.issue()).contains("price");
        assertThat(mention.kind()).isEqualTo(AmountKind.OFFER);
    }
}
