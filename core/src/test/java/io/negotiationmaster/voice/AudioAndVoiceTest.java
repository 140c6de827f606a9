package io.negotiationmaster.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import io.negotiationmaster.scenario.CharacterConfig;
import io.negotiationmaster.scenario.PersonalityProfile;
import io.negotiationmaster.voice.internal.AudioDurations;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Audio formats, WAV lengths and the counterpart's voice. */
class AudioAndVoiceTest {

    @Test
    void formatsAreReadFromExtensionsAndMimeTypesAndOthersAreRefused() {
        assertThat(AudioFormat.parse("audio/webm;codecs=opus")).isEqualTo(AudioFormat.WEBM);
        assertThat(AudioFormat.parse("WAV")).isEqualTo(AudioFormat.WAV);
        assertThat(AudioFormat.parse("audio/mpeg")).isEqualTo(AudioFormat.MP3);
        assertThatThrownBy(() -> AudioFormat.parse("audio/x-aiff")).isInstanceOf(AudioRejectedException.class)
                .hasMessageContaining("audio/x-aiff is not supported")
                .extracting(e -> ((AudioRejectedException) e).reason())
                .isEqualTo(AudioRejectedException.Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void aWavClipKnowsItsLengthFromItsHeader() {
        AudioClip clip = new AudioClip(AudioDurations.silentWav(Duration.ofMillis(2500), 16000), AudioFormat.WAV);

        assertThat(clip.duration()).contains(Duration.ofMillis(2500));
        assertThat(new AudioClip(new byte[10], AudioFormat.WEBM).duration()).isEmpty();
    }

    @Test
    void aStreamedWavHeaderIsRepairedToTheBytesPresent() {
        byte[] wav = AudioDurations.silentWav(Duration.ofSeconds(1), 8000);
        wav[4] = (byte) 0xff;
        wav[40] = (byte) 0xff;
        wav[41] = (byte) 0xff;
        wav[42] = (byte) 0xff;
        wav[43] = (byte) 0x7f;

        assertThat(AudioDurations.wav(wav)).contains(Duration.ofSeconds(1));
        assertThat(AudioDurations.wav(AudioDurations.fixWavSizes(wav))).contains(Duration.ofSeconds(1));
        assertThat(AudioDurations.fixWavSizes(wav)[43]).isZero();
    }

    @Test
    void anMp3LengthComesFromItsFrameBitRate() {
        byte[] mp3 = new byte[16_000];
        mp3[0] = (byte) 0xff;
        mp3[1] = (byte) 0xfb;      // MPEG-1 Layer III
        mp3[2] = (byte) 0x90;      // 128 kbit/s

        assertThat(AudioDurations.mp3(mp3)).contains(Duration.ofSeconds(1));
    }

    @Test
    void theRegisterComesFromTheConfigOrTheFirstNameAndThePaceFromThePersonality() {
        CharacterConfig plain = new CharacterConfig("Sarah Chen", "Dealer", "", "", "", 0.5, 0.5, "abc");
        CharacterConfig declared = new CharacterConfig("Sam Lee", "Dealer", "", "", "", 0.5, 0.5, null,
                Map.of("gender", TextNode.valueOf("male")));

        assertThat(SpeakingVoice.gender(plain, "Sarah Chen")).isEqualTo(VoiceGender.FEMALE);
        assertThat(SpeakingVoice.gender(declared, "Sam Lee")).isEqualTo(VoiceGender.MALE);
        assertThat(SpeakingVoice.gender(plain, "Quinn Morgan")).isEqualTo(VoiceGender.UNSPECIFIED);
        int lively = SpeakingVoice.pace(new PersonalityProfile(0.5, 0.5, 0.9, 0.5, 0.8));
        int calm = SpeakingVoice.pace(new PersonalityProfile(0.5, 0.5, 0.1, 0.5, 0.1));
        assertThat(lively).isGreaterThan(SpeakingVoice.AVERAGE_WORDS_PER_MINUTE).isGreaterThan(calm);
        assertThat(calm).isLessThan(SpeakingVoice.AVERAGE_WORDS_PER_MINUTE).isGreaterThanOrEqualTo(120);
    }

    @Test
    void optionsRefuseLimitsOutOfRange() {
        assertThatThrownBy(() -> VoiceOptions.defaults().withMaxUtterance(Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxUtterance");
        assertThat(VoiceOptions.defaults().maxAudioBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(VoiceOptions.defaults().maxUtterance()).isEqualTo(Duration.ofSeconds(60));
    }
}
