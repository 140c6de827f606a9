package io.negotiationmaster.performance;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The outcome-space analysis of a multi-issue scenario: the packages on a bounded grid of main-issue values
 * times every combination of secondary options, with utilities measured over each side's disagreement point.
 *
 * @param packagesEvaluated how many packages were enumerated
 * @param paretoFrontier the packages no other package beats for both sides, by ascending user utility
 * @param nashPoint the package maximising the product of both gains among those acceptable to both sides;
 *     empty when no package is acceptable to both
 * @param maxJointUtility the largest joint utility of any package acceptable to both sides (0 when none)
 * @param deal the agreed package's point, when there was a deal
 * @param distanceToFrontier Euclidean money distance from the deal to the nearest frontier package
 * @param distanceToNash Euclidean money distance from the deal to the Nash point
 * @param jointGainShare the deal's joint utility relative to {@code maxJointUtility}, clamped to 0–1
 */
public record OutcomeSpace(int packagesEvaluated, List<OutcomePoint> paretoFrontier, Optional<OutcomePoint> nashPoint,
                           double maxJointUtility, Optional<OutcomePoint> deal, OptionalDouble distanceToFrontier,
                           OptionalDouble distanceToNash, OptionalDouble jointGainShare) {
    /** Validates and copies. */
    public OutcomeSpace {
        if (packagesEvaluated < 0) {
            throw new IllegalArgumentException("packagesEvaluated must not be negative, was " + packagesEvaluated);
        }
        paretoFrontier = List.copyOf(paretoFrontier);
        Objects.requireNonNull(nashPoint, "nashPoint");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(distanceToFrontier, "distanceToFrontier");
        Objects.requireNonNull(distanceToNash, "distanceToNash");
        Objects.requireNonNull(jointGainShare, "jointGainShare");
        jointGainShare.ifPresent(s -> Scores.requireUnit(s, "jointGainShare"));
    }
}
