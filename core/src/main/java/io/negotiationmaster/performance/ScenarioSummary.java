package io.negotiationmaster.performance;

import java.util.Objects;
import java.util.UUID;

/**
 * A scenario that can be recommended.
 *
 * @param id the scenario's id
 * @param slug its slug, e.g. {@code "used-car-honda-accord"}
 * @param difficulty 1–7
 * @param trains the dimension it trains most
 */
public record ScenarioSummary(UUID id, String slug, int difficulty, Dimension trains) {
    /** Validates. */
    public ScenarioSummary {
        Objects.requireNonNull(id, "id");
        MainIssue.requireText(slug, "slug");
        if (difficulty < 1 || difficulty > 7) {
            throw new IllegalArgumentException("difficulty must be 1-7, was " + difficulty);
        }
        Objects.requireNonNull(trains, "trains");
    }
}
