package io.negotiationmaster.performance;

import java.util.Objects;

/**
 * The scenario recommended next, and why.
 *
 * @param scenario the scenario
 * @param reason one sentence for the user
 */
public record ScenarioRecommendation(ScenarioSummary scenario, String reason) {
    /** Validates. */
    public ScenarioRecommendation {
        Objects.requireNonNull(scenario, "scenario");
        MainIssue.requireText(reason, "reason");
    }
}
