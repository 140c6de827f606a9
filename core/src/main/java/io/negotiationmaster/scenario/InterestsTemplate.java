package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.util.List;
import java.util.Map;

/**
 * The {@code interests_template} JSON column: the counterpart's interests behind its positions. Confidential (the
 * trainee is meant to discover them by asking); never in a public view.
 *
 * @param primaryInterests what matters most to the counterpart
 * @param secondaryInterests what also matters
 * @param hiddenInterests what it reveals only when asked good questions
 * @param dealBreakers what ends the negotiation
 * @param extra unknown fields, kept and written back
 */
public record InterestsTemplate(List<String> primaryInterests, List<String> secondaryInterests,
        List<String> hiddenInterests, List<String> dealBreakers,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the collections. */
    public InterestsTemplate {
        primaryInterests = ExtraFields.copyList(primaryInterests);
        secondaryInterests = ExtraFields.copyList(secondaryInterests);
        hiddenInterests = ExtraFields.copyList(hiddenInterests);
        dealBreakers = ExtraFields.copyList(dealBreakers);
        extra = ExtraFields.copy(extra);
    }

    /** A template without unknown fields. */
    public InterestsTemplate(List<String> primaryInterests, List<String> secondaryInterests,
            List<String> hiddenInterests, List<String> dealBreakers) {
        this(primaryInterests, secondaryInterests, hiddenInterests, dealBreakers, Map.of());
    }
}
