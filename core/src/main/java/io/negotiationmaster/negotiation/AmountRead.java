package io.negotiationmaster.negotiation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount the engine read in a message.
 *
 * @param value the amount (resolved, for relative phrases like "$500 less")
 * @param issue the issue key it belongs to, or {@code unknown}
 * @param kind {@code offer}, {@code relative}, {@code reference}, {@code difference}, {@code range_low} or {@code range_high}
 */
public record AmountRead(@JsonProperty("value") BigDecimal value, @JsonProperty("issue") String issue,
        @JsonProperty("kind") String kind) {

    /** Requires every field. */
    @JsonCreator
    public AmountRead {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(issue, "issue");
        Objects.requireNonNull(kind, "kind");
    }
}
