package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.util.Map;

/**
 * The {@code behavior_parameters} JSON column: the numbers the counterpart engine decides with. Every ratio is
 * 0–1 (checked by validation). Confidential: never in a public view.
 *
 * @param flexibility 0 = Boulware (concedes late), 1 = conceder; the engine maps it to the concession exponent β
 * @param patience how many unproductive rounds the counterpart tolerates before walking away (0 = few, 1 = many)
 * @param reciprocity how strongly it mirrors the trainee's concessions (0 = ignores them, 1 = matches them)
 * @param rapportSensitivity how much courtesy and empathy earn extra flexibility
 * @param hostilityTolerance how much hostility it absorbs before stiffening or leaving
 * @param expectedRounds the deadline T of the concession curve, in counterpart offers (2–100)
 * @param extra unknown fields, kept and written back
 */
public record BehaviorParameters(@JsonProperty(required = true) double flexibility,
        @JsonProperty(required = true) double patience,
        @JsonProperty(required = true) double reciprocity,
        @JsonProperty(required = true) double rapportSensitivity,
        @JsonProperty(required = true) double hostilityTolerance,
        @JsonProperty(required = true) int expectedRounds,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the unknown fields. */
    public BehaviorParameters {
        extra = ExtraFields.copy(extra);
    }

    /** Parameters without unknown fields. */
    public BehaviorParameters(double flexibility, double patience, double reciprocity, double rapportSensitivity,
            double hostilityTolerance, int expectedRounds) {
        this(flexibility, patience, reciprocity, rapportSensitivity, hostilityTolerance, expectedRounds, Map.of());
    }
}
