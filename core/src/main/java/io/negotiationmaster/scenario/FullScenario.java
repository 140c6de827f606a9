package io.negotiationmaster.scenario;

import java.util.Objects;

/**
 * A scenario with its character, confidential parts included. ENGINE-ONLY: returned by {@link ScenarioCatalog}
 * and never to be handed to a trainee or serialised to a client.
 *
 * @param scenario the scenario
 * @param character the AI character it names
 */
public record FullScenario(Scenario scenario, AiCharacter character) {

    /** Requires both, and that they belong together. */
    public FullScenario {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(character, "character");
        if (!scenario.characterId().equals(character.id())) {
            throw new IllegalArgumentException("character must be the scenario's character " + scenario.characterId()
                    + ", was " + character.id());
        }
    }
}
