package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.util.Map;

/**
 * The {@code ai_character_config} JSON column: how the scenario presents its counterpart. {@code flexibility} and
 * {@code patience} (0–1) are behavioural and stay out of public views; the rest is public.
 *
 * @param name the counterpart's name
 * @param role the counterpart's job title as the trainee sees it ("Professional Car Dealer")
 * @param personality a one-line personality sketch
 * @param initialPosition the counterpart's opening position in words
 * @param negotiationStyle the style in words
 * @param flexibility 0 (firm, Boulware) to 1 (conceder)
 * @param patience 0 (walks away quickly) to 1 (very patient)
 * @param voiceId the text-to-speech voice, or {@code null}
 * @param extra unknown fields, kept and written back
 */
public record CharacterConfig(String name, String role, String personality, String initialPosition,
        String negotiationStyle, @JsonProperty(required = true) double flexibility,
        @JsonProperty(required = true) double patience, String voiceId,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the unknown fields. */
    public CharacterConfig {
        extra = ExtraFields.copy(extra);
    }

    /** A config without unknown fields. */
    public CharacterConfig(String name, String role, String personality, String initialPosition,
            String negotiationStyle, double flexibility, double patience, String voiceId) {
        this(name, role, personality, initialPosition, negotiationStyle, flexibility, patience, voiceId, Map.of());
    }
}
