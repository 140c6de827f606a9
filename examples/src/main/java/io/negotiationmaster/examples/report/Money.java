package io.negotiationmaster.examples.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/** Formats amounts of one currency for people: {@code $24,500}, {@code $21,657.63}, {@code 1,200 XYZ}. */
final class Money {
    private final String prefix;
    private final String suffix;

    Money(String currency) {
        Objects.requireNonNull(currency, "currency");
        String symbol = knownSymbol(currency);
        this.prefix = symbol.equals(currency) ? "" : symbol;
        this.suffix = symbol.equals(currency) ? " " + currency : "";
    }

    private static String knownSymbol(String currency) {
        try {
            return Currency.getInstance(currency).getSymbol(Locale.US);
        } catch (IllegalArgumentException notIso) {
            return currency;
        }
    }

    /** The amount with grouping; cents only when it has them. */
    String format(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return format(amount, whole ? 0 : 2);
    }

    /** The amount rounded to whole units (axis labels). */
    String whole(BigDecimal amount) {
        return format(amount, 0);
    }

    private String format(BigDecimal amount, int decimals) {
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0.00",
                DecimalFormatSymbols.getInstance(Locale.US));
        f.setRoundingMode(java.math.RoundingMode.HALF_UP);
        String digits = f.format(amount.abs().setScale(decimals, RoundingMode.HALF_UP));
        return (amount.signum() < 0 ? "-" : "") + prefix + digits + suffix;
    }
}
