package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.internal.ExtraFields;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code scenario_variables} JSON column: the numbers behind a scenario. The seed's car sample is expressed
 * field for field ({@code asking_price}, {@code dealer_cost}, {@code min_acceptable}, {@code target_margin},
 * {@code available_addons}, {@code financing_apr_range}, {@code trade_in_available}, {@code inventory_pressure},
 * {@code monthly_quota_status}, {@code competitor_pricing}); every field is optional ({@code null} or empty when
 * absent, and then not written). The library adds {@code issues} (the issues model, required by validation),
 * {@code scoring_weights} and {@code public_facts} (free-form facts a scenario author wants shown to the trainee).
 *
 * <p>Confidential: {@code dealer_cost}, {@code min_acceptable}, {@code target_margin}, {@code inventory_pressure},
 * {@code monthly_quota_status}, the issues' limit and costs, and every unknown field. {@link #publicView()} drops
 * them.
 *
 * @param askingPrice the public asking price
 * @param dealerCost what the item cost the counterpart (confidential)
 * @param minAcceptable the lowest price the counterpart may accept (confidential)
 * @param targetMargin the counterpart's margin goal, 0–1 (confidential)
 * @param availableAddons add-ons on offer (public)
 * @param financingAprRange [lowest, highest] APR on offer in percent (public)
 * @param tradeInAvailable whether a trade-in is accepted (public)
 * @param inventoryPressure {@code low}, {@code medium} or {@code high} (confidential)
 * @param monthlyQuotaStatus share of the monthly quota reached, 0–1 (confidential)
 * @param competitorPricing named competitor prices (public)
 * @param issues the issues model
 * @param scoringWeights the overall-score weights, {@code null} for the default
 * @param publicFacts further public facts (market ranges, published rates), shown to the trainee
 * @param extra unknown fields, kept and written back; confidential
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ScenarioVariables(BigDecimal askingPrice, BigDecimal dealerCost, BigDecimal minAcceptable,
        BigDecimal targetMargin, List<String> availableAddons, List<BigDecimal> financingAprRange,
        Boolean tradeInAvailable, String inventoryPressure, BigDecimal monthlyQuotaStatus,
        Map<String, BigDecimal> competitorPricing, Issues issues, ScoringWeights scoringWeights,
        Map<String, JsonNode> publicFacts, @JsonAnySetter @JsonAnyGetter Map<String, JsonNode> extra) {

    /** Copies the collections, keeping their order. */
    public ScenarioVariables {
        availableAddons = ExtraFields.copyList(availableAddons);
        financingAprRange = ExtraFields.copyList(financingAprRange);
        competitorPricing = ExtraFields.copyMap(competitorPricing);
        publicFacts = ExtraFields.copy(publicFacts);
        extra = ExtraFields.copy(extra);
    }

    /** Variables holding only an issues model. */
    public static ScenarioVariables ofIssues(Issues issues) {
        return new ScenarioVariables(null, null, null, null, null, null, null, null, null, null, issues, null, null,
                null);
    }

    /** The issues model, absent only in unvalidated variables (the seed's bare car sample). */
    public Optional<Issues> issuesModel() {
        return Optional.ofNullable(issues);
    }

    /** The scoring weights, or {@link ScoringWeights#DEFAULT}. */
    public ScoringWeights weights() {
        return scoringWeights == null ? ScoringWeights.DEFAULT : scoringWeights;
    }

    /** The public asking price, if set. */
    public Optional<BigDecimal> asking() {
        return Optional.ofNullable(askingPrice);
    }

    /** The counterpart's confidential minimum, if set. */
    public Optional<BigDecimal> minimumAcceptable() {
        return Optional.ofNullable(minAcceptable);
    }

    /**
     * The variables a trainee may see: asking price, add-ons, APR range, trade-in, competitor prices, public
     * facts, scoring weights and the issues without limit or costs. Everything confidential and every unknown
     * field is dropped.
     */
    public ScenarioVariables publicView() {
        return new ScenarioVariables(askingPrice, null, null, null, availableAddons, financingAprRange,
                tradeInAvailable, null, null, competitorPricing, issues == null ? null : issues.publicView(),
                scoringWeights, publicFacts, null);
    }
}
