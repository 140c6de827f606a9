package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issues on the table ({@code scenario_variables.issues}): the main money issue and the secondary issues that
 * can be traded for it.
 *
 * <pre>{@code
 * MainIssue price = scenario.issues().main();
 * Optional<SecondaryIssue> warranty = scenario.issues().secondary("extended_warranty");
 * }</pre>
 *
 * @param currency ISO 4217 code of every money amount in the scenario, e.g. {@code "USD"}
 * @param main the main issue
 * @param secondary the tradeable issues, possibly empty
 * @param extra unknown fields, kept and written back
 */
public record Issues(String currency, MainIssue main, List<SecondaryIssue> secondary,
        @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the collections. */
    public Issues {
        secondary = ExtraFields.copyList(secondary);
        extra = ExtraFields.copy(extra);
    }

    /** Issues without unknown fields. */
    public Issues(String currency, MainIssue main, List<SecondaryIssue> secondary) {
        this(currency, main, secondary, Map.of());
    }

    /** The secondary issue with {@code key}, if there is one. */
    public Optional<SecondaryIssue> secondary(String key) {
        return secondary.stream().filter(i -> i.key().equals(key)).findFirst();
    }

    /** These issues without the counterpart's limit, costs and unknown fields. */
    public Issues publicView() {
        return new Issues(currency, main == null ? null : main.publicView(),
                secondary.stream().map(SecondaryIssue::publicView).toList(), Map.of());
    }
}
