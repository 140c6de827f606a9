package io.negotiationmaster.engine.strategy;

/**
 * Big Five personality traits of the counterpart, each in {@code [0, 1]}.
 *
 * @param openness          curiosity, readiness to explore creative packages
 * @param conscientiousness orderliness, care with details
 * @param extraversion      warmth and talkativeness of the replies
 * @param agreeableness     cooperativeness; how strongly rapport and reciprocity move the counterpart
 * @param neuroticism       anxiety and touchiness; how strongly hostility hurts
 */
public record Personality(double openness, double conscientiousness, double extraversion, double agreeableness,
                          double neuroticism) {
    /** A middle-of-the-road personality, every trait 0.5. */
    public static final Personality BALANCED = new Personality(0.5, 0.5, 0.5, 0.5, 0.5);

    /** Validates that every trait is in {@code [0, 1]}. */
    public Personality {
        check("openness", openness);
        check("conscientiousness", conscientiousness);
        check("extraversion", extraversion);
        check("agreeableness", agreeableness);
        check("neuroticism", neuroticism);
    }

    private static void check(String name, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(name + " must be 0-1, was " + v);
        }
    }
}
