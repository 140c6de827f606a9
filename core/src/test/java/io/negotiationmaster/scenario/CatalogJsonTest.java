package io.negotiationmaster.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.scenario.internal.ScenarioExport;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CatalogJsonTest {
    private final CatalogJson json = new CatalogJson();

    static final String SEED_CONTEXT = """
            {
              "situation": "You have been offered a position at TechStart Inc.",
              "your_role": "Recent graduate with internship experience",
              "stakes": "Your starting salary will impact your career trajectory",
              "constraints": ["Company budget limitations", "Entry-level position"],
              "background": "Market rate for similar positions ranges from $60,000-$75,000",
              "learning_objectives": [
                "Practice salary negotiation techniques",
                "Learn to articulate value proposition",
                "Understand BATNA in job negotiations"
              ]
            }""";

    static final String SEED_CHARACTER_CONFIG = """
            {
              "name": "Sarah Chen",
              "role": "Professional Car Dealer",
              "personality": "Professional, experienced negotiator with 15 years in auto sales",
              "initial_position": "2019 Honda Accord priced at $24,500",
              "negotiation_style": "Relationship-focused but firm on price",
              "flexibility": 0.15,
              "patience": 0.7,
              "voice_id": "pNInz6obpgDQGcFmaJgB"
            }""";

    static final String SEED_CRITERIA = """
            {
              "claiming_value": {
                "excellent": "Achieved price below $22,000",
                "good": "Achieved price between $22,000-$23,000",
                "average": "Achieved price between $23,000-$24,000",
                "poor": "No improvement from asking price"
              },
              "creating_value": {
                "excellent": "Identified creative financing or add-ons",
                "good": "Negotiated some additional benefits",
                "average": "Focused primarily on price alone",
                "poor": "Made demands without exploring options"
              },
              "managing_relationships": {
                "excellent": "Built rapport, maintained positive tone throughout",
                "good": "Professional interaction with some rapport",
                "average": "Neutral interaction, no relationship damage",
                "poor": "Created tension or adversarial dynamic"
              }
            }""";

    static final String SEED_VARIABLES = """
            {
              "asking_price": 24500,
              "dealer_cost": 19000,
              "min_acceptable": 21000,
              "target_margin": 0.15,
              "available_addons": ["extended_warranty", "maintenance_package", "accessories"],
              "financing_apr_range": [3.5, 7.5],
              "trade_in_available": true,
              "inventory_pressure": "medium",
              "monthly_quota_status": 0.75,
              "competitor_pricing": {
                "dealer_a": 23900,
                "dealer_b": 24200,
                "online_average": 23500
              }
            }""";

    static Stream<Arguments> seedSamples() {
        return Stream.of(
                Arguments.of(SEED_CONTEXT, ScenarioContext.class),
                Arguments.of(SEED_CHARACTER_CONFIG, CharacterConfig.class),
                Arguments.of(SEED_CRITERIA, EvaluationCriteria.class),
                Arguments.of(SEED_VARIABLES, ScenarioVariables.class));
    }

    @ParameterizedTest
    @MethodSource("seedSamples")
    void seedSamplesReadAndWriteBackExactly(String sample, Class<?> type) {
        Object value = json.read(sample, type);

        assertThat(json.readTree(json.write(value))).isEqualTo(json.readTree(sample));
    }

    @Test
    void seedCarVariablesAreTyped() {
        ScenarioVariables v = json.read(SEED_VARIABLES, ScenarioVariables.class);

        assertThat(v.askingPrice()).isEqualByComparingTo("24500");
        assertThat(v.dealerCost()).isEqualByComparingTo("19000");
        assertThat(v.minAcceptable()).isEqualByComparingTo("21000");
        assertThat(v.targetMargin()).isEqualByComparingTo("0.15");
        assertThat(v.availableAddons()).containsExactly("extended_warranty", "maintenance_package", "accessories");
        assertThat(v.financingAprRange()).containsExactly(new BigDecimal("3.5"), new BigDecimal("7.5"));
        assertThat(v.tradeInAvailable()).isTrue();
        assertThat(v.inventoryPressure()).isEqualTo("medium");
        assertThat(v.monthlyQuotaStatus()).isEqualByComparingTo("0.75");
        assertThat(v.competitorPricing()).containsKeys("dealer_a", "dealer_b", "online_average");
        assertThat(v.competitorPricing().get("dealer_a")).isEqualByComparingTo("23900");
        assertThat(v.issuesModel()).isEmpty();
        assertThat(v.weights()).isEqualTo(ScoringWeights.DEFAULT);
    }

    static Stream<Arguments> everyConfigTypeWithAnUnknownField() {
        return Stream.of(
                Arguments.of(ScenarioContext.class, "{\"situation\":\"s\",\"mood\":{\"tense\":true},\"tags\":[],\"note\":\"\",\"gone\":null}"),
                Arguments.of(CharacterConfig.class, "{\"name\":\"n\",\"flexibility\":0.2,\"patience\":0.5,\"accent\":\"Boston\"}"),
                Arguments.of(RatingBands.class, "{\"excellent\":\"e\",\"legendary\":\"l\"}"),
                Arguments.of(EvaluationCriteria.class, "{\"claiming_value\":{\"excellent\":\"e\",\"x\":1},\"speed\":{\"fast\":\"f\"}}"),
                Arguments.of(ScenarioVariables.class, "{\"asking_price\":100,\"weather\":\"rain\",\"fees\":[1.50,2]}"),
                Arguments.of(PersonalityProfile.class, "{\"openness\":0.1,\"conscientiousness\":0.2,\"extraversion\":0.3,\"agreeableness\":0.4,\"neuroticism\":0.5,\"honesty_humility\":0.9}"),
                Arguments.of(BehaviorParameters.class, "{\"flexibility\":0.1,\"patience\":0.2,\"reciprocity\":0.3,\"rapport_sensitivity\":0.4,\"hostility_tolerance\":0.5,\"expected_rounds\":7,\"bluff_rate\":0.05}"),
                Arguments.of(InterestsTemplate.class, "{\"primary_interests\":[\"a\"],\"fears\":[\"b\"]}"),
                Arguments.of(Issues.class, "{\"currency\":\"USD\",\"main\":{\"key\":\"price\",\"opening\":10,\"anchor_note\":\"n\"},\"secondary\":[{\"key\":\"w\",\"options\":[{\"value\":\"a\",\"user_value\":1,\"counterpart_cost\":0,\"color\":\"red\"}],\"range\":{\"min\":1,\"max\":2,\"curve\":\"log\"},\"priority\":2}],\"version\":3}"));
    }

    @ParameterizedTest
    @MethodSource("everyConfigTypeWithAnUnknownField")
    void unknownFieldsAreKeptAndWrittenBack(Class<?> type, String input) {
        Object value = json.read(input, type);

        assertThat(json.readTree(json.write(value))).isEqualTo(json.readTree(input));
    }

    @Test
    void unknownFieldsAreAvailableAsJsonNodes() {
        ScenarioVariables v = json.read("{\"weather\":\"rain\",\"fees\":[1.50,2]}", ScenarioVariables.class);

        assertThat(v.extra()).containsOnlyKeys("weather", "fees");
        assertThat(v.extra().get("fees").get(0).decimalValue()).isEqualByComparingTo("1.50");
        assertThat(v.extra().get("weather").asText()).isEqualTo("rain");
    }

    @Test
    void tacticsAreAJsonArrayOfMoveCodes() {
        NegotiationTactics tactics = json.read("[\"high_anchor\",\"good_cop_bad_cop\"]", NegotiationTactics.class);

        assertThat(tactics.moves()).containsExactly(MoveType.HIGH_ANCHOR, MoveType.GOOD_COP_BAD_COP);
        assertThat(tactics.uses(MoveType.FLINCH)).isFalse();
        assertThat(json.write(NegotiationTactics.of(MoveType.FLINCH, MoveType.NIBBLE)))
                .isEqualTo("[\"flinch\",\"nibble\"]");
    }

    @Test
    void everyBundledDocumentRoundTripsThroughTheTypedRecords() {
        for (String slug : List.of("used-car-honda-accord", "saas-acquisition-hardball")) {
            ScenarioExport export = TestScenarios.bundled(slug);
            String written = json.write(export);

            assertThat(json.read(written, ScenarioExport.class)).isEqualTo(export);
        }
    }

    @Test
    void malformedJsonIsAValidationErrorOnTheJsonField() {
        assertThatThrownBy(() -> json.read("{\"situation\": ", ScenarioContext.class))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("cannot read ScenarioContext: malformed JSON")
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("json");
    }

    @Test
    void aWronglyTypedValueNamesItsJsonPath() {
        String doc = "{\"character\":{\"personality_profile\":{\"openness\":\"very\"}}}";

        assertThatThrownBy(() -> json.read(doc, ScenarioExport.class))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("character.personality_profile.openness")
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("character.personality_profile.openness");
    }

    @Test
    void aMissingRequiredTraitIsReported() {
        assertThatThrownBy(() -> json.read("{\"openness\":0.5}", PersonalityProfile.class))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("conscientiousness");
    }

    @Test
    void viewsSerialiseWithOptionalsAsValues() {
        JsonNode view = json.toTree(TestScenarios.usedCar().view());

        assertThat(view.path("initial_message").asText()).startsWith("Hi there");
        assertThat(view.path("difficulty").asInt()).isEqualTo(2);
        assertThat(view.path("variables").path("asking_price").asInt()).isEqualTo(24500);
    }
}
