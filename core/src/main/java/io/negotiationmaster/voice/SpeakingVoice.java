package io.negotiationmaster.voice;

import com.fasterxml.jackson.databind.JsonNode;
import io.negotiationmaster.scenario.AiCharacter;
import io.negotiationmaster.scenario.CharacterConfig;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.PersonalityProfile;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How the counterpart sounds: its provider voice id ({@code ai_character_config.voice_id}), and for providers
 * without that voice a register and a pace derived from the character.
 *
 * @param voiceId the text-to-speech voice id, if the scenario names one
 * @param name the character's name (for logs and the register guess)
 * @param gender the register, from {@code ai_character_config.gender} (or {@code voice_gender}) or the first name
 * @param wordsPerMinute speaking pace, 80–260
 */
public record SpeakingVoice(Optional<String> voiceId, String name, VoiceGender gender, int wordsPerMinute) {
    /** The pace of an average speaker. */
    public static final int AVERAGE_WORDS_PER_MINUTE = 165;
    private static final Set<String> FEMALE_NAMES = Set.of("sarah", "maria", "priya", "claire", "aisha", "maya",
            "anna", "emma", "olivia", "sophia", "laura", "julia", "linda", "susan", "karen", "lisa", "nancy", "mary",
            "jennifer", "elizabeth", "jessica", "emily", "hannah", "grace", "chloe", "zoe", "fatima", "mei", "yuki",
            "elena", "sofia", "lucia", "amelia", "alice", "rachel", "rebecca", "natalie", "nina", "diana", "helen");
    private static final Set<String> MALE_NAMES = Set.of("david", "tom", "greg", "victor", "john", "james", "robert",
            "michael", "william", "richard", "joseph", "thomas", "charles", "daniel", "matthew", "mark", "paul",
            "steven", "andrew", "kevin", "brian", "george", "edward", "peter", "frank", "raj", "omar", "ahmed", "wei",
            "hiroshi", "carlos", "luis", "marco", "ivan", "alex", "ben", "sam", "jack", "henry", "oliver");

    /** Validates. */
    public SpeakingVoice {
        Objects.requireNonNull(voiceId, "voiceId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(gender, "gender");
        if (wordsPerMinute < 80 || wordsPerMinute > 260) {
            throw new IllegalArgumentException("wordsPerMinute must be 80-260, was " + wordsPerMinute);
        }
    }

    /** A neutral voice at average pace (tools and tests). */
    public static SpeakingVoice neutral() {
        return new SpeakingVoice(Optional.empty(), "counterpart", VoiceGender.UNSPECIFIED, AVERAGE_WORDS_PER_MINUTE);
    }

    /**
     * The scenario's counterpart: its {@code voice_id}; its register from the config's {@code gender} or
     * {@code voice_gender} field, else guessed from the first name; its pace faster with extraversion and with
     * neuroticism (nervous people hurry), slower for calm introverts.
     */
    public static SpeakingVoice of(FullScenario scenario) {
        CharacterConfig config = scenario.scenario().characterConfig();
        AiCharacter character = scenario.character();
        String name = config.name() != null && !config.name().isBlank() ? config.name() : character.name();
        Optional<String> voiceId = Optional.ofNullable(config.voiceId()).filter(v -> !v.isBlank());
        return new SpeakingVoice(voiceId, name, gender(config, name), pace(character.personality()));
    }

    static VoiceGender gender(CharacterConfig config, String name) {
        for (String key : new String[] {"gender", "voice_gender"}) {
            JsonNode value = config.extra().get(key);
            if (value != null && value.isTextual()) {
                String g = value.asText().strip().toLowerCase(Locale.ROOT);
                if (g.startsWith("f") || g.equals("woman")) {
                    return VoiceGender.FEMALE;
                }
                if (g.startsWith("m") || g.equals("man")) {
                    return VoiceGender.MALE;
                }
            }
        }
        String first = name.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        return FEMALE_NAMES.contains(first) ? VoiceGender.FEMALE
                : MALE_NAMES.contains(first) ? VoiceGender.MALE : VoiceGender.UNSPECIFIED;
    }

    static int pace(PersonalityProfile p) {
        double wpm = AVERAGE_WORDS_PER_MINUTE + 50 * (p.extraversion() - 0.5) + 30 * (p.neuroticism() - 0.5);
        return (int) Math.round(Math.max(120, Math.min(220, wpm)));
    }
}
