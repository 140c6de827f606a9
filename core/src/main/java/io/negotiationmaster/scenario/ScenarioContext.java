package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.util.List;
import java.util.Map;

/**
 * The {@code scenario_context} JSON column: what the trainee is told before the negotiation starts. Everything in
 * it is public. Like every catalog JSON record it holds what the JSON says (absent text is {@code null}, absent
 * lists are empty) and keeps unknown fields in {@link #extra()}; the rules are checked by catalog validation so
 * that messages name the JSON path.
 *
 * @param situation what is going on
 * @param yourRole who the trainee plays
 * @param stakes what is at stake
 * @param constraints the trainee's constraints
 * @param background facts the trainee may use: market prices, competitor quotes, the trainee's alternative
 * @param learningObjectives what the scenario teaches
 * @param extra unknown fields, kept and written back
 */
public record ScenarioContext(String situation, String yourRole, String stakes, List<String> constraints,
        String background, List<String> learningObjectives,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the collections. */
    public ScenarioContext {
        constraints = ExtraFields.copyList(constraints);
        learningObjectives = ExtraFields.copyList(learningObjectives);
        extra = ExtraFields.copy(extra);
    }

    /** A context without unknown fields. */
    public ScenarioContext(String situation, String yourRole, String stakes, List<String> constraints,
            String background, List<String> learningObjectives) {
        this(situation, yourRole, stakes, constraints, background, learningObjectives, Map.of());
    }
}
