package io.negotiationmaster.engine.writing.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers written in a reply ({@code $23,200}, {@code 23200}, {@code 23.2k}, {@code €1,234.50}) so they
 * can be compared with the decided amounts. The pattern is compiled once.
 */
public final class AmountScanner {
    private static final Pattern NUMBER = Pattern.compile(
            "([$€£¥₹])?\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(\\s?[kK]\\b)?");

    /** A number found in a text. */
    public record Found(BigDecimal value, boolean currency) {
    }

    private AmountScanner() {
    }

    /** Every number in {@code text}, in order. */
    public static List<Found> scan(CharSequence text) {
        List<Found> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            int start = m.start();
            if (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
                continue;
            }
            String whole = m.group(2).replace(",", "");
            BigDecimal v = new BigDecimal(m.group(3) == null ? whole : whole + "." + m.group(3));
            if (m.group(4) != null) {
                v = v.multiply(BigDecimal.valueOf(1000));
            }
            out.add(new Found(v.stripTrailingZeros(), m.group(1) != null || m.group(4) != null));
        }
        return out;
    }
}
