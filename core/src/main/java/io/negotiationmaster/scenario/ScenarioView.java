package io.negotiationmaster.scenario;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What a trainee may see of a scenario. Never carries confidential data: the variables are
 * {@link ScenarioVariables#publicView()} (no dealer cost, minimum, margin, quota, limit or counterpart costs) and
 * the counterpart is a {@link CounterpartProfile} (no flexibility or patience).
 *
 * @param id the id
 * @param slug the slug
 * @param title title
 * @param description overview
 * @param difficulty 1–7
 * @param characterId the AI character played in it
 * @param counterpart the public counterpart profile
 * @param context the briefing
 * @param variables the public facts and issues
 * @param evaluationCriteria the rubric
 * @param systemPrompt public persona prompt
 * @param initialMessage the counterpart's opening message
 * @param active whether it is offered
 * @param createdAt creation time
 * @param updatedAt last modification time
 */
public record ScenarioView(UUID id, String slug, String title, String description, int difficulty,
        UUID characterId, CounterpartProfile counterpart, ScenarioContext context, ScenarioVariables variables,
        EvaluationCriteria evaluationCriteria, Optional<String> systemPrompt, Optional<String> initialMessage,
        boolean active, Instant createdAt, Instant updatedAt) {
}
