package io.negotiationmaster.scenario;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of {@code scenarios}, confidential parts included. Only the engine and authoring tools see this type;
 * trainees see {@link ScenarioView}.
 *
 * @param id the id
 * @param slug unique, stable slug, e.g. {@code used-car-honda-accord}
 * @param title title
 * @param description overview
 * @param difficulty 1–7
 * @param characterId the AI character played in it
 * @param characterConfig {@code ai_character_config}
 * @param context {@code scenario_context}
 * @param variables {@code scenario_variables}, with the issues model
 * @param evaluationCriteria {@code evaluation_criteria}
 * @param systemPrompt public persona prompt for an optional language model
 * @param initialMessage the counterpart's opening message
 * @param active whether it is offered
 * @param createdAt creation time
 * @param updatedAt last modification time
 */
public record Scenario(UUID id, String slug, String title, String description, int difficulty, UUID characterId,
        CharacterConfig characterConfig, ScenarioContext context, ScenarioVariables variables,
        EvaluationCriteria evaluationCriteria, Optional<String> systemPrompt, Optional<String> initialMessage,
        boolean active, Instant createdAt, Instant updatedAt) {

    /** Requires every field (optional ones as {@link Optional}). */
    public Scenario {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(characterId, "characterId");
        Objects.requireNonNull(characterConfig, "characterConfig");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(evaluationCriteria, "evaluationCriteria");
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        Objects.requireNonNull(initialMessage, "initialMessage");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Builds the stored scenario from a draft. */
    public static Scenario of(UUID id, ScenarioDraft draft, boolean active, Instant createdAt, Instant updatedAt) {
        return new Scenario(id, draft.slug(), draft.title(), draft.description(), draft.difficulty(),
                draft.characterId(), draft.characterConfig(), draft.context(), draft.variables(),
                draft.evaluationCriteria(), draft.systemPrompt(), draft.initialMessage(), active, createdAt,
                updatedAt);
    }

    /** The editable content of this scenario. */
    public ScenarioDraft draft() {
        return new ScenarioDraft(slug, title, description, difficulty, characterId, characterConfig, context,
                variables, evaluationCriteria, systemPrompt, initialMessage);
    }

    /**
     * The issues model.
     *
     * @throws IllegalStateException when the variables have none (a validated scenario always has one)
     */
    public Issues issues() {
        return variables.issuesModel().orElseThrow(
                () -> new IllegalStateException("scenario " + slug + " has no scenario_variables.issues"));
    }

    /** The overall-score weights (40/30/30 unless the scenario sets its own). */
    public ScoringWeights scoringWeights() {
        return variables.weights();
    }

    /** This scenario with {@code active} and {@code updatedAt} changed. */
    public Scenario withActive(boolean newActive, Instant now) {
        return new Scenario(id, slug, title, description, difficulty, characterId, characterConfig, context,
                variables, evaluationCriteria, systemPrompt, initialMessage, newActive, createdAt, now);
    }

    /** What a trainee may see of this scenario. */
    public ScenarioView view() {
        return new ScenarioView(id, slug, title, description, difficulty, characterId,
                CounterpartProfile.of(characterConfig), context, variables.publicView(), evaluationCriteria,
                systemPrompt, initialMessage, active, createdAt, updatedAt);
    }
}
