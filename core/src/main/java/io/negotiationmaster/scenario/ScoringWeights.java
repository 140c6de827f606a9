package io.negotiationmaster.scenario;

/**
 * The weights (percent, adding up to 100) of the three scoring dimensions in the overall score, stored in
 * {@code scenario_variables.scoring_weights}; {@link #DEFAULT} (40/30/30) when a scenario sets none.
 *
 * @param claimingValue weight of claiming value
 * @param creatingValue weight of creating value
 * @param managingRelationships weight of managing relationships
 */
public record ScoringWeights(int claimingValue, int creatingValue, int managingRelationships) {
    /** 40 / 30 / 30. */
    public static final ScoringWeights DEFAULT = new ScoringWeights(40, 30, 30);

    /** The sum of the weights (validation requires 100). */
    public int total() {
        return claimingValue + creatingValue + managingRelationships;
    }
}
