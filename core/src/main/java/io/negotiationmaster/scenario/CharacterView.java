package io.negotiationmaster.scenario;

import java.util.Objects;
import java.util.UUID;

/**
 * What a trainee may see of an AI character. Never carries the BATNA range, the confidential instructions, the
 * interests, the behaviour parameters or the tactics.
 *
 * @param id the id
 * @param slug the slug
 * @param name the name
 * @param description public background
 * @param role buyer, seller or mediator
 * @param personality the Big Five profile
 * @param communicationStyle how it talks
 * @param active whether it is offered
 */
public record CharacterView(UUID id, String slug, String name, String description, CharacterRole role,
        PersonalityProfile personality, String communicationStyle, boolean active) {

    /** Requires every field. */
    public CharacterView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(personality, "personality");
        Objects.requireNonNull(communicationStyle, "communicationStyle");
    }
}
