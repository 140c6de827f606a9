package io.negotiationmaster.voice.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.negotiationmaster.voice.AudioFormat;
import io.negotiationmaster.voice.SpeakingVoice;
import io.negotiationmaster.voice.SpeechAudio;
import io.negotiationmaster.voice.TextToSpeech;
import io.negotiationmaster.voice.VoiceProviderException;
import io.negotiationmaster.voice.internal.AudioDurations;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * ElevenLabs text-to-speech: {@code POST /v1/text-to-speech/{voice_id}} with header {@code xi-api-key}, JSON
 * {@code text} and {@code model_id}, {@code Accept: audio/mpeg}. The voice is the character's {@code voice_id}
 * (the bundled scenarios name ElevenLabs voices), else the configured default voice.
 */
public final class ElevenLabsTextToSpeech implements TextToSpeech {
    private static final String NAME = "elevenlabs";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpVoiceSettings settings;
    private final String modelId;
    private final String defaultVoiceId;
    private final ProviderHttp http;

    /**
     * @param settings base URL, key, timeout
     * @param modelId e.g. {@code eleven_multilingual_v2}
     * @param defaultVoiceId the voice for characters without a {@code voice_id}
     */
    public ElevenLabsTextToSpeech(HttpVoiceSettings settings, String modelId, String defaultVoiceId) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.modelId = Objects.requireNonNull(modelId, "modelId");
        this.defaultVoiceId = Objects.requireNonNull(defaultVoiceId, "defaultVoiceId");
        if (modelId.isBlank() || defaultVoiceId.isBlank()) {
            throw new IllegalArgumentException("modelId and defaultVoiceId must not be blank");
        }
        this.http = new ProviderHttp(NAME, settings);
    }

    /** Model {@code eleven_multilingual_v2}, default voice {@code 21m00Tcm4TlvDq8ikWAM}. */
    public static ElevenLabsTextToSpeech of(HttpVoiceSettings settings) {
        return new ElevenLabsTextToSpeech(settings, "eleven_multilingual_v2", "21m00Tcm4TlvDq8ikWAM");
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * {@code text} as MP3 in the character's voice; the playback length comes from the MP3 frame header (constant
     * bit rate), else from the text at the voice's pace.
     *
     * @throws VoiceProviderException on an HTTP error, a timeout or empty audio
     */
    @Override
    public SpeechAudio synthesize(String text, SpeakingVoice voice) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        String voiceId = voice.voiceId().orElse(defaultVoiceId);
        String body = JSON.createObjectNode().put("text", text).put("model_id", modelId).toString();
        HttpRequest request = HttpRequest.newBuilder(settings.resolve("/v1/text-to-speech/"
                        + URLEncoder.encode(voiceId, StandardCharsets.UTF_8)))
                .timeout(settings.timeout())
                .header("xi-api-key", settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", AudioFormat.MP3.mimeType())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        byte[] audio = http.send(request);
        if (audio.length == 0) {
            throw new VoiceProviderException(NAME, NAME + " returned no audio", Optional.empty(), false, null);
        }
        Duration length = AudioDurations.mp3(audio).orElseGet(() -> SpokenLength.estimate(text, voice));
        return new SpeechAudio(audio, AudioFormat.MP3, length);
    }

    @Override
    public String toString() {
        return "ElevenLabsTextToSpeech[" + settings + ", " + modelId + "]";
    }
}
