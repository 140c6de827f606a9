package io.negotiationmaster.scenario;

import java.util.Objects;
import java.util.Optional;

/**
 * Which scenarios a listing returns: difficulty between {@code minDifficulty} and {@code maxDifficulty} inclusive,
 * optionally only active ones, optionally only those whose character has a given role. Listings are ordered by
 * {@code difficulty_level}, then {@code slug}.
 *
 * <p>For a SQL implementation: {@code difficulty_level BETWEEN #{minDifficulty} AND #{maxDifficulty}},
 * {@code AND is_active} when {@link #activeOnly()}, and a join on {@code ai_characters.role = #{role code}} when
 * {@link #characterRole()} is present.
 *
 * @param minDifficulty lowest difficulty, 1–7
 * @param maxDifficulty highest difficulty, {@code minDifficulty}–7
 * @param activeOnly whether inactive scenarios are left out
 * @param characterRole the role the scenario's character must have, if any
 */
public record ScenarioFilter(int minDifficulty, int maxDifficulty, boolean activeOnly,
        Optional<CharacterRole> characterRole) {

    /** Validates the difficulty bounds. */
    public ScenarioFilter {
        if (minDifficulty < 1 || minDifficulty > 7) {
            throw new IllegalArgumentException("minDifficulty must be 1-7, was " + minDifficulty);
        }
        if (maxDifficulty < minDifficulty || maxDifficulty > 7) {
            throw new IllegalArgumentException(
                    "maxDifficulty must be " + minDifficulty + "-7, was " + maxDifficulty);
        }
        Objects.requireNonNull(characterRole, "characterRole");
    }

    /** Every scenario, active or not. */
    public static ScenarioFilter all() {
        return new ScenarioFilter(1, 7, false, Optional.empty());
    }

    /** Every active scenario. */
    public static ScenarioFilter active() {
        return new ScenarioFilter(1, 7, true, Optional.empty());
    }

    /** This filter restricted to exactly {@code difficulty}. */
    public ScenarioFilter difficulty(int difficulty) {
        return new ScenarioFilter(difficulty, difficulty, activeOnly, characterRole);
    }

    /** This filter restricted to difficulties {@code min}–{@code max}. */
    public ScenarioFilter difficulty(int min, int max) {
        return new ScenarioFilter(min, max, activeOnly, characterRole);
    }

    /** This filter restricted to scenarios whose character has {@code role}. */
    public ScenarioFilter role(CharacterRole role) {
        return new ScenarioFilter(minDifficulty, maxDifficulty, activeOnly, Optional.of(role));
    }

    /** Whether {@code scenario}, played by a character of {@code role}, passes this filter. */
    public boolean matches(Scenario scenario, CharacterRole role) {
        return scenario.difficulty() >= minDifficulty && scenario.difficulty() <= maxDifficulty
                && (!activeOnly || scenario.active())
                && characterRole.map(r -> r == role).orElse(true);
    }
}
