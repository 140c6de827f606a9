package io.negotiationmaster.scenario;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The editable content of an AI character, as given to {@link Characters#create} and {@link Characters#update}.
 * Null checks only; the catalog rules (ranges, slug format, tactic codes) run in the facet and throw
 * {@link io.negotiationmaster.error.ValidationException} naming the field.
 *
 * @param slug unique, stable slug
 * @param name name
 * @param description public background
 * @param role buyer, seller or mediator
 * @param personality Big Five
 * @param behavior behaviour parameters
 * @param interests interests template
 * @param batnaMin low end of the reservation range
 * @param batnaMax high end of the reservation range
 * @param communicationStyle how it talks
 * @param tactics tactics it may use
 * @param confidentialInstructions private guidance
 */
public record CharacterDraft(String slug, String name, String description, CharacterRole role,
        PersonalityProfile personality, BehaviorParameters behavior, InterestsTemplate interests,
        Optional<BigDecimal> batnaMin, Optional<BigDecimal> batnaMax, String communicationStyle,
        NegotiationTactics tactics, Optional<String> confidentialInstructions) {

    /** Requires the optionals to be present as {@link Optional} (possibly empty). */
    public CharacterDraft {
        Objects.requireNonNull(batnaMin, "batnaMin");
        Objects.requireNonNull(batnaMax, "batnaMax");
        Objects.requireNonNull(confidentialInstructions, "confidentialInstructions");
    }
}
