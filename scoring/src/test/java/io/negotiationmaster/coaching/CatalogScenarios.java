package io.negotiationmaster.coaching;

import io.negotiationmaster.scenario.AiCharacter;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.InMemoryCatalog;
import io.negotiationmaster.scenario.Scenario;
import io.negotiationmaster.scenario.TestScenarios;
import io.negotiationmaster.scenario.internal.ScenarioExport;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Bundled catalog scenarios as the engine sees them, with ids derived from their slugs. */
final class CatalogScenarios {
    private CatalogScenarios() {
    }

    /** The bundled scenario {@code slug} with its character. */
    static FullScenario full(String slug) {
        ScenarioExport export = TestScenarios.bundled(slug);
        UUID characterId = UUID.nameUUIDFromBytes(("character:" + slug).getBytes(StandardCharsets.UTF_8));
        UUID scenarioId = UUID.nameUUIDFromBytes(("scenario:" + slug).getBytes(StandardCharsets.UTF_8));
        AiCharacter character = AiCharacter.of(characterId, export.character().draft(), true, InMemoryCatalog.NOW,
                InMemoryCatalog.NOW);
        Scenario scenario = Scenario.of(scenarioId, export.scenario().draft(characterId), true, InMemoryCatalog.NOW,
                InMemoryCatalog.NOW);
        return new FullScenario(scenario, character);
    }
}
