package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.util.Map;

/**
 * The four rating texts of one scoring dimension in {@code evaluation_criteria}, e.g. excellent = "Achieved price
 * below $22,000". Scoring parses the money bands out of these texts.
 *
 * @param excellent what earns "excellent"
 * @param good what earns "good"
 * @param average what earns "average"
 * @param poor what earns "poor"
 * @param extra unknown fields, kept and written back
 */
public record RatingBands(String excellent, String good, String average, String poor,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the unknown fields. */
    public RatingBands {
        extra = ExtraFields.copy(extra);
    }

    /** Bands without unknown fields. */
    public RatingBands(String excellent, String good, String average, String poor) {
        this(excellent, good, average, poor, Map.of());
    }
}
