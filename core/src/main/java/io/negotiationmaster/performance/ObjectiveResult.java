package io.negotiationmaster.performance;

import java.util.List;
import java.util.Objects;

/**
 * Whether a learning objective of the scenario was met ({@code learning_objectives_met} item).
 *
 * @param objective the objective's text as in the scenario
 * @param met whether the transcript shows it was met
 * @param evidence why it is judged so
 * @param turns the turns that show it, ascending
 */
public record ObjectiveResult(String objective, boolean met, String evidence, List<Integer> turns) {
    /** Validates and copies. */
    public ObjectiveResult {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(evidence, "evidence");
        turns = List.copyOf(turns);
    }
}
