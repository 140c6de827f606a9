package io.negotiationmaster.scenario;

import io.negotiationmaster.scenario.internal.BundledCatalog;
import io.negotiationmaster.scenario.internal.ScenarioExport;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Fixture factories for scenarios and characters, built from the bundled catalog so fixtures and catalog never
 * drift apart. Ids are fixed; times are {@link InMemoryCatalog#NOW}.
 */
public final class TestScenarios {
    /** The id of {@link #usedCarCharacter()}. */
    public static final UUID SARAH_ID = UUID.fromString("00000000-0000-0000-0000-00000000c0a1");
    /** The id of {@link #usedCar()}. */
    public static final UUID USED_CAR_ID = UUID.fromString("00000000-0000-0000-0000-00000000ca01");

    private TestScenarios() {
    }

    /** The bundled document {@code slug}.json. */
    public static ScenarioExport bundled(String slug) {
        return new BundledCatalog(new CatalogJson()).load(slug + ".json");
    }

    /** Sarah Chen, the used-car dealer, as a draft. */
    public static CharacterDraft usedCarCharacterDraft() {
        return bundled("used-car-honda-accord").character().draft();
    }

    /** Sarah Chen, stored and active. */
    public static AiCharacter usedCarCharacter() {
        return AiCharacter.of(SARAH_ID, usedCarCharacterDraft(), true, InMemoryCatalog.NOW, InMemoryCatalog.NOW);
    }

    /** The used 2019 Honda Accord scenario as a draft played by {@code characterId}. */
    public static ScenarioDraft usedCarDraft(UUID characterId) {
        return bundled("used-car-honda-accord").scenario().draft(characterId);
    }

    /** The used 2019 Honda Accord scenario, stored, active and played by {@link #usedCarCharacter()}. */
    public static Scenario usedCar() {
        return Scenario.of(USED_CAR_ID, usedCarDraft(SARAH_ID), true, InMemoryCatalog.NOW, InMemoryCatalog.NOW);
    }

    /** The used-car scenario with its character, as the engine sees it. */
    public static FullScenario usedCarFull() {
        return new FullScenario(usedCar(), usedCarCharacter());
    }

    /** Any bundled scenario with its character, stored and active, with ids derived from the slug. */
    public static FullScenario full(String slug) {
        ScenarioExport export = bundled(slug);
        UUID characterId = UUID.nameUUIDFromBytes(("test:character:" + slug).getBytes(StandardCharsets.UTF_8));
        UUID scenarioId = UUID.nameUUIDFromBytes(("test:scenario:" + slug).getBytes(StandardCharsets.UTF_8));
        AiCharacter character = AiCharacter.of(characterId, export.character().draft(), true, InMemoryCatalog.NOW,
                InMemoryCatalog.NOW);
        Scenario scenario = Scenario.of(scenarioId, export.scenario().draft(characterId), true, InMemoryCatalog.NOW,
                InMemoryCatalog.NOW);
        return new FullScenario(scenario, character);
    }
}
