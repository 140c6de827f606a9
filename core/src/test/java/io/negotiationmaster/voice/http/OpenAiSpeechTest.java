package io.negotiationmaster.voice.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationmaster.voice.AudioClip;
import io.negotiationmaster.voice.AudioFormat;
import io.negotiationmaster.voice.SpeakingVoice;
import io.negotiationmaster.voice.SpeechAudio;
import io.negotiationmaster.voice.Transcription;
import io.negotiationmaster.voice.VoiceGender;
import io.negotiationmaster.voice.VoiceProviderException;
import io.negotiationmaster.voice.internal.AudioDurations;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The OpenAI-compatible adapter against a local stub server. */
class OpenAiSpeechTest {
    private static final SpeakingVoice SARAH = new SpeakingVoice(Optional.of("pNInz6obpgDQGcFmaJgB"), "Sarah Chen",
            VoiceGender.FEMALE, 170);

    private static OpenAiSpeech client(StubServer server, Duration timeout) {
        return OpenAiSpeech.of(new HttpVoiceSettings(server.url(), "sk-test", timeout));
    }

    @Test
    void transcriptionPostsTheAudioAsMultipartAndReadsTextLengthAndConfidence() throws Exception {
        String answer = "{\"text\":\" Would you take 21,500? \",\"duration\":2.5,"
                + "\"segments\":[{\"avg_logprob\":-0.1},{\"avg_logprob\":-0.3}]}";
        byte[] wav = AudioDurations.silentWav(Duration.ofMillis(2500), 8000);
        try (StubServer server = StubServer.answering(200, "application/json",
                answer.getBytes(StandardCharsets.UTF_8))) {
            Transcription t = client(server, Duration.ofSeconds(5)).transcribe(new AudioClip(wav, AudioFormat.WAV));

            assertThat(t.text()).isEqualTo("Would you take 21,500?");
            assertThat(t.duration()).contains(Duration.ofMillis(2500));
            assertThat(t.confidence().orElseThrow()).isCloseTo(Math.exp(-0.2), org.assertj.core.data.Offset.offset(1e-9));
            StubServer.Received r = server.received().get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/v1/audio/transcriptions");
            assertThat(r.header("Authorization")).isEqualTo("Bearer sk-test");
            assertThat(r.header("Content-Type")).startsWith("multipart/form-data; boundary=");
            String body = new String(r.body(), StandardCharsets.ISO_8859_1);
            assertThat(body).contains("name=\"model\"\r\n\r\nwhisper-1\r\n")
                    .contains("name=\"file\"; filename=\"speech.wav\"\r\nContent-Type: audio/wav")
                    .contains("RIFF");
            assertThat(r.body().length).isGreaterThan(wav.length);
        }
    }

    @Test
    void speechPostsJsonWithTheVoiceAndFormatAndMeasuresTheWav() throws Exception {
        byte[] wav = AudioDurations.silentWav(Duration.ofMillis(1800), 24000);
        try (StubServer server = StubServer.answering(200, "audio/wav", wav)) {
            SpeechAudio audio = client(server, Duration.ofSeconds(5)).synthesize("I can do 23,000.", SARAH);

            assertThat(audio.format()).isEqualTo(AudioFormat.WAV);
            assertThat(audio.duration()).isEqualTo(Duration.ofMillis(1800));
            assertThat(audio.bytes()).isEqualTo(wav);
            StubServer.Received r = server.received().get(0);
            assertThat(r.path()).isEqualTo("/v1/audio/speech");
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            JsonNode json = new ObjectMapper().readTree(r.body());
            assertThat(json.get("model").asText()).isEqualTo("tts-1");
            assertThat(json.get("input").asText()).isEqualTo("I can do 23,000.");
            assertThat(json.get("voice").asText()).isEqualTo("nova");
            assertThat(json.get("response_format").asText()).isEqualTo("wav");
        }
    }

    @Test
    void aCharacterNamingAnApiVoiceKeepsIt() {
        OpenAiSpeech speech = OpenAiSpeech.of(new HttpVoiceSettings(java.net.URI.create("http://127.0.0.1:9"), "k",
                Duration.ofSeconds(1)));

        assertThat(speech.voiceFor(new SpeakingVoice(Optional.of("Shimmer"), "X", VoiceGender.MALE, 165)))
                .isEqualTo("shimmer");
        assertThat(speech.voiceFor(SpeakingVoice.neutral())).isEqualTo("alloy");
    }

    @Test
    void aProviderErrorIsATypedExceptionWithTheStatus() {
        try (StubServer server = StubServer.answering(500, "application/json",
                "{\"error\":\"overloaded\"}".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> client(server, Duration.ofSeconds(5)).synthesize("Hello", SARAH))
                    .isInstanceOf(VoiceProviderException.class).hasMessageContaining("HTTP 500")
                    .hasMessageContaining("overloaded")
                    .satisfies(e -> {
                        VoiceProviderException v = (VoiceProviderException) e;
                        assertThat(v.status()).contains(500);
                        assertThat(v.provider()).isEqualTo("openai");
                        assertThat(v.timedOut()).isFalse();
                    });
        }
    }

    @Test
    void aSlowProviderTimesOut() {
        try (StubServer server = StubServer.slow(3_000)) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> client(server, Duration.ofMillis(300)).transcribe(new AudioClip(
                    AudioDurations.silentWav(Duration.ofMillis(200), 8000), AudioFormat.WAV)))
                    .isInstanceOf(VoiceProviderException.class).hasMessageContaining("did not answer")
                    .satisfies(e -> assertThat(((VoiceProviderException) e).timedOut()).isTrue());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_500));
        }
    }
}
