package io.negotiationmaster.performance;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The scenario's scoring rubric ({@code evaluation_criteria}): per dimension and rating a text such as
 * {@code "Achieved price below $22,000"}. Any entry may be missing.
 *
 * @param texts dimension → rating → text, copied immutably
 */
public record EvaluationCriteria(Map<Dimension, Map<Rating, String>> texts) {
    /** A rubric without any text. */
    public static final EvaluationCriteria NONE = new EvaluationCriteria(Map.of());

    /** Copies the maps and rejects blank texts. */
    public EvaluationCriteria {
        Objects.requireNonNull(texts, "texts");
        var copy = new EnumMap<Dimension, Map<Rating, String>>(Dimension.class);
        texts.forEach((d, byRating) -> {
            Objects.requireNonNull(d, "texts dimension");
            var inner = new EnumMap<Rating, String>(Rating.class);
            byRating.forEach((r, t) -> {
                Objects.requireNonNull(r, "texts rating");
                MainIssue.requireText(t, "texts." + d.code() + "." + r.code());
                inner.put(r, t);
            });
            copy.put(d, Map.copyOf(inner));
        });
        texts = Map.copyOf(copy);
    }

    /** The text for {@code dimension} and {@code rating}, if the rubric has one. */
    public Optional<String> text(Dimension dimension, Rating rating) {
        return Optional.ofNullable(texts.getOrDefault(dimension, Map.of()).get(rating));
    }
}
