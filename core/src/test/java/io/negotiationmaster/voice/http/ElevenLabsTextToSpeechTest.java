package io.negotiationmaster.voice.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationmaster.voice.AudioFormat;
import io.negotiationmaster.voice.SpeakingVoice;
import io.negotiationmaster.voice.SpeechAudio;
import io.negotiationmaster.voice.VoiceGender;
import io.negotiationmaster.voice.VoiceProviderException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ElevenLabs adapter against a local stub server. */
class ElevenLabsTextToSpeechTest {
    private static final SpeakingVoice SARAH = new SpeakingVoice(Optional.of("pNInz6obpgDQGcFmaJgB"), "Sarah Chen",
            VoiceGender.FEMALE, 170);

    private static ElevenLabsTextToSpeech client(StubServer server, Duration timeout) {
        return ElevenLabsTextToSpeech.of(new HttpVoiceSettings(server.url(), "xi-secret", timeout));
    }

    /** Two seconds of a 64 kbit/s MPEG-1 Layer III stream (header, then padding). */
    private static byte[] mp3() {
        byte[] mp3 = new byte[16_000];
        mp3[0] = (byte) 0xff;
        mp3[1] = (byte) 0xfb;
        mp3[2] = (byte) 0x50;
        return mp3;
    }

    @Test
    void speechPostsToTheCharactersVoiceWithTheKeyAndReadsTheMp3Length() throws Exception {
        try (StubServer server = StubServer.answering(200, "audio/mpeg", mp3())) {
            SpeechAudio audio = client(server, Duration.ofSeconds(5)).synthesize("That's my final offer.", SARAH);

            assertThat(audio.format()).isEqualTo(AudioFormat.MP3);
            assertThat(audio.duration()).isEqualTo(Duration.ofSeconds(2));
            StubServer.Received r = server.received().get(0);
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/v1/text-to-speech/pNInz6obpgDQGcFmaJgB");
            assertThat(r.header("xi-api-key")).isEqualTo("xi-secret");
            assertThat(r.header("Accept")).isEqualTo("audio/mpeg");
            JsonNode json = new ObjectMapper().readTree(r.body());
            assertThat(json.get("text").asText()).isEqualTo("That's my final offer.");
            assertThat(json.get("model_id").asText()).isEqualTo("eleven_multilingual_v2");
        }
    }

    @Test
    void aCharacterWithoutVoiceIdGetsTheDefaultVoice() {
        try (StubServer server = StubServer.answering(200, "audio/mpeg", mp3())) {
            client(server, Duration.ofSeconds(5)).synthesize("Hi.", SpeakingVoice.neutral());

            assertThat(server.received().get(0).path()).isEqualTo("/v1/text-to-speech/21m00Tcm4TlvDq8ikWAM");
        }
    }

    @Test
    void aProviderErrorIsATypedExceptionWithTheStatus() {
        try (StubServer server = StubServer.answering(500, "application/json",
                "{\"detail\":\"quota exceeded\"}".getBytes(StandardCharsets.UTF_8))) {
            assertThatThrownBy(() -> client(server, Duration.ofSeconds(5)).synthesize("Hello", SARAH))
                    .isInstanceOf(VoiceProviderException.class).hasMessageContaining("elevenlabs answered")
                    .hasMessageContaining("HTTP 500").hasMessageContaining("quota exceeded")
                    .satisfies(e -> assertThat(((VoiceProviderException) e).status()).contains(500));
        }
    }

    @Test
    void aSlowProviderTimesOut() {
        try (StubServer server = StubServer.slow(3_000)) {
            assertThatThrownBy(() -> client(server, Duration.ofMillis(300)).synthesize("Hello", SARAH))
                    .isInstanceOf(VoiceProviderException.class).hasMessageContaining("did not answer")
                    .satisfies(e -> assertThat(((VoiceProviderException) e).timedOut()).isTrue());
        }
    }
}
