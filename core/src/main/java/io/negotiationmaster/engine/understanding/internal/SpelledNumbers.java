package io.negotiationmaster.engine.understanding.internal;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.math.BigDecimal;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds numbers written in words ("twenty-one thousand five hundred", "twelve hundred", "a thousand", "nine
 * hundred") and parses them with ICU's English spell-out rules in lenient mode. The words that can make up a
 * spelled number are not hand-listed: they are collected from ICU's own spell-out of 0–100 and of the scales, so
 * ICU is asked to parse only when such words are present. Thread-safe: the ICU formatter, which is not, is used
 * under this instance's lock.
 */
public final class SpelledNumbers {
    private static final int KNOWN_UP_TO = 1_000;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-\u00ad]+");
    private final RuleBasedNumberFormat format;
    private final Set<String> vocabulary;
    private final Set<String> scales;
    /** ICU's own spell-out of 0–999, so that the common short numbers need no lenient parse (which is slow). */
    private final Map<String, BigDecimal> known;

    /** Builds the English spell-out formatter and its vocabulary. */
    public SpelledNumbers() {
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.ENGLISH, RuleBasedNumberFormat.SPELLOUT);
        Set<String> words = new HashSet<>();
        Map<String, BigDecimal> known = new HashMap<>();
        for (int i = 0; i < KNOWN_UP_TO; i++) {
            String spelledOut = spellout.format(i);
            addWords(words, spelledOut);
            known.put(String.join(" ", SEPARATORS.split(spelledOut.toLowerCase(Locale.ROOT))), BigDecimal.valueOf(i));
        }
        Set<String> scaleWords = new HashSet<>();
        for (long scale : new long[] {100L, 1_000L, 1_000_000L, 1_000_000_000L}) {
            addWords(scaleWords, spellout.format(scale));
        }
        scaleWords.remove(spellout.format(1).toLowerCase(Locale.ROOT));
        words.addAll(scaleWords);
        spellout.setLenientParseMode(true);
        this.format = spellout;
        this.vocabulary = Set.copyOf(words);
        this.scales = Set.copyOf(scaleWords);
        this.known = Map.copyOf(known);
    }

    private static void addWords(Set<String> into, String spelled) {
        for (String w : SEPARATORS.split(spelled.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                into.add(w);
            }
        }
    }

    /** Whether the lower-case word can be part of a spelled number. */
    public boolean isNumberWord(String word) {
        return vocabulary.contains(word);
    }

    /**
     * The spelled numbers in {@code text}, skipping tokens marked in {@code covered} (already read as digits).
     */
    public List<RawNumber> find(String text, Tokens tokens, boolean[] covered) {
        List<RawNumber> found = new ArrayList<>(2);
        int n = tokens.size();
        int i = 0;
        while (i < n) {
            int first = i;
            String w = tokens.word(i);
            boolean leadingA = (w.equals("a") || w.equals("an")) && i + 1 < n
                    && (scales.contains(tokens.word(i + 1)) || tokens.word(i + 1).equals("grand"))
                    && !covered[i + 1];
            if (covered[i] || (!vocabulary.contains(w) && !leadingA)) {
                i++;
                continue;
            }
            StringBuilder spoken = new StringBuilder(32);
            boolean meaningful = leadingA;
            int last = i;
            int j = i;
            if (leadingA) {
                spoken.append(format.format(1));
                j++;
            }
            while (j < n && !covered[j]) {
                String t = tokens.word(j);
                if (vocabulary.contains(t)) {
                    if (spoken.length() > 0) {
                        spoken.append(' ');
                    }
                    spoken.append(t);
                    meaningful |= !scales.contains(t);
                    last = j;
                    j++;
                } else if (t.equals("and") && j > first && scales.contains(tokens.word(j - 1)) && j + 1 < n
                        && !covered[j + 1] && vocabulary.contains(tokens.word(j + 1))
                        && !scales.contains(tokens.word(j + 1))) {
                    spoken.append(" and");
                    j++;
                } else {
                    break;
                }
            }
            i = last + 1;
            if (!meaningful) {
                continue;
            }
            BigDecimal value = parse(spoken.toString());
            if (value == null) {
                continue;
            }
            found.add(withSuffixes(text, tokens, covered, first, last, value));
        }
        return found;
    }

    private RawNumber withSuffixes(String text, Tokens tokens, boolean[] covered, int first, int last,
                                   BigDecimal value) {
        int next = last + 1;
        BigDecimal multiplier = BigDecimal.ONE;
        boolean currency = false;
        boolean percent = false;
        int endToken = last;
        if (next < covered.length && !covered[next] && tokens.word(next).equals("grand")) {
            multiplier = new BigDecimal(1_000);
            currency = true;
            endToken = next;
            next++;
        }
        if (Lexicon.isMoneyWord(tokens.word(next))) {
            currency = true;
            endToken = next;
            next++;
        } else if (tokens.word(next).equals("percent")) {
            percent = true;
            endToken = next;
            next++;
        }
        int start = tokens.start(first);
        int end = tokens.end(endToken);
        if (start > 0 && Lexicon.isCurrencySign(text.charAt(start - 1))) {
            start--;
            currency = true;
        }
        String unit = next < tokens.size() ? tokens.word(next) : "";
        if (unit.equals(Tokens.SENTENCE_END)) {
            unit = "";
        }
        boolean capital = next < tokens.size() && Character.isUpperCase(text.charAt(tokens.start(next)));
        return new RawNumber(value.multiply(multiplier), multiplier, start, end, currency, percent, false, false,
                true, 0, unit, false, capital);
    }

    private BigDecimal parse(String spoken) {
        BigDecimal direct = known.get(spoken);
        if (direct != null) {
            return direct;
        }
        ParsePosition position = new ParsePosition(0);
        Number parsed;
        synchronized (format) {
            parsed = format.parse(spoken, position);
        }
        if (parsed == null || position.getIndex() == 0) {
            return null;
        }
        double d = parsed.doubleValue();
        if (Double.isNaN(d) || Double.isInfinite(d) || d < 0) {
            return null;
        }
        return parsed instanceof Long || parsed instanceof Integer
                ? BigDecimal.valueOf(parsed.longValue())
                : BigDecimal.valueOf(d).stripTrailingZeros();
    }
}
