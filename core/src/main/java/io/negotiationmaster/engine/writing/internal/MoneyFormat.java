package io.negotiationmaster.engine.writing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Formats amounts as {@code $23,200} or {@code €1,234.50}: grouped, cents only when there are any. */
public final class MoneyFormat {
    /** The pseudo currency code of a main issue measured in percent (an equity share, a commission). */
    public static final String PERCENT = "%";
    private final String prefix;
    private final String suffix;

    /** A format for the ISO 4217 {@code currencyCode}, or {@link #PERCENT} for percentages. */
    public MoneyFormat(String currencyCode) {
        this.suffix = PERCENT.equals(currencyCode) ? "%" : "";
        this.prefix = PERCENT.equals(currencyCode) ? "" : switch (currencyCode) {
            case "USD", "CAD", "AUD", "NZD", "SGD", "HKD", "MXN" -> "$";
            case "EUR" -> "€";
            case "GBP" -> "£";
            case "JPY", "CNY" -> "¥";
            case "INR" -> "₹";
            default -> currencyCode + " ";
        };
    }

    /** The amount with currency symbol and thousands separators. */
    public String format(BigDecimal amount) {
        BigDecimal a = amount.abs();
        boolean cents = a.stripTrailingZeros().scale() > 0;
        String digits = a.setScale(cents ? 2 : 0, RoundingMode.HALF_UP).toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        StringBuilder sb = new StringBuilder(prefix.length() + digits.length() + 4);
        if (amount.signum() < 0) {
            sb.append('-');
        }
        sb.append(prefix);
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(',');
            }
            sb.append(whole.charAt(i));
        }
        if (dot >= 0) {
            sb.append(digits, dot, digits.length());
        }
        return sb.append(suffix).toString();
    }
}
