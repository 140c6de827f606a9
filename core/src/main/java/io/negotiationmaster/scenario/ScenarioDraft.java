package io.negotiationmaster.scenario;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The editable content of a scenario, as given to {@link Scenarios#create} and {@link Scenarios#update}. Null
 * checks only for the optionals; the catalog rules run in the facet and throw
 * {@link io.negotiationmaster.error.ValidationException} naming the JSON path.
 *
 * @param slug unique, stable slug, e.g. {@code used-car-honda-accord}
 * @param title title
 * @param description overview
 * @param difficulty 1–7
 * @param characterId the AI character played in it
 * @param characterConfig {@code ai_character_config}
 * @param context {@code scenario_context}
 * @param variables {@code scenario_variables}
 * @param evaluationCriteria {@code evaluation_criteria}
 * @param systemPrompt public persona prompt for an optional language model
 * @param initialMessage the counterpart's opening message
 */
public record ScenarioDraft(String slug, String title, String description, int difficulty, UUID characterId,
        CharacterConfig characterConfig, ScenarioContext context, ScenarioVariables variables,
        EvaluationCriteria evaluationCriteria, Optional<String> systemPrompt, Optional<String> initialMessage) {

    /** Requires the optionals to be present as {@link Optional} (possibly empty). */
    public ScenarioDraft {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(initialMessage, "initialMessage");
    }

    /** This draft played by another character. */
    public ScenarioDraft withCharacterId(UUID newCharacterId) {
        return new ScenarioDraft(slug, title, description, difficulty, newCharacterId, characterConfig, context,
                variables, evaluationCriteria, systemPrompt, initialMessage);
    }
}
