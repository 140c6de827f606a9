package io.negotiationmaster.engine.understanding;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.Currency;

import static org.assertj.core.api.Assertions.assertThat;

class ReaderRobustnessProperties {
    private static final MessageReader READER = MessageReader.create();
    private static final ReadingContext USD_CONTEXT = ReadingContext.price(Currency.getInstance("USD"),
            new BigDecimal("1000")).withCounterpartOffer(new BigDecimal("1000"))
            .withUserLastOffer(new BigDecimal("600"));
    private static final ReadingContext EUR_CONTEXT = ReadingContext.price(Currency.getInstance("EUR"),
            new BigDecimal("1000"));

    @Property(tries = 500)
    void readingNeverFailsAndYieldsOnlyNonNegativeAmounts(@ForAll("messages") String text) {
        for (ReadingContext context : new ReadingContext[] {USD_CONTEXT, EUR_CONTEXT}) {
            Reading reading = READER.read(text, context);
            assertThat(reading.moves()).isNotEmpty();
            assertThat(reading.amounts()).allSatisfy(a -> {
                assertThat(a.value().signum()).isGreaterThanOrEqualTo(0);
                assertThat(a.value().compareTo(new BigDecimal("1e12"))).isLessThanOrEqualTo(0);
                assertThat(a.start()).isBetween(0, text.length());
                assertThat(a.end()).isBetween(a.start(), text.length());
            });
            reading.mainOffer().ifPresent(v -> assertThat(v.signum()).isPositive());
        }
    }

    @Property(tries = 200)
    void negativeNumbersAreNeverOffers(@ForAll("negatives") String text) {
        assertThat(READER.read(text, USD_CONTEXT).mainOffer()).isEmpty();
    }

    @Provide
    Arbitrary<String> messages() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(300);
        Arbitrary<String> numeric = Arbitraries.strings().withChars("0123456789.,$€£%-kKmM +e ").ofMaxLength(40);
        Arbitrary<String> tricky = Arbitraries.of("$-5", "1e308", "'; DROP TABLE offers; --", "{\"price\": 5}",
                "\u0000\u0001\u0007", "$", "%", "k", "1.2.3.4", "1,2,3", "9".repeat(400), "$9" + "9".repeat(40),
                "between and", "- - -", "twenty twenty twenty", "a a a grand", "\uD83D\uDCB0 500",
                "one hundred and", "hundred thousand million", "meet halfway", "knock off", "10% off 200%",
                "€1.200,50", "1.200.000,00", "555-123-4567-8", "\n\r\t", "x".repeat(30_000));
        Arbitrary<String> words = Arbitraries.of("I", "can", "do", "$21,500", "21.5k", "grand", "twenty-one",
                "thousand", "less", "off", "another", "deal", "no", "between", "and", "-", "%", "APR", "?", "!",
                "1e308", "-500", "2019", "miles").list().ofMaxSize(20).map(l -> String.join(" ", l));
        return Arbitraries.oneOf(unicode, numeric, tricky, words);
    }

    @Provide
    Arbitrary<String> negatives() {
        return Arbitraries.integers().between(1, 1_000_000)
                .flatMap(n -> Arbitraries.of("-" + n, "$-" + n, "-$" + n, "I'll pay -" + n, "\u2212" + n));
    }
}
