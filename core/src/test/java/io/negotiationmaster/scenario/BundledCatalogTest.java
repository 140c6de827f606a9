package io.negotiationmaster.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.scenario.internal.BundledCatalog;
import io.negotiationmaster.scenario.internal.ScenarioExport;
import io.negotiationmaster.storage.PageRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BundledCatalogTest {
    /** A number standing alone, not part of an identifier such as a voice id. */
    private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9])\\d[\\d,]*(\\.\\d+)?(?![A-Za-z0-9])");
    private static final Pattern IDS_AND_TIMES = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z");
    private static final List<String> CONFIDENTIAL_KEYS = List.of("counterpart_limit", "counterpart_cost",
            "counterpart_cost_per_unit", "dealer_cost", "min_acceptable", "target_margin", "monthly_quota_status",
            "inventory_pressure", "batna_range_min", "batna_range_max", "batna_min", "batna_max",
            "confidential_instructions", "interests_template", "interests", "behavior_parameters", "behavior",
            "negotiation_tactics", "tactics", "flexibility", "patience");

    private final CatalogJson json = new CatalogJson();
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private List<ScenarioExport> bundled;

    @BeforeEach
    void install() {
        bundled = new BundledCatalog(json).load();
        catalog.scenarios().installCatalog();
    }

    @Test
    void theCatalogHasAtLeastTenScenariosCoveringEveryDifficultyEachWithItsOwnCharacter() {
        assertThat(bundled).hasSizeGreaterThanOrEqualTo(10);
        assertThat(bundled.stream().map(e -> e.scenario().difficultyLevel()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7);
        assertThat(bundled.stream().map(e -> e.character().slug()).distinct()).hasSameSizeAs(bundled);
        assertThat(bundled.stream().map(e -> e.scenario().slug()))
                .contains("used-car-honda-accord", "first-job-salary-techstart");
    }

    @Test
    void everyBundledScenarioPassedValidationAndWasInstalled() {
        assertThat(catalog.scenarioRepository().size()).isEqualTo(bundled.size());
        assertThat(catalog.characterRepository().size()).isEqualTo(bundled.size());
    }

    @Test
    void everyScenarioIsRichEnoughToTrainWith() {
        for (ScenarioExport e : bundled) {
            ScenarioContext c = e.scenario().scenarioContext();
            assertThat(c.learningObjectives()).as(e.scenario().slug()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(c.constraints()).as(e.scenario().slug()).isNotEmpty();
            assertThat(c.background()).as(e.scenario().slug()).isNotBlank();
            assertThat(e.scenario().initialMessage()).as(e.scenario().slug()).isNotBlank();
            assertThat(e.scenario().systemPrompt()).as(e.scenario().slug()).isNotBlank();
            assertThat(e.character().confidentialInstructions()).as(e.scenario().slug()).isNotBlank();
            assertThat(e.character().batnaRangeMin()).as(e.scenario().slug()).isNotNull();
            assertThat(e.character().negotiationTactics().codes()).as(e.scenario().slug()).isNotEmpty();
            assertThat(e.scenario().aiCharacterConfig().voiceId()).as(e.scenario().slug()).isNotBlank();
            Issues issues = e.scenario().scenarioVariables().issues();
            assertThat(issues.secondary()).as(e.scenario().slug()).hasSizeGreaterThanOrEqualTo(3);
            assertThat(issues.secondary().stream().map(SecondaryIssue::maxJointGain)
                    .anyMatch(g -> g.signum() > 0)).as(e.scenario().slug() + " can create value").isTrue();
        }
    }

    @Test
    void theBargainingZoneIsConsistentInEveryScenario() {
        for (ScenarioExport e : bundled) {
            MainIssue main = e.scenario().scenarioVariables().issues().main();
            BigDecimal low = e.character().batnaRangeMin();
            BigDecimal high = e.character().batnaRangeMax();
            String slug = e.scenario().slug();
            if (main.counterpartWants() == Direction.HIGH) {
                assertThat(main.opening()).as(slug).isGreaterThan(high);
                assertThat(main.counterpartLimit()).as(slug).isLessThanOrEqualTo(low);
                assertThat(main.userWalkaway()).as(slug + ": a deal is possible").isGreaterThanOrEqualTo(low);
            } else {
                assertThat(main.opening()).as(slug).isLessThan(low);
                assertThat(main.counterpartLimit()).as(slug).isGreaterThanOrEqualTo(high);
                assertThat(main.userWalkaway()).as(slug + ": a deal is possible").isLessThanOrEqualTo(high);
            }
        }
    }

    @Test
    void theUsedCarScenarioCarriesTheSeedValues() {
        ScenarioExport car = TestScenarios.bundled("used-car-honda-accord");
        ScenarioVariables v = car.scenario().scenarioVariables();

        assertThat(v.askingPrice()).isEqualByComparingTo("24500");
        assertThat(v.dealerCost()).isEqualByComparingTo("19000");
        assertThat(v.minAcceptable()).isEqualByComparingTo("21000");
        assertThat(car.scenario().aiCharacterConfig().name()).isEqualTo("Sarah Chen");
        assertThat(car.scenario().evaluationCriteria().claimingValue().excellent())
                .isEqualTo("Achieved price below $22,000");
        assertThat(TestScenarios.bundled("first-job-salary-techstart").scenario().scenarioContext().background())
                .isEqualTo("Market rate for similar positions ranges from $60,000-$75,000");
    }

    @Test
    void publicViewsOfEveryBundledScenarioLeakNothingConfidential() {
        for (ScenarioExport e : bundled) {
            ScenarioView view = catalog.scenarios().getBySlug(e.scenario().slug());
            CharacterView character = catalog.characters().get(view.characterId());
            String publicJson = json.write(view) + json.write(character)
                    + json.write(catalog.scenarios().list(ScenarioFilter.all(), PageRequest.first(50)));

            for (String key : CONFIDENTIAL_KEYS) {
                assertThat(publicJson).as(e.scenario().slug() + " key " + key).doesNotContain("\"" + key + "\":");
            }
            List<String> secrets = new ArrayList<>();
            secrets.add(e.character().confidentialInstructions());
            secrets.addAll(List.of(e.character().confidentialInstructions().split("(?<=\\.) ")));
            secrets.addAll(e.character().interestsTemplate().hiddenInterests());
            secrets.addAll(e.character().interestsTemplate().primaryInterests());
            for (String secret : secrets) {
                assertThat(publicJson).as(e.scenario().slug()).doesNotContain(secret);
            }
            Set<BigDecimal> numbers = numbersIn(json.write(view) + json.write(character));
            List<BigDecimal> confidential = new ArrayList<>(List.of(e.character().batnaRangeMin(),
                    e.character().batnaRangeMax()));
            ScenarioVariables v = e.scenario().scenarioVariables();
            if (v.issues().main().counterpartLimit() != null) {
                confidential.add(v.issues().main().counterpartLimit());
            }
            if (v.dealerCost() != null) {
                confidential.add(v.dealerCost());
            }
            if (v.minAcceptable() != null) {
                confidential.add(v.minAcceptable());
            }
            for (BigDecimal secret : confidential) {
                assertThat(numbers).as(e.scenario().slug() + " leaks " + secret)
                        .noneMatch(n -> n.compareTo(secret) == 0);
            }
        }
    }

    private static Set<BigDecimal> numbersIn(String text) {
        Set<BigDecimal> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(IDS_AND_TIMES.matcher(text).replaceAll(" "));
        while (m.find()) {
            String token = m.group().replaceAll(",+$", "").replace(",", "");
            if (!token.isEmpty()) {
                numbers.add(new BigDecimal(token));
            }
        }
        return numbers;
    }
}
