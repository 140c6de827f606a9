package io.negotiationmaster.engine.understanding.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds numbers written with digits ("$21,500", "21.5k", "45$", "1.2 million", "€1.200,50", "4.9%") with a
 * single hand-written pass over the characters: no regular expressions, no allocation beyond the results.
 * Phone numbers, numbers glued to letters on their left ("i7", "F-150" keeps 150 as glued) and runs of ten or
 * more digits are skipped. Immutable and thread-safe.
 */
public final class NumberScanner {
    /** Runs of this many digits without separators are identifiers, not amounts. */
    private static final int MAX_PLAIN_DIGITS = 10;

    /** Finds the numbers in {@code text}; {@code decimalComma} reads "1.200,50" as 1200.50. */
    public List<RawNumber> scan(String text, boolean decimalComma) {
        List<RawNumber> found = new ArrayList<>(4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!isAsciiDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
                i = skipAlphanumeric(text, i);
                continue;
            }
            int j = i;
            boolean separators = false;
            while (j < n) {
                char d = text.charAt(j);
                if (isAsciiDigit(d)) {
                    j++;
                } else if ((d == ',' || d == '.') && j + 1 < n && isAsciiDigit(text.charAt(j + 1))) {
                    separators = true;
                    j++;
                } else {
                    break;
                }
            }
            if (isPhoneNumber(text, start, j)) {
                i = skipPhone(text, j);
                continue;
            }
            String digits = text.substring(start, j);
            if (!separators && digits.length() >= MAX_PLAIN_DIGITS) {
                i = j;
                continue;
            }
            Parsed parsed = parseGrouped(digits, decimalComma);
            i = j;
            if (parsed == null) {
                continue;
            }
            found.add(readSuffixes(text, start, j, parsed));
        }
        return found;
    }

    private RawNumber readSuffixes(String text, int start, int digitsEnd, Parsed parsed) {
        int n = text.length();
        BigDecimal value = parsed.value;
        BigDecimal multiplier = BigDecimal.ONE;
        boolean currency = false;
        boolean percent = false;
        String unitWord = "";
        boolean glued = false;
        boolean nextCapitalized = false;
        int end = digitsEnd;
        int k = digitsEnd;
        if (k < n && Character.isLetter(text.charAt(k))) {
            int m = skipLetters(text, k);
            String suffix = text.substring(k, m).toLowerCase(Locale.ROOT);
            BigDecimal mult = Lexicon.multiplier(suffix);
            if (mult != null && (m >= n || !isAsciiDigit(text.charAt(m)))) {
                multiplier = mult;
                currency = Lexicon.isCashMultiplier(suffix);
                end = m;
            } else if (Lexicon.isMoneyWord(suffix)) {
                currency = true;
                end = m;
            } else {
                unitWord = suffix;
                glued = true;
                end = m;
            }
        }
        if (!glued) {
            int p = end;
            for (int round = 0; round < 4; round++) {
                int q = p;
                while (q < n && q - p < 2 && text.charAt(q) == ' ') {
                    q++;
                }
                if (q >= n) {
                    break;
                }
                char d = text.charAt(q);
                if (Lexicon.isCurrencySign(d) && !currency && (q + 1 >= n || !isAsciiDigit(text.charAt(q + 1)))) {
                    currency = true;
                    end = q + 1;
                    p = end;
                    continue;
                }
                if (d == '%') {
                    percent = true;
                    end = q + 1;
                    p = end;
                    continue;
                }
                if (!Character.isLetter(d)) {
                    break;
                }
                int m = skipLetters(text, q);
                String word = text.substring(q, m).toLowerCase(Locale.ROOT);
                BigDecimal mult = Lexicon.multiplier(word);
                if (mult != null && !percent && !currency
                        && (multiplier.compareTo(BigDecimal.ONE) == 0 || mult.compareTo(multiplier) > 0)) {
                    multiplier = multiplier.multiply(mult);
                    currency |= Lexicon.isCashMultiplier(word);
                    end = m;
                    p = end;
                    continue;
                }
                if (!currency && !percent && Lexicon.isMoneyWord(word)) {
                    currency = true;
                    end = m;
                    p = end;
                    continue;
                }
                if (!percent && (word.equals("percent") || word.equals("pct"))) {
                    percent = true;
                    end = m;
                    p = end;
                    continue;
                }
                unitWord = word;
                nextCapitalized = Character.isUpperCase(d);
                break;
            }
        }
        int realStart = start;
        boolean negative = false;
        int b = start - 1;
        if (b >= 0 && isMinus(text.charAt(b))) {
            negative = b == 0 || !isAsciiDigit(text.charAt(b - 1));
            b--;
        }
        int before = b;
        while (before >= 0 && start - before <= 2 && text.charAt(before) == ' ') {
            before--;
        }
        if (before >= 0 && Lexicon.isCurrencySign(text.charAt(before))) {
            currency = true;
            realStart = before;
            if (before > 0 && isMinus(text.charAt(before - 1))) {
                negative = true;
            }
        }
        return new RawNumber(value.multiply(multiplier), multiplier, realStart, end, currency, percent, negative,
                parsed.fraction, false, parsed.integerDigits, unitWord, glued, nextCapitalized);
    }

    /** A digit group string read with the given decimal convention, or null when it makes no sense as a number. */
    static Parsed parseGrouped(String s, boolean decimalComma) {
        int lastComma = s.lastIndexOf(',');
        int lastDot = s.lastIndexOf('.');
        String plain;
        boolean fraction;
        if (lastComma < 0 && lastDot < 0) {
            plain = s;
            fraction = false;
        } else if (lastComma >= 0 && lastDot >= 0) {
            char decimal = lastComma > lastDot ? ',' : '.';
            char group = decimal == ',' ? '.' : ',';
            int decimalAt = Math.max(lastComma, lastDot);
            if (s.indexOf(decimal) != decimalAt || !groupsOfThree(s.substring(0, decimalAt), group)) {
                return null;
            }
            plain = s.substring(0, decimalAt).replace(String.valueOf(group), "") + "." + s.substring(decimalAt + 1);
            fraction = true;
        } else {
            char sep = lastComma >= 0 ? ',' : '.';
            boolean sepIsDecimal = (sep == ',') == decimalComma;
            boolean single = s.indexOf(sep) == s.lastIndexOf(sep);
            if (sepIsDecimal && single) {
                plain = s.replace(sep, '.');
                fraction = true;
            } else if (groupsOfThree(s, sep)) {
                plain = s.replace(String.valueOf(sep), "");
                fraction = false;
            } else if (single) {
                plain = s.replace(sep, '.');
                fraction = true;
            } else {
                return null;
            }
        }
        int dot = plain.indexOf('.');
        int integerDigits = dot < 0 ? plain.length() : dot;
        return new Parsed(new BigDecimal(plain), fraction, integerDigits);
    }

    private static boolean groupsOfThree(String s, char sep) {
        int first = s.indexOf(sep);
        if (first < 0) {
            return true;
        }
        if (first == 0 || first > 3) {
            return false;
        }
        int prev = first;
        while (prev >= 0) {
            int next = s.indexOf(sep, prev + 1);
            int groupEnd = next < 0 ? s.length() : next;
            if (groupEnd - prev - 1 != 3) {
                return false;
            }
            prev = next;
        }
        return true;
    }

    /** A North American phone number: groups of 3-3-4 or 3-4 digits (optionally 1 and parentheses first). */
    private static boolean isPhoneNumber(String text, int start, int digitsEnd) {
        int n = text.length();
        int[] groups = new int[5];
        int count = 0;
        int i = start;
        int len = 0;
        while (i < n && count < 5) {
            char c = text.charAt(i);
            if (isAsciiDigit(c)) {
                len++;
                i++;
            } else if ((c == '-' || c == '.' || c == ')' || c == ' ') && len > 0 && i + 1 < n
                    && (isAsciiDigit(text.charAt(i + 1)) || (c == ')' && text.charAt(i + 1) == ' '))) {
                groups[count++] = len;
                len = 0;
                i++;
                if (c == ')' && i < n && text.charAt(i) == ' ') {
                    i++;
                }
                if (c == ' ' && count > 0 && groups[count - 1] != 3) {
                    return false;
                }
            } else {
                break;
            }
        }
        if (len > 0 && count < 5) {
            groups[count++] = len;
        }
        if (i < digitsEnd) {
            return false;
        }
        boolean hasDash = text.substring(start, Math.min(i, n)).indexOf('-') >= 0
                || text.substring(start, Math.min(i, n)).indexOf(')') >= 0;
        if (!hasDash) {
            return false;
        }
        return (count == 2 && groups[0] == 3 && groups[1] == 4)
                || (count == 3 && groups[0] == 3 && groups[1] == 3 && groups[2] == 4)
                || (count == 4 && groups[0] == 1 && groups[1] == 3 && groups[2] == 3 && groups[3] == 4);
    }

    private static int skipPhone(String text, int i) {
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (isAsciiDigit(c) || c == '-' || c == '.' || c == ')' || c == '(') {
                i++;
            } else if (c == ' ' && i + 1 < n && isAsciiDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int skipAlphanumeric(String text, int i) {
        int n = text.length();
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.'
                && i + 1 < n && isAsciiDigit(text.charAt(i + 1)))) {
            i++;
        }
        return i;
    }

    private static int skipLetters(String text, int i) {
        int n = text.length();
        while (i < n && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212';
    }

    /** A parsed digit group: value, whether it had a decimal part, digits before the decimal separator. */
    record Parsed(BigDecimal value, boolean fraction, int integerDigits) {
    }
}
