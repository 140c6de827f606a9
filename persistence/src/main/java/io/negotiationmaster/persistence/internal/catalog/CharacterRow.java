package io.negotiationmaster.persistence.internal.catalog;

import io.negotiationmaster.scenario.AiCharacter;
import io.negotiationmaster.scenario.BehaviorParameters;
import io.negotiationmaster.scenario.CharacterRole;
import io.negotiationmaster.scenario.InterestsTemplate;
import io.negotiationmaster.scenario.NegotiationTactics;
import io.negotiationmaster.scenario.PersonalityProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** An {@code ai_characters} row exactly as stored (nullable columns as nulls). */
public record CharacterRow(UUID id, String slug, String name, String description, String role,
        PersonalityProfile personalityProfile, BehaviorParameters behaviorParameters,
        InterestsTemplate interestsTemplate, BigDecimal batnaRangeMin, BigDecimal batnaRangeMax,
        String communicationStyle, NegotiationTactics negotiationTactics, String confidentialInstructions,
        Boolean isActive, Instant createdAt, Instant updatedAt) {

    static CharacterRow of(AiCharacter c) {
        return new CharacterRow(c.id(), c.slug(), c.name(), c.description(), c.role().name().toLowerCase(Locale.ROOT),
                c.personality(), c.behavior(), c.interests(), c.batnaMin().orElse(null), c.batnaMax().orElse(null),
                c.communicationStyle(), c.tactics(), c.confidentialInstructions().orElse(null), c.active(),
                c.createdAt(), c.updatedAt());
    }

    AiCharacter toCharacter() {
        return new AiCharacter(id, slug, name, description, CharacterRole.valueOf(role.toUpperCase(Locale.ROOT)),
                personalityProfile, behaviorParameters, interestsTemplate, Optional.ofNullable(batnaRangeMin),
                Optional.ofNullable(batnaRangeMax), communicationStyle, negotiationTactics,
                Optional.ofNullable(confidentialInstructions), Boolean.TRUE.equals(isActive), createdAt, updatedAt);
    }
}
