package io.negotiationmaster.performance;

/**
 * The weights of the three dimensions in the overall score. They need not sum to 1; {@link #weight(Dimension)}
 * returns the normalised share.
 *
 * @param claimingValue weight of claiming value, at least 0
 * @param creatingValue weight of creating value, at least 0
 * @param managingRelationships weight of managing relationships, at least 0
 */
public record DimensionWeights(double claimingValue, double creatingValue, double managingRelationships) {
    /** The default weights 40/30/30. */
    public static final DimensionWeights DEFAULT = new DimensionWeights(0.4, 0.3, 0.3);

    /** Validates: each weight finite and not negative, and their sum positive. */
    public DimensionWeights {
        check(claimingValue, "claimingValue");
        check(creatingValue, "creatingValue");
        check(managingRelationships, "managingRelationships");
        if (claimingValue + creatingValue + managingRelationships <= 0) {
            throw new IllegalArgumentException("weights must not all be 0");
        }
    }

    private static void check(double w, String name) {
        if (!Double.isFinite(w) || w < 0) {
            throw new IllegalArgumentException(name + " must be a finite weight of at least 0, was " + w);
        }
    }

    /** The normalised weight (0–1, the three summing to 1) of {@code dimension}. */
    public double weight(Dimension dimension) {
        double raw = switch (dimension) {
            case CLAIMING_VALUE -> claimingValue;
            case CREATING_VALUE -> creatingValue;
            case MANAGING_RELATIONSHIPS -> managingRelationships;
        };
        return raw / (claimingValue + creatingValue + managingRelationships);
    }
}
