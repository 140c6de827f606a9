package io.negotiationmaster.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * Which AI characters a listing returns. Listings are ordered by {@code slug}.
 *
 * @param activeOnly whether inactive characters are left out
 * @param role the role they must have, if any
 */
public record CharacterFilter(boolean activeOnly, Optional<CharacterRole> role) {

    /** Requires the role as an {@link Optional}. */
    public CharacterFilter {
        Objects.requireNonNull(role, "role");
    }

    /** Every character, active or not. */
    public static CharacterFilter all() {
        return new CharacterFilter(false, Optional.empty());
    }

    /** Every active character. */
    public static CharacterFilter active() {
        return new CharacterFilter(true, Optional.empty());
    }

    /** This filter restricted to {@code newRole}. */
    public CharacterFilter role(CharacterRole newRole) {
        return new CharacterFilter(activeOnly, Optional.of(newRole));
    }

    /** Whether {@code character} passes this filter. */
    public boolean matches(AiCharacter character) {
        return (!activeOnly || character.active()) && role.map(r -> r == character.role()).orElse(true);
    }
}
