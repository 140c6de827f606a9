package io.negotiationmaster.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.voice.internal.AudioDurations;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The offline synthesiser, when {@code espeak-ng} is installed (Debian package {@code espeak-ng}). */
class EspeakTextToSpeechTest {

    private static EspeakTextToSpeech espeak() {
        Optional<EspeakTextToSpeech> found = EspeakTextToSpeech.detect();
        if (found.isEmpty()) {
            System.err.println("SKIPPED: espeak-ng is not installed at " + EspeakTextToSpeech.DEFAULT_EXECUTABLE
                    + " (apt-get install espeak-ng); offline text-to-speech test skipped");
        }
        Assumptions.assumeTrue(found.isPresent(), "espeak-ng is not installed");
        return found.get();
    }

    @Test
    void aReplyBecomesAValidWavOfPlausibleLength() {
        String text = "I can do twenty two thousand five hundred, and that includes the extended warranty.";
        SpeechAudio audio = espeak().synthesize(text, new SpeakingVoice(Optional.empty(), "Sarah Chen",
                VoiceGender.FEMALE, 165));

        byte[] bytes = audio.bytes();
        assertThat(audio.format()).isEqualTo(AudioFormat.WAV);
        assertThat(new String(Arrays.copyOfRange(bytes, 0, 4), StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(Arrays.copyOfRange(bytes, 8, 12), StandardCharsets.US_ASCII)).isEqualTo("WAVE");
        assertThat(AudioDurations.wav(bytes)).contains(audio.duration());
        // 14 words at 165 wpm is about 5 s of speech
        assertThat(audio.duration()).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(10));
    }

    @Test
    void aFasterVoiceSpeaksTheSameWordsInLessTime() {
        String text = "Let us meet in the middle and shake hands on it today.";
        EspeakTextToSpeech espeak = espeak();
        Duration slow = espeak.synthesize(text, new SpeakingVoice(Optional.empty(), "David", VoiceGender.MALE, 120))
                .duration();
        Duration fast = espeak.synthesize(text, new SpeakingVoice(Optional.empty(), "David", VoiceGender.MALE, 220))
                .duration();

        assertThat(fast).isLessThan(slow);
        assertThat(EspeakTextToSpeech.espeakVoice(new SpeakingVoice(Optional.empty(), "David", VoiceGender.MALE,
                165))).isEqualTo("en-us+m3");
    }

    @Test
    void aMissingProgramIsAProviderError() {
        EspeakTextToSpeech missing = new EspeakTextToSpeech(Path.of("/nonexistent/espeak-ng"), Duration.ofSeconds(5));

        assertThatThrownBy(() -> missing.synthesize("hello", SpeakingVoice.neutral()))
                .isInstanceOf(VoiceProviderException.class).hasMessageContaining("cannot run /nonexistent/espeak-ng");
    }
}
