package io.negotiationmaster.scenario.internal;

import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.scenario.CharacterConfig;
import io.negotiationmaster.scenario.EvaluationCriteria;
import io.negotiationmaster.scenario.Scenario;
import io.negotiationmaster.scenario.ScenarioContext;
import io.negotiationmaster.scenario.ScenarioDraft;
import io.negotiationmaster.scenario.ScenarioVariables;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON shape of a scenario in an export document and in the bundled catalog: the {@code scenarios} columns by
 * their column names. {@code id}, {@code ai_character_id} and {@code is_active} are optional; the character is the
 * one beside it in the document.
 *
 * @param id the id, or {@code null}
 * @param slug slug
 * @param title title
 * @param description description
 * @param difficultyLevel 1–7
 * @param aiCharacterId the character id at export time, informational
 * @param aiCharacterConfig character config
 * @param scenarioContext context
 * @param scenarioVariables variables
 * @param evaluationCriteria rubric
 * @param systemPrompt public persona prompt
 * @param initialMessage opening message
 * @param isActive active flag, or {@code null} for active
 */
public record ScenarioDocument(UUID id, String slug, String title, String description, Integer difficultyLevel,
        UUID aiCharacterId, CharacterConfig aiCharacterConfig, ScenarioContext scenarioContext,
        ScenarioVariables scenarioVariables, EvaluationCriteria evaluationCriteria, String systemPrompt,
        String initialMessage, Boolean isActive) {

    /** The document of a stored scenario. */
    public static ScenarioDocument of(Scenario s) {
        return new ScenarioDocument(s.id(), s.slug(), s.title(), s.description(), s.difficulty(), s.characterId(),
                s.characterConfig(), s.context(), s.variables(), s.evaluationCriteria(),
                s.systemPrompt().orElse(null), s.initialMessage().orElse(null), s.active());
    }

    /**
     * The draft this document describes, played by {@code characterId}.
     *
     * @throws ValidationException (field {@code difficulty_level}) when the difficulty is missing
     */
    public ScenarioDraft draft(UUID characterId) {
        if (difficultyLevel == null) {
            throw new ValidationException("difficulty_level", "difficulty_level is missing");
        }
        return new ScenarioDraft(slug, title, description, difficultyLevel, characterId, aiCharacterConfig,
                scenarioContext, scenarioVariables, evaluationCriteria, Optional.ofNullable(systemPrompt),
                Optional.ofNullable(initialMessage));
    }

    /** Whether the document marks the scenario active (absent means active). */
    public boolean active() {
        return isActive == null || isActive;
    }
}
