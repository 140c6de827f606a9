package io.negotiationmaster.persistence.internal.catalog;

import io.negotiationmaster.scenario.CharacterConfig;
import io.negotiationmaster.scenario.EvaluationCriteria;
import io.negotiationmaster.scenario.Scenario;
import io.negotiationmaster.scenario.ScenarioContext;
import io.negotiationmaster.scenario.ScenarioVariables;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A {@code scenarios} row exactly as stored (nullable columns as nulls). */
public record ScenarioRow(UUID id, String slug, String title, String description, Integer difficultyLevel,
        UUID aiCharacterId, CharacterConfig aiCharacterConfig, ScenarioContext scenarioContext,
        ScenarioVariables scenarioVariables, EvaluationCriteria evaluationCriteria, String systemPrompt,
        String initialMessage, Boolean isActive, Instant createdAt, Instant updatedAt) {

    static ScenarioRow of(Scenario s) {
        return new ScenarioRow(s.id(), s.slug(), s.title(), s.description(), s.difficulty(), s.characterId(),
                s.characterConfig(), s.context(), s.variables(), s.evaluationCriteria(),
                s.systemPrompt().orElse(null), s.initialMessage().orElse(null), s.active(), s.createdAt(),
                s.updatedAt());
    }

    Scenario toScenario() {
        return new Scenario(id, slug, title, description, difficultyLevel, aiCharacterId, aiCharacterConfig,
                scenarioContext, scenarioVariables, evaluationCriteria, Optional.ofNullable(systemPrompt),
                Optional.ofNullable(initialMessage), Boolean.TRUE.equals(isActive), createdAt, updatedAt);
    }
}
