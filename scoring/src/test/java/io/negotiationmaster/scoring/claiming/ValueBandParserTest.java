package io.negotiationmaster.scoring.claiming;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueBandParserTest {
    private static final BigDecimal ASKING = new BigDecimal("24500");
    private final ValueBandParser parser = new ValueBandParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Achieved price below $22,000 | - | 22000",
        "Achieved price between $22,000-$23,000 | 22000 | 23000",
        "$22,000 - $23,000 | 22000 | 23000",
        "Between $23,000 and $24,000 | 23000 | 24000",
        "under 60k | - | 60000",
        "Salary between 60k-65k | 60000 | 65000",
        "between 60 and 65k | 60000 | 65000",
        "Salary above $70,000 | 70000 | -",
        "at least $68,000 | 68000 | -",
        "Salary of no more than $55,000 | - | 55000",
        "$70,000 or more | 70000 | -",
        "$21,500 or less | - | 21500",
        "$70k+ | 70000 | -",
        "Sold for more than 1.2M | 1200000 | -",
        "Paid $22,000 exactly | 22000 | 22000",
        "Achieved a price 10% below asking price | - | 22050.0",
        "Between 5% and 10% below the asking price | 22050.0 | 23275.00",
        "Got at least 15% above the initial offer | 28175.00 | -",
        "No improvement from asking price | 24500 | 24500",
        "Accepted the first offer | 24500 | 24500",
        "Price below $22,000 for the 3-year warranty deal | - | 22000",
    })
    void readsTheValueBandOfARubricText(String text, BigDecimal low, BigDecimal high) {
        Optional<ValueBand> band = parser.parse(text, ASKING);

        assertThat(band).isPresent();
        assertThat(band.get().low().map(BigDecimal::stripTrailingZeros))
                .isEqualTo(Optional.ofNullable(low).map(BigDecimal::stripTrailingZeros));
        assertThat(band.get().high().map(BigDecimal::stripTrailingZeros))
                .isEqualTo(Optional.ofNullable(high).map(BigDecimal::stripTrailingZeros));
    }

    @Test
    void textsWithoutValuesGiveNoBand() {
        assertThat(parser.parse("Built rapport, maintained positive tone throughout", ASKING)).isEmpty();
        assertThat(parser.parse("Identified creative financing or add-ons", ASKING)).isEmpty();
    }

    @Test
    void aBandIsMetByValuesAtLeastAsGoodAsItsWorstEnd() {
        ValueBand good = ValueBand.between(new BigDecimal("22000"), new BigDecimal("23000"));
        assertThat(good.isMetBy(new BigDecimal("21000"), true)).isTrue();
        assertThat(good.isMetBy(new BigDecimal("23001"), true)).isFalse();
        assertThat(good.isMetBy(new BigDecimal("22000"), false)).isTrue();
        assertThat(good.isMetBy(new BigDecimal("21999"), false)).isFalse();
    }
}
