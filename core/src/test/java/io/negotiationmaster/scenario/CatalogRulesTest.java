package io.negotiationmaster.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.scenario.internal.CatalogRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every catalog rule, exercised by breaking one value of the bundled used-car document and importing it. The
 * rule must name the JSON path in the exception's field and at the start of its message.
 */
class CatalogRulesTest {
    private final CatalogJson json = new CatalogJson();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "REMOVE", textBlock = """
        scenario/difficulty_level | 9 | difficulty_level | difficulty_level must be 1-7, was 9
        scenario/difficulty_level | 0 | difficulty_level | difficulty_level must be 1-7, was 0
        scenario/difficulty_level | REMOVE | difficulty_level | difficulty_level is missing
        scenario/slug | "Used Car!" | slug | slug must be 3-80 lower-case letters, digits and single hyphens
        scenario/slug | "a--b" | slug | slug must be 3-80
        scenario/title | "  " | title | title must not be blank
        scenario/description | REMOVE | description | description must not be blank
        scenario/ai_character_config | REMOVE | ai_character_config | ai_character_config is missing
        scenario/ai_character_config/flexibility | 1.5 | ai_character_config.flexibility | ai_character_config.flexibility must be in 0-1, was 1.5
        scenario/ai_character_config/patience | -0.1 | ai_character_config.patience | ai_character_config.patience must be in 0-1, was -0.1
        scenario/ai_character_config/name | "" | ai_character_config.name | ai_character_config.name must not be blank
        scenario/scenario_context | REMOVE | scenario_context | scenario_context is missing
        scenario/scenario_context/situation | REMOVE | scenario_context.situation | scenario_context.situation must not be blank
        scenario/scenario_context/learning_objectives | [] | scenario_context.learning_objectives | scenario_context.learning_objectives must name at least one objective
        scenario/scenario_context/constraints | ["ok", " "] | scenario_context.constraints[1] | scenario_context.constraints[1] must not be blank
        scenario/evaluation_criteria | REMOVE | evaluation_criteria | evaluation_criteria is missing
        scenario/evaluation_criteria/creating_value | REMOVE | evaluation_criteria.creating_value | evaluation_criteria.creating_value is missing
        scenario/evaluation_criteria/claiming_value/good | "" | evaluation_criteria.claiming_value.good | evaluation_criteria.claiming_value.good must not be blank
        scenario/scenario_variables | REMOVE | scenario_variables | scenario_variables is missing
        scenario/scenario_variables/min_acceptable | 25000 | scenario_variables.min_acceptable | scenario_variables.min_acceptable must be below asking_price, was 25000 (asking_price 24500)
        scenario/scenario_variables/dealer_cost | 21000.5 | scenario_variables.dealer_cost | scenario_variables.dealer_cost must be at most min_acceptable, was 21000.5
        scenario/scenario_variables/dealer_cost | 22000 | scenario_variables.dealer_cost | scenario_variables.dealer_cost must be at most min_acceptable
        scenario/scenario_variables/asking_price | -1 | scenario_variables.asking_price | scenario_variables.asking_price must not be negative, was -1
        scenario/scenario_variables/target_margin | 1.2 | scenario_variables.target_margin | scenario_variables.target_margin must be in 0-1, was 1.2
        scenario/scenario_variables/monthly_quota_status | 2 | scenario_variables.monthly_quota_status | scenario_variables.monthly_quota_status must be in 0-1, was 2.0
        scenario/scenario_variables/inventory_pressure | "extreme" | scenario_variables.inventory_pressure | scenario_variables.inventory_pressure must be one of low, medium, high, was "extreme"
        scenario/scenario_variables/financing_apr_range | [7.5, 3.5] | scenario_variables.financing_apr_range | scenario_variables.financing_apr_range must be [lowest, highest] percentages in 0-100
        scenario/scenario_variables/competitor_pricing/dealer_a | 0 | scenario_variables.competitor_pricing.dealer_a | scenario_variables.competitor_pricing.dealer_a must be a positive price, was 0
        scenario/scenario_variables/scoring_weights | {"claiming_value": 50, "creating_value": 30, "managing_relationships": 30} | scenario_variables.scoring_weights | scenario_variables.scoring_weights must be non-negative and add up to 100, was 50/30/30
        scenario/scenario_variables/issues | REMOVE | scenario_variables.issues | scenario_variables.issues is missing
        scenario/scenario_variables/issues/currency | "usd" | scenario_variables.issues.currency | scenario_variables.issues.currency must be an ISO 4217 code such as USD, was "usd"
        scenario/scenario_variables/issues/currency | "XYZ" | scenario_variables.issues.currency | scenario_variables.issues.currency must be an ISO 4217 code
        scenario/scenario_variables/issues/main | REMOVE | scenario_variables.issues.main | scenario_variables.issues.main is missing
        scenario/scenario_variables/issues/main/key | "Price" | scenario_variables.issues.main.key | scenario_variables.issues.main.key must be a snake_case key such as extended_warranty, was "Price"
        scenario/scenario_variables/issues/main/unit | "DAYS" | scenario_variables.issues.main.unit | scenario_variables.issues.main.unit must be MONEY or PERCENT, was DAYS
        scenario/scenario_variables/issues/main/per | "week" | scenario_variables.issues.main.per | scenario_variables.issues.main.per must be one of day, hour, month, total, unit, year, was "week"
        scenario/scenario_variables/issues/main/counterpart_wants | REMOVE | scenario_variables.issues.main.counterpart_wants | scenario_variables.issues.main.counterpart_wants is missing
        scenario/scenario_variables/issues/main/opening | 24000 | scenario_variables.issues.main.opening | scenario_variables.issues.main.opening must equal scenario_variables.asking_price 24500, was 24000
        scenario/scenario_variables/issues/main/counterpart_limit | 25000 | scenario_variables.issues.main.counterpart_limit | scenario_variables.issues.main.counterpart_limit must be below opening for a counterpart who wants it high, was 25000
        scenario/scenario_variables/issues/main/user_target | 23800 | scenario_variables.issues.main.user_target | scenario_variables.issues.main.user_target must be at most user_walkaway (the trainee wants it low), was 23800
        scenario/scenario_variables/issues/main/keywords | [] | scenario_variables.issues.main.keywords | scenario_variables.issues.main.keywords must name at least one keyword
        scenario/scenario_variables/issues/secondary/0/key | "price" | scenario_variables.issues.secondary[0].key | scenario_variables.issues.secondary[0].key must be unique among the issues, was "price"
        scenario/scenario_variables/issues/secondary/0/options | [{"value": "none", "label": "None", "user_value": 0, "counterpart_cost": 0}] | scenario_variables.issues.secondary[0].options | scenario_variables.issues.secondary[0].options must list at least two options
        scenario/scenario_variables/issues/secondary/0/options/1/value | "none" | scenario_variables.issues.secondary[0].options[1].value | scenario_variables.issues.secondary[0].options[1].value must be unique, was "none"
        scenario/scenario_variables/issues/secondary/0/options/1/counterpart_cost | REMOVE | scenario_variables.issues.secondary[0].options[1].counterpart_cost | scenario_variables.issues.secondary[0].options[1].counterpart_cost is missing
        scenario/scenario_variables/issues/secondary/0/baseline_option | "gold" | scenario_variables.issues.secondary[0].baseline_option | scenario_variables.issues.secondary[0].baseline_option must be one of the option values, was "gold"
        scenario/scenario_variables/issues/secondary/0/range | {"min": 1, "max": 2} | scenario_variables.issues.secondary[0].range | scenario_variables.issues.secondary[0].range must be absent for an OPTION issue
        scenario/scenario_variables/issues/secondary/1/range/min | 9 | scenario_variables.issues.secondary[1].range.min | scenario_variables.issues.secondary[1].range.min must be below max, was 9 >= 7.5
        scenario/scenario_variables/issues/secondary/1/range/step | 0 | scenario_variables.issues.secondary[1].range.step | scenario_variables.issues.secondary[1].range.step must be positive, was 0
        scenario/scenario_variables/issues/secondary/1/range/baseline | 8 | scenario_variables.issues.secondary[1].range.baseline | scenario_variables.issues.secondary[1].range.baseline must be within min-max, was 8
        scenario/scenario_variables/issues/secondary/1/range/counterpart_cost_per_unit | REMOVE | scenario_variables.issues.secondary[1].range.counterpart_cost_per_unit | scenario_variables.issues.secondary[1].range.counterpart_cost_per_unit is missing
        scenario/scenario_variables/issues/secondary/1/range | REMOVE | scenario_variables.issues.secondary[1].range | scenario_variables.issues.secondary[1].range is missing
        scenario/scenario_variables/issues/secondary/2/options/1/value | "maybe" | scenario_variables.issues.secondary[2].options | scenario_variables.issues.secondary[2].options of a BOOLEAN issue must be "yes" and "no", was [maybe, no]
        character/slug | "x" | slug | slug must be 3-80
        character/name | " " | name | name must not be blank
        character/role | "broker" | role | role must be one of buyer, seller, mediator, was "broker"
        character/role | REMOVE | role | role must be one of buyer, seller, mediator, was missing
        character/personality_profile | REMOVE | personality_profile | personality_profile is missing
        character/personality_profile/openness | 1.4 | personality_profile.openness | personality_profile.openness must be in 0-1, was 1.4
        character/personality_profile/neuroticism | -0.2 | personality_profile.neuroticism | personality_profile.neuroticism must be in 0-1, was -0.2
        character/behavior_parameters/flexibility | 3 | behavior_parameters.flexibility | behavior_parameters.flexibility must be in 0-1, was 3.0
        character/behavior_parameters/expected_rounds | 1 | behavior_parameters.expected_rounds | behavior_parameters.expected_rounds must be 2-100, was 1
        character/interests_template | REMOVE | interests_template | interests_template is missing
        character/interests_template/primary_interests | [] | interests_template.primary_interests | interests_template.primary_interests must name at least one interest
        character/batna_range_min | 23000 | batna_range_min | batna_range_min must be at most batna_range_max, was 23000 > 21900
        character/batna_range_min | -5 | batna_range_min | batna_range_min must not be negative, was -5
        character/batna_range_max | REMOVE | batna_range_max | batna_range_min and batna_range_max must both be set or both be absent
        character/communication_style | "" | communication_style | communication_style must not be blank
        character/negotiation_tactics | ["flinch", "bluff"] | negotiation_tactics[1] | negotiation_tactics[1] must be one of high_anchor, flinch, higher_authority, nibble, deadline_pressure, competition_pressure, silence, good_cop_bad_cop, was "bluff"
        character/negotiation_tactics | ["flinch", "greeting"] | negotiation_tactics[1] | negotiation_tactics[1] must be one of high_anchor
        character/negotiation_tactics | ["flinch", "flinch"] | negotiation_tactics | negotiation_tactics must not repeat a tactic
        character/confidential_instructions | " " | confidential_instructions | confidential_instructions must not be blank
        character/batna_range_max | 25000 | scenario_variables.issues.main.opening | scenario_variables.issues.main.opening must be above the character's batna_range_max 25000 (the counterpart wants it high), was 24500
        character/batna_range_min | 20500 | scenario_variables.min_acceptable | scenario_variables.min_acceptable must be at most the character's batna_range_min 20500, was 21000
        scenario/scenario_variables/issues/main/counterpart_limit | 21200 | scenario_variables.issues.main.counterpart_limit | scenario_variables.issues.main.counterpart_limit must be at most the character's batna_range_min 21000, was 21200
        """)
    void aBrokenRuleIsRejectedNamingItsPath(String path, String value, String field, String message) {
        String document = mutated(path, value);
        InMemoryCatalog catalog = new InMemoryCatalog();

        assertThatThrownBy(() -> catalog.scenarios().importScenario(document))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith(message)
                .extracting(e -> ((ValidationException) e).field()).isEqualTo(field);
        assertThat(catalog.scenarioRepository().size()).isZero();
        assertThat(catalog.characterRepository().size()).isZero();
    }

    @Test
    void theUntouchedDocumentPasses() {
        InMemoryCatalog catalog = new InMemoryCatalog();

        assertThat(catalog.scenarios().importScenario(mutated("scenario/title", "\"Still fine\"")).title())
                .isEqualTo("Still fine");
    }

    @Test
    void aCounterpartWhoWantsItLowMustOpenBelowItsBatnaRange() {
        InMemoryCatalog catalog = new InMemoryCatalog();
        String salary = json.write(TestScenarios.bundled("first-job-salary-techstart"));
        ObjectNode doc = (ObjectNode) json.readTree(salary);
        ((ObjectNode) doc.at("/scenario/scenario_variables/issues/main")).put("opening", 67000);

        assertThatThrownBy(() -> catalog.scenarios().importScenario(doc.toString()))
                .isInstanceOf(ValidationException.class)
                .hasMessage("scenario_variables.issues.main.opening must be below the character's batna_range_min"
                        + " 66000 (the counterpart wants it low), was 67000");
    }

    @Test
    void slugsFollowTheDocumentedFormat() {
        CatalogRules.checkSlug("used-car-honda-accord");
        CatalogRules.checkSlug("v2-deal");
        for (String bad : new String[] {"ab", "-car", "car-", "Car", "car_deal", "a".repeat(81)}) {
            assertThatThrownBy(() -> CatalogRules.checkSlug(bad)).isInstanceOf(ValidationException.class)
                    .hasMessageStartingWith("slug must be");
        }
    }

    private String mutated(String path, String value) {
        ObjectNode doc = (ObjectNode) json.readTree(json.write(TestScenarios.bundled("used-car-honda-accord")));
        String[] parts = path.split("/");
        JsonNode parent = doc;
        for (int i = 0; i < parts.length - 1; i++) {
            parent = parent.isArray() ? parent.get(Integer.parseInt(parts[i])) : parent.get(parts[i]);
        }
        String last = parts[parts.length - 1];
        if (parent.isArray()) {
            ((ArrayNode) parent).set(Integer.parseInt(last), json.readTree(value));
        } else if (value == null) {
            ((ObjectNode) parent).remove(last);
        } else {
            ((ObjectNode) parent).set(last, json.readTree(value));
        }
        return doc.toString();
    }
}
