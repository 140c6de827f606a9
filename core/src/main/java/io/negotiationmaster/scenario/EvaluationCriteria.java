package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.util.Map;

/**
 * The {@code evaluation_criteria} JSON column: the scenario's rubric for the three scoring dimensions. A missing
 * dimension is {@code null} here and rejected by validation ({@code evaluation_criteria.creating_value is missing}).
 *
 * @param claimingValue bands for claiming value
 * @param creatingValue bands for creating value
 * @param managingRelationships bands for managing relationships
 * @param extra unknown fields, kept and written back
 */
public record EvaluationCriteria(RatingBands claimingValue, RatingBands creatingValue,
        RatingBands managingRelationships, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the unknown fields. */
    public EvaluationCriteria {
        extra = ExtraFields.copy(extra);
    }

    /** Criteria without unknown fields. */
    public EvaluationCriteria(RatingBands claimingValue, RatingBands creatingValue,
            RatingBands managingRelationships) {
        this(claimingValue, creatingValue, managingRelationships, Map.of());
    }
}
