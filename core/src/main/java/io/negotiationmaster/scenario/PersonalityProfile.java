package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.util.Map;

/**
 * The {@code personality_profile} JSON column: the Big Five traits, each 0–1 (checked by validation). Every trait
 * is required in the JSON.
 *
 * @param openness openness to experience
 * @param conscientiousness conscientiousness
 * @param extraversion extraversion
 * @param agreeableness agreeableness
 * @param neuroticism neuroticism
 * @param extra unknown fields, kept and written back
 */
public record PersonalityProfile(@JsonProperty(required = true) double openness,
        @JsonProperty(required = true) double conscientiousness,
        @JsonProperty(required = true) double extraversion,
        @JsonProperty(required = true) double agreeableness,
        @JsonProperty(required = true) double neuroticism,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the unknown fields. */
    public PersonalityProfile {
        extra = ExtraFields.copy(extra);
    }

    /** A profile without unknown fields. */
    public PersonalityProfile(double openness, double conscientiousness, double extraversion, double agreeableness,
            double neuroticism) {
        this(openness, conscientiousness, extraversion, agreeableness, neuroticism, Map.of());
    }
}
