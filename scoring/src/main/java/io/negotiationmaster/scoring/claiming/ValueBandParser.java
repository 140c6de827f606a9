package io.negotiationmaster.scoring.claiming;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value band of a claiming-value rubric text. Understood forms: ranges ("between $22,000-$23,000",
 * "$22,000 - $23,000", "60k to 65k", "between 60 and 65k"), one-sided bounds ("below $22,000", "under 60k",
 * "above $70,000", "at least $68,000", "$70,000 or more", "$70k+"), percentages of the counterpart's opening
 * ("at least 10% below asking price", "5% above the initial offer"), and no movement ("no improvement from asking
 * price", "accepted the first offer"). Texts without any of these (e.g. "Built rapport") give no band. Stateless
 * and thread-safe; the patterns are compiled once.
 */
public final class ValueBandParser {
    private static final Pattern AMOUNT = Pattern.compile(
            "(\\$\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(k\\b|m\\b|thousand\\b|million\\b|grand\\b)?(\\s*\\+)?");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:%|percent\\b)");
    private static final Pattern BOUND_WORD = Pattern.compile(
            "(no more than|not more than|at most|up to|below|under|less than|lower than|maximum|max\\b|<=?|≤)"
                    + "|(at least|no less than|not less than|above|over|more than|higher than|exceeding|minimum|min\\b|>=?|≥)");
    private static final Pattern TRAILING_HIGH = Pattern.compile("^\\s*(or less|or lower|or below|or under)");
    private static final Pattern TRAILING_LOW = Pattern.compile("^\\s*(or more|or higher|or above|or over)");
    private static final Pattern NO_MOVEMENT = Pattern.compile(
            "no improvement|no movement|accepted (the )?(first|initial|opening|asking|original)|"
                    + "at (the )?(asking|opening|initial) (price|offer)|unchanged");
    private static final Pattern DOWNWARD = Pattern.compile("\\b(below|under|less|lower|off\\b|discount|reduc|decreas)");
    private static final Pattern UPWARD = Pattern.compile("\\b(above|over|more|higher|increas|rais|improv)");

    /** Creates a parser. */
    public ValueBandParser() {
        // stateless
    }

    /**
     * The band named by {@code text}.
     *
     * @param text a rubric text
     * @param reference the counterpart's opening value, the base of percentages and of "no improvement"
     * @return the band, or empty when the text names no value
     */
    public Optional<ValueBand> parse(String text, BigDecimal reference) {
        String s = text.toLowerCase(Locale.ROOT);
        if (NO_MOVEMENT.matcher(s).find()) {
            return Optional.of(ValueBand.point(reference));
        }
        Matcher pm = PERCENT.matcher(s);
        var percents = new ArrayList<BigDecimal>();
        int percentEnd = -1;
        while (pm.find()) {
            percents.add(new BigDecimal(pm.group(1)));
            percentEnd = pm.end();
        }
        if (!percents.isEmpty()) {
            return percentBand(s, percents, percentEnd, reference);
        }
        List<Amount> amounts = amounts(s);
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        if (amounts.size() >= 2) {
            Amount a = amounts.get(0);
            Amount b = amounts.get(1);
            BigDecimal first = a.value;
            if (!a.scaled && b.scaled && a.value.compareTo(BigDecimal.valueOf(1000)) < 0) {
                first = a.value.multiply(b.multiplier); // "60-65k"
            }
            return Optional.of(ValueBand.between(first, b.value));
        }
        Amount only = amounts.get(0);
        String after = s.substring(only.end);
        if (only.plus || TRAILING_LOW.matcher(after).find()) {
            return Optional.of(ValueBand.atLeast(only.value));
        }
        if (TRAILING_HIGH.matcher(after).find()) {
            return Optional.of(ValueBand.atMost(only.value));
        }
        Matcher bm = BOUND_WORD.matcher(s.substring(0, only.start));
        Boolean upper = null;
        while (bm.find()) {
            upper = bm.group(1) != null;
        }
        if (upper == null) {
            return Optional.of(ValueBand.point(only.value));
        }
        return Optional.of(upper ? ValueBand.atMost(only.value) : ValueBand.atLeast(only.value));
    }

    private static Optional<ValueBand> percentBand(String s, List<BigDecimal> percents, int percentEnd,
                                                   BigDecimal reference) {
        String after = s.substring(percentEnd);
        boolean down = DOWNWARD.matcher(after).find();
        boolean up = UPWARD.matcher(after).find();
        if (down == up) {
            return Optional.empty();
        }
        var values = new ArrayList<BigDecimal>();
        for (BigDecimal p : percents) {
            BigDecimal factor = BigDecimal.ONE.add((down ? p.negate() : p).movePointLeft(2));
            values.add(reference.multiply(factor, MathContext.DECIMAL64));
        }
        if (values.size() >= 2) {
            return Optional.of(ValueBand.between(values.get(0), values.get(1)));
        }
        // "10% below asking" bounds the price from above; "10% above the offer" bounds it from below
        return Optional.of(down ? ValueBand.atMost(values.get(0)) : ValueBand.atLeast(values.get(0)));
    }

    private static List<Amount> amounts(String s) {
        Matcher m = AMOUNT.matcher(s);
        var all = new ArrayList<Amount>();
        boolean anyDollar = false;
        while (m.find()) {
            boolean dollar = m.group(1) != null;
            String digits = m.group(2).replace(",", "") + (m.group(3) == null ? "" : m.group(3));
            BigDecimal value = new BigDecimal(digits);
            String suffix = m.group(4);
            BigDecimal multiplier = BigDecimal.ONE;
            if (suffix != null) {
                multiplier = suffix.startsWith("m") ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1_000);
            }
            boolean grouped = m.group(2).contains(",");
            boolean scaled = suffix != null;
            boolean moneyLike = dollar || scaled || grouped || value.compareTo(BigDecimal.valueOf(100)) >= 0;
            anyDollar |= dollar;
            all.add(new Amount(value.multiply(multiplier), multiplier, scaled, dollar, moneyLike,
                    m.group(5) != null, m.start(), m.end()));
        }
        var kept = new ArrayList<Amount>();
        for (int i = 0; i < all.size(); i++) {
            Amount a = all.get(i);
            // keep money; a bare small number is kept only as the low end of a range ("60-65k", "between 60 and 65k")
            boolean rangeStart = !a.moneyLike && i + 1 < all.size() && all.get(i + 1).scaled;
            if ((anyDollar ? a.dollar || a.scaled || rangeStart : a.moneyLike || rangeStart)) {
                kept.add(a);
            }
        }
        return kept;
    }

    private record Amount(BigDecimal value, BigDecimal multiplier, boolean scaled, boolean dollar, boolean moneyLike,
                          boolean plus, int start, int end) {
    }
}
