package io.negotiationmaster.scenario.internal;

import io.negotiationmaster.scenario.AiCharacter;
import io.negotiationmaster.scenario.BehaviorParameters;
import io.negotiationmaster.scenario.CharacterDraft;
import io.negotiationmaster.scenario.CharacterRole;
import io.negotiationmaster.scenario.InterestsTemplate;
import io.negotiationmaster.scenario.NegotiationTactics;
import io.negotiationmaster.scenario.PersonalityProfile;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON shape of a character in an export document and in the bundled catalog: the {@code ai_characters}
 * columns by their column names. {@code id} and {@code is_active} are optional.
 *
 * @param id the id, or {@code null}
 * @param slug slug
 * @param name name
 * @param description description
 * @param role role code
 * @param personalityProfile Big Five
 * @param behaviorParameters behaviour
 * @param interestsTemplate interests
 * @param batnaRangeMin BATNA low
 * @param batnaRangeMax BATNA high
 * @param communicationStyle style
 * @param negotiationTactics tactics
 * @param confidentialInstructions private guidance
 * @param isActive active flag, or {@code null} for active
 */
public record CharacterDocument(UUID id, String slug, String name, String description, String role,
        PersonalityProfile personalityProfile, BehaviorParameters behaviorParameters,
        InterestsTemplate interestsTemplate, BigDecimal batnaRangeMin, BigDecimal batnaRangeMax,
        String communicationStyle, NegotiationTactics negotiationTactics, String confidentialInstructions,
        Boolean isActive) {

    /** The document of a stored character. */
    public static CharacterDocument of(AiCharacter c) {
        return new CharacterDocument(c.id(), c.slug(), c.name(), c.description(), c.role().code(),
                c.personality(), c.behavior(), c.interests(), c.batnaMin().orElse(null), c.batnaMax().orElse(null),
                c.communicationStyle(), c.tactics(), c.confidentialInstructions().orElse(null), c.active());
    }

    /**
     * The draft this document describes.
     *
     * @throws io.negotiationmaster.error.ValidationException (field {@code role}) for an unknown role
     */
    public CharacterDraft draft() {
        return new CharacterDraft(slug, name, description, CharacterRole.fromCode(role), personalityProfile,
                behaviorParameters, interestsTemplate, Optional.ofNullable(batnaRangeMin),
                Optional.ofNullable(batnaRangeMax), communicationStyle, negotiationTactics,
                Optional.ofNullable(confidentialInstructions));
    }

    /** Whether the document marks the character active (absent means active). */
    public boolean active() {
        return isActive == null || isActive;
    }
}
