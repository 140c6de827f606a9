package io.negotiationmaster.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScenariosTest {
    private final CatalogJson json = new CatalogJson();
    private final InMemoryCatalog catalog = new InMemoryCatalog();
    private final Scenarios scenarios = catalog.scenarios();

    @Test
    void installingTheCatalogTwiceAddsEverythingOnceAndThenNothing() {
        CatalogInstallResult first = scenarios.installCatalog();
        CatalogInstallResult second = scenarios.installCatalog();

        assertThat(first.scenariosAdded()).isGreaterThanOrEqualTo(10);
        assertThat(first.charactersAdded()).isEqualTo(first.scenariosAdded());
        assertThat(first.unchanged()).isFalse();
        assertThat(second).isEqualTo(new CatalogInstallResult(0, first.scenariosAdded(), 0, first.charactersAdded()));
        assertThat(second.unchanged()).isTrue();
        assertThat(catalog.scenarioRepository().size()).isEqualTo(first.scenariosAdded());
    }

    @Test
    void installedScenariosHaveIdsDerivedFromTheirSlugs() {
        scenarios.installCatalog();
        InMemoryCatalog other = new InMemoryCatalog();
        other.scenarios().installCatalog();

        assertThat(other.scenarios().getBySlug("used-car-honda-accord").id())
                .isEqualTo(scenarios.getBySlug("used-car-honda-accord").id());
    }

    @Test
    void listingFiltersByDifficultyRoleAndActivityInDifficultyOrder() {
        scenarios.installCatalog();

        Page<ScenarioView> all = scenarios.list(ScenarioFilter.all(), PageRequest.first(200));
        assertThat(all.items()).extracting(ScenarioView::difficulty).isSorted();
        assertThat(scenarios.list(ScenarioFilter.all().difficulty(7), PageRequest.first(10)).items())
                .extracting(ScenarioView::slug).containsExactly("saas-acquisition-hardball");
        assertThat(scenarios.list(ScenarioFilter.all().difficulty(1, 2).role(CharacterRole.SELLER),
                PageRequest.first(10)).items()).extracting(ScenarioView::slug)
                .containsExactly("apartment-lease-riverside", "used-car-honda-accord");

        Page<ScenarioView> firstPage = scenarios.list(ScenarioFilter.all(), PageRequest.first(3));
        assertThat(firstPage.items()).hasSize(3);
        assertThat(firstPage.total()).isEqualTo(all.total());
        assertThat(firstPage.hasNext()).isTrue();
    }

    @Test
    void aDeactivatedScenarioLeavesActiveListingsButCanStillBeRead() {
        scenarios.installCatalog();
        ScenarioView car = scenarios.getBySlug("used-car-honda-accord");

        ScenarioView deactivated = scenarios.deactivate(car.id());

        assertThat(deactivated.active()).isFalse();
        assertThat(scenarios.list(ScenarioFilter.active(), PageRequest.first(200)).items())
                .extracting(ScenarioView::slug).doesNotContain("used-car-honda-accord");
        assertThat(scenarios.get(car.id()).active()).isFalse();
        assertThat(scenarios.activate(car.id()).active()).isTrue();
    }

    @Test
    void unknownScenariosAreNotFound() {
        assertThatThrownBy(() -> scenarios.getBySlug("nope")).isInstanceOf(NotFoundException.class)
                .hasMessage("scenario not found: nope");
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> scenarios.get(id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> scenarios.exportScenario("nope")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void createStoresAValidatedScenarioForAnExistingCharacter() {
        CharacterView sarah = catalog.characters().create(TestScenarios.usedCarCharacterDraft());

        ScenarioView created = scenarios.create(TestScenarios.usedCarDraft(sarah.id()));

        assertThat(created.slug()).isEqualTo("used-car-honda-accord");
        assertThat(created.active()).isTrue();
        assertThat(created.createdAt()).isEqualTo(InMemoryCatalog.NOW);
        assertThat(catalog.engineCatalog().byId(created.id()).character().id()).isEqualTo(sarah.id());
    }

    @Test
    void createRejectsATakenSlugAsAConflict() {
        CharacterView sarah = catalog.characters().create(TestScenarios.usedCarCharacterDraft());
        scenarios.create(TestScenarios.usedCarDraft(sarah.id()));

        assertThatThrownBy(() -> scenarios.create(TestScenarios.usedCarDraft(sarah.id())))
                .isInstanceOf(ConflictException.class)
                .hasMessage("slug already taken by another scenario: used-car-honda-accord")
                .extracting(e -> ((ConflictException) e).field()).isEqualTo("slug");
        assertThat(catalog.scenarioRepository().size()).isEqualTo(1);
    }

    @Test
    void createRejectsAnUnknownCharacter() {
        UUID nobody = UUID.fromString("00000000-0000-0000-0000-000000000bad");

        assertThatThrownBy(() -> scenarios.create(TestScenarios.usedCarDraft(nobody)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("ai_character_id names no character: " + nobody);
    }

    @Test
    void updateReplacesTheContentAndKeepsIdentityAndCreationTime() {
        CharacterView sarah = catalog.characters().create(TestScenarios.usedCarCharacterDraft());
        ScenarioView created = scenarios.create(TestScenarios.usedCarDraft(sarah.id()));
        ScenarioDraft draft = TestScenarios.usedCarDraft(sarah.id());
        ScenarioDraft renamed = new ScenarioDraft("used-car-accord-2019", "Accord, again", draft.description(), 3,
                draft.characterId(), draft.characterConfig(), draft.context(), draft.variables(),
                draft.evaluationCriteria(), draft.systemPrompt(), draft.initialMessage());

        ScenarioView updated = scenarios.update(created.id(), renamed);

        assertThat(updated.id()).isEqualTo(created.id());
        assertThat(updated.slug()).isEqualTo("used-car-accord-2019");
        assertThat(updated.difficulty()).isEqualTo(3);
        assertThat(scenarios.getBySlug("used-car-accord-2019").title()).isEqualTo("Accord, again");
        assertThat(catalog.scenarioRepository().existsBySlug("used-car-honda-accord")).isFalse();
    }

    @Test
    void theEngineSeesTheConfidentialPartsThatViewsHide() {
        scenarios.installCatalog();

        FullScenario full = catalog.engineCatalog().bySlug("used-car-honda-accord");

        assertThat(full.character().batnaMin()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("21000"));
        assertThat(full.character().confidentialInstructions()).isPresent();
        assertThat(full.scenario().issues().main().limit()).isPresent();
        assertThat(full.scenario().issues().secondary("extended_warranty").orElseThrow()
                .option("powertrain_3yr").orElseThrow().cost()).isPresent();
        assertThat(scenarios.getBySlug("used-car-honda-accord").variables().minAcceptable()).isNull();
        assertThat(catalog.engineCatalog().bySlugOrId(full.scenario().id().toString())).isEqualTo(full);
    }

    @Test
    void exportThenImportIntoAnotherCatalogRestoresTheScenarioExactly() {
        scenarios.installCatalog();
        String exported = scenarios.exportScenario("saas-acquisition-hardball");
        InMemoryCatalog other = new InMemoryCatalog();

        ScenarioView imported = other.scenarios().importScenario(exported);

        assertThat(imported.id()).isEqualTo(scenarios.getBySlug("saas-acquisition-hardball").id());
        assertThat(json.readTree(other.scenarios().exportScenario(imported.id().toString())))
                .isEqualTo(json.readTree(exported));
        assertThat(exported).contains("confidential_instructions", "batna_range_min", "counterpart_limit");
    }

    @Test
    void importingAnExistingSlugUpdatesInsteadOfDuplicating() {
        scenarios.installCatalog();
        ObjectNode doc = (ObjectNode) json.readTree(scenarios.exportScenario("used-car-honda-accord"));
        ((ObjectNode) doc.get("scenario")).put("title", "Accord (edited)").remove("id");
        ((ObjectNode) doc.get("character")).put("name", "Sarah C.").remove("id");
        int before = catalog.scenarioRepository().size();

        ScenarioView imported = scenarios.importScenario(doc.toString());

        assertThat(catalog.scenarioRepository().size()).isEqualTo(before);
        assertThat(imported.title()).isEqualTo("Accord (edited)");
        assertThat(catalog.characters().get(imported.characterId()).name()).isEqualTo("Sarah C.");
    }

    @Test
    void importRejectsMalformedJsonAndForeignFormats() {
        assertThatThrownBy(() -> scenarios.importScenario("{not json"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("malformed JSON");
        assertThatThrownBy(() -> scenarios.importScenario("{\"format\":\"other/9\"}"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("format must be negotiationmaster-scenario/1, was \"other/9\"");
        assertThatThrownBy(() -> scenarios.importScenario("{\"character\":{}}"))
                .isInstanceOf(ValidationException.class).hasMessage("scenario is missing");
    }
}
