package io.negotiationmaster.engine.understanding;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How people talk about one issue of a scenario, so that amounts can be attributed to it.
 *
 * @param key        the issue's key in the scenario ({@code "price"}, {@code "apr"}, {@code "remote_days"})
 * @param label      the issue's display name; its words count as keywords too
 * @param unit       the unit the issue is measured in
 * @param keywords   words or phrases that name the issue in a message ("warranty", "floor mats", "interest
 *                   rate"); compared case-insensitively, word by word
 * @param main       whether this is the main issue (price, salary, rent); a context has at most one
 * @param typicalMin the lowest value usually seen for this issue, if known
 * @param typicalMax the highest value usually seen for this issue, if known
 */
public record IssueVocabulary(String key, String label, IssueUnit unit, List<String> keywords, boolean main,
                              Optional<BigDecimal> typicalMin, Optional<BigDecimal> typicalMax) {
    /** Validates the fields, lower-cases the keywords and copies the list. */
    public IssueVocabulary {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("key must not be blank");
        }
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(unit, "unit");
        keywords = Objects.requireNonNull(keywords, "keywords").stream()
                .map(k -> Objects.requireNonNull(k, "keywords element").strip().toLowerCase(Locale.ROOT))
                .filter(k -> !k.isEmpty())
                .toList();
        Objects.requireNonNull(typicalMin, "typicalMin");
        Objects.requireNonNull(typicalMax, "typicalMax");
        typicalMin.ifPresent(v -> requireNonNegative("typicalMin", v));
        typicalMax.ifPresent(v -> requireNonNegative("typicalMax", v));
        if (typicalMin.isPresent() && typicalMax.isPresent() && typicalMin.get().compareTo(typicalMax.get()) > 0) {
            throw new IllegalArgumentException("typicalMin must not exceed typicalMax, was "
                    + typicalMin.get() + " > " + typicalMax.get());
        }
    }

    /** A main money issue (price, salary, rent) with its typical range. */
    public static IssueVocabulary mainMoney(String key, String label, List<String> keywords,
                                            BigDecimal typicalMin, BigDecimal typicalMax) {
        return new IssueVocabulary(key, label, IssueUnit.MONEY, keywords, true,
                Optional.of(typicalMin), Optional.of(typicalMax));
    }

    /** A secondary issue without a known typical range. */
    public static IssueVocabulary secondary(String key, String label, IssueUnit unit, List<String> keywords) {
        return new IssueVocabulary(key, label, unit, keywords, false, Optional.empty(), Optional.empty());
    }

    /** A secondary issue with its typical range. */
    public static IssueVocabulary secondary(String key, String label, IssueUnit unit, List<String> keywords,
                                            BigDecimal typicalMin, BigDecimal typicalMax) {
        return new IssueVocabulary(key, label, unit, keywords, false,
                Optional.of(typicalMin), Optional.of(typicalMax));
    }

    /** Whether {@code value} lies inside the typical range; {@code true} when no range is known. */
    public boolean isTypical(BigDecimal value) {
        return typicalMin.map(min -> value.compareTo(min) >= 0).orElse(true)
                && typicalMax.map(max -> value.compareTo(max) <= 0).orElse(true);
    }

    private static void requireNonNegative(String field, BigDecimal value) {
        if (value.signum() < 0) {
            throw new IllegalArgumentException(field + " must be 0 or more, was " + value);
        }
    }
}
