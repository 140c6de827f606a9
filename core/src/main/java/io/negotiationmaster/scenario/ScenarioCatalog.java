package io.negotiationmaster.scenario;

import io.negotiationmaster.error.CorruptDataException;
import io.negotiationmaster.error.NotFoundException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * ENGINE-ONLY access to scenarios with their characters, confidential parts included (BATNA range, confidential
 * instructions, reservation inputs, counterpart costs). The negotiation engine uses it to build its counterpart;
 * nothing it returns may reach a trainee. Hosts use {@link Scenarios} and {@link Characters}, which only return
 * public views.
 *
 * <p>Reads run in the caller's transaction (the engine calls it inside its own use cases).
 */
public final class ScenarioCatalog {
    private final ScenarioRepository scenarios;
    private final CharacterRepository characters;

    /** @param scenarios the scenario port; @param characters the character port */
    public ScenarioCatalog(ScenarioRepository scenarios, CharacterRepository characters) {
        this.scenarios = Objects.requireNonNull(scenarios, "scenarios");
        this.characters = Objects.requireNonNull(characters, "characters");
    }

    /** The full scenario {@code id}. @throws NotFoundException when there is none */
    public FullScenario byId(UUID id) {
        Objects.requireNonNull(id, "id");
        return withCharacter(scenarios.findById(id).orElseThrow(() -> new NotFoundException("scenario", id)));
    }

    /** The full scenario {@code slug}. @throws NotFoundException when there is none */
    public FullScenario bySlug(String slug) {
        Objects.requireNonNull(slug, "slug");
        return withCharacter(scenarios.findBySlug(slug).orElseThrow(() -> new NotFoundException("scenario", slug)));
    }

    /** The full scenario named by a UUID or, failing that, by a slug. @throws NotFoundException when there is none */
    public FullScenario bySlugOrId(String slugOrId) {
        Objects.requireNonNull(slugOrId, "slugOrId");
        return withCharacter(find(slugOrId).orElseThrow(() -> new NotFoundException("scenario", slugOrId)));
    }

    Optional<Scenario> find(String slugOrId) {
        Optional<UUID> id = parseUuid(slugOrId);
        if (id.isPresent()) {
            Optional<Scenario> byId = scenarios.findById(id.get());
            if (byId.isPresent()) {
                return byId;
            }
        }
        return scenarios.findBySlug(slugOrId);
    }

    private FullScenario withCharacter(Scenario scenario) {
        AiCharacter character = characters.findById(scenario.characterId()).orElseThrow(
                () -> new CorruptDataException("scenarios.ai_character_id of scenario " + scenario.id()
                        + " names no ai_characters row: " + scenario.characterId(), null));
        return new FullScenario(scenario, character);
    }

    private static Optional<UUID> parseUuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
