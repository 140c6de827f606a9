package io.negotiationmaster.scenario;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of {@code ai_characters}: an AI negotiation partner, confidential parts included. Named {@code AiCharacter}
 * (not {@code Character}) so it never shadows {@link java.lang.Character} in code that imports it.
 *
 * <p>Only the engine and authoring tools see this type; trainees see {@link CharacterView}.
 *
 * @param id the id
 * @param slug the unique, stable slug, e.g. {@code sarah-chen-car-dealer}
 * @param name the character's name
 * @param description public background
 * @param role buyer, seller or mediator
 * @param personality the Big Five profile
 * @param behavior the engine's behaviour parameters (confidential)
 * @param interests the interests behind its positions (confidential)
 * @param batnaMin the low end of the range its reservation value is drawn from (confidential)
 * @param batnaMax the high end of that range (confidential)
 * @param communicationStyle how it talks (language patterns for the reply writer)
 * @param tactics the tactics it may use
 * @param confidentialInstructions private guidance (confidential)
 * @param active whether it is offered
 * @param createdAt creation time
 * @param updatedAt last modification time
 */
public record AiCharacter(UUID id, String slug, String name, String description, CharacterRole role,
        PersonalityProfile personality, BehaviorParameters behavior, InterestsTemplate interests,
        Optional<BigDecimal> batnaMin, Optional<BigDecimal> batnaMax, String communicationStyle,
        NegotiationTactics tactics, Optional<String> confidentialInstructions, boolean active, Instant createdAt,
        Instant updatedAt) {

    /** Requires every field (optional ones as {@link Optional}). */
    public AiCharacter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(personality, "personality");
        Objects.requireNonNull(behavior, "behavior");
        Objects.requireNonNull(interests, "interests");
        Objects.requireNonNull(batnaMin, "batnaMin");
        Objects.requireNonNull(batnaMax, "batnaMax");
        Objects.requireNonNull(communicationStyle, "communicationStyle");
        Objects.requireNonNull(tactics, "tactics");
        Objects.requireNonNull(confidentialInstructions, "confidentialInstructions");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Builds the stored character from a draft. */
    public static AiCharacter of(UUID id, CharacterDraft draft, boolean active, Instant createdAt,
            Instant updatedAt) {
        return new AiCharacter(id, draft.slug(), draft.name(), draft.description(), draft.role(),
                draft.personality(), draft.behavior(), draft.interests(), draft.batnaMin(), draft.batnaMax(),
                draft.communicationStyle(), draft.tactics(), draft.confidentialInstructions(), active, createdAt,
                updatedAt);
    }

    /** The editable content of this character. */
    public CharacterDraft draft() {
        return new CharacterDraft(slug, name, description, role, personality, behavior, interests, batnaMin,
                batnaMax, communicationStyle, tactics, confidentialInstructions);
    }

    /** This character with {@code active} and {@code updatedAt} changed. */
    public AiCharacter withActive(boolean newActive, Instant now) {
        return new AiCharacter(id, slug, name, description, role, personality, behavior, interests, batnaMin,
                batnaMax, communicationStyle, tactics, confidentialInstructions, newActive, createdAt, now);
    }

    /** What a trainee may see of this character. */
    public CharacterView view() {
        return new CharacterView(id, slug, name, description, role, personality, communicationStyle, active);
    }
}
