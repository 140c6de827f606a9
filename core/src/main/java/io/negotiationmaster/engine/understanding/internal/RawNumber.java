package io.negotiationmaster.engine.understanding.internal;

import java.math.BigDecimal;

/**
 * A number found in a message before interpretation: its value with any multiplier applied and the marks around
 * it that decide what it is.
 *
 * @param value           the value, multiplier applied, never negative (the sign is in {@code negative})
 * @param multiplier      the multiplier written after it ("k", "grand", "million"), 1 when none
 * @param start           index of the phrase's first character (currency sign included)
 * @param end             index after the phrase (suffixes included)
 * @param currencyMarked  written with a currency sign or money word ("$", "€", "bucks", "dollars", "grand")
 * @param percent         written with "%" or "percent"
 * @param negative        written with a minus sign
 * @param hasFraction     written with a decimal part
 * @param spelled         written in words
 * @param integerDigits   the number of digits before any decimal separator (0 for spelled numbers)
 * @param unitWord        the lower-case word right after the phrase, or "" (letters glued to digits count too)
 * @param glued           whether {@code unitWord} was glued to the digits ("500gb", "2nd")
 * @param nextCapitalized whether the word after the phrase starts with a capital letter ("2019 Honda")
 */
public record RawNumber(BigDecimal value, BigDecimal multiplier, int start, int end, boolean currencyMarked,
                        boolean percent, boolean negative, boolean hasFraction, boolean spelled, int integerDigits,
                        String unitWord, boolean glued, boolean nextCapitalized) {

    /** This number as the low end of a range whose high end carries {@code high}'s multiplier and currency. */
    RawNumber asRangeLowOf(RawNumber high) {
        BigDecimal scaled = value;
        BigDecimal mult = multiplier;
        if (multiplier.compareTo(BigDecimal.ONE) == 0 && high.multiplier.compareTo(BigDecimal.ONE) != 0) {
            BigDecimal candidate = value.multiply(high.multiplier);
            if (candidate.compareTo(high.value) <= 0) {
                scaled = candidate;
                mult = high.multiplier;
            }
        }
        return new RawNumber(scaled, mult, start, end, currencyMarked || high.currencyMarked,
                percent || high.percent, negative, hasFraction, spelled, integerDigits, high.unitWord, glued,
                nextCapitalized);
    }

    /** This number as the high end of a range whose low end is {@code low}. */
    RawNumber asRangeHighOf(RawNumber low) {
        return new RawNumber(value, multiplier, start, end, currencyMarked || low.currencyMarked,
                percent || low.percent, negative, hasFraction, spelled, integerDigits, unitWord, glued,
                nextCapitalized);
    }

    /** Whether a multiplier was written after it. */
    boolean multiplied() {
        return multiplier.compareTo(BigDecimal.ONE) != 0;
    }
}
