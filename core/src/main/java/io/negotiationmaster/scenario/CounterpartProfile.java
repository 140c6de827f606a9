package io.negotiationmaster.scenario;

/**
 * The public part of {@code ai_character_config}: who the trainee faces. Leaves out flexibility, patience and
 * unknown fields.
 *
 * @param name name
 * @param role job title as the trainee sees it
 * @param personality one-line sketch
 * @param initialPosition opening position in words
 * @param negotiationStyle style in words
 * @param voiceId the text-to-speech voice, or {@code null}
 */
public record CounterpartProfile(String name, String role, String personality, String initialPosition,
        String negotiationStyle, String voiceId) {

    /** The public part of {@code config}. */
    public static CounterpartProfile of(CharacterConfig config) {
        return new CounterpartProfile(config.name(), config.role(), config.personality(), config.initialPosition(),
                config.negotiationStyle(), config.voiceId());
    }
}
