package io.negotiationmaster.voice.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.negotiationmaster.voice.AudioClip;
import io.negotiationmaster.voice.AudioFormat;
import io.negotiationmaster.voice.SpeakingVoice;
import io.negotiationmaster.voice.SpeechAudio;
import io.negotiationmaster.voice.SpeechToText;
import io.negotiationmaster.voice.TextToSpeech;
import io.negotiationmaster.voice.Transcription;
import io.negotiationmaster.voice.VoiceProviderException;
import io.negotiationmaster.voice.internal.AudioDurations;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * An OpenAI-compatible speech API: {@code POST /v1/audio/transcriptions} (multipart {@code model}, {@code file},
 * {@code response_format=verbose_json}) and {@code POST /v1/audio/speech} (JSON {@code model}, {@code input},
 * {@code voice}, {@code response_format}). Works with OpenAI and with self-hosted servers speaking the same API.
 *
 * <p>The reply voice is the character's {@code voice_id} when it names one of this API's voices, otherwise a
 * female ({@code nova}) or male ({@code onyx}) voice from its register, otherwise the default voice.
 */
public final class OpenAiSpeech implements SpeechToText, TextToSpeech {
    /** The voices of OpenAI's speech endpoint. */
    public static final Set<String> VOICES = Set.of("alloy", "ash", "ballad", "coral", "echo", "fable", "nova", "onyx",
            "sage", "shimmer", "verse");
    private static final String NAME = "openai";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpVoiceSettings settings;
    private final String transcriptionModel;
    private final String speechModel;
    private final String defaultVoice;
    private final AudioFormat replyFormat;
    private final ProviderHttp http;

    /**
     * @param settings base URL, key, timeout
     * @param transcriptionModel e.g. {@code whisper-1}
     * @param speechModel e.g. {@code tts-1}
     * @param defaultVoice the voice when the character gives no usable hint, e.g. {@code alloy}
     * @param replyFormat the audio format asked for (WAV gives exact playback lengths)
     */
    public OpenAiSpeech(HttpVoiceSettings settings, String transcriptionModel, String speechModel,
            String defaultVoice, AudioFormat replyFormat) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.transcriptionModel = requireText(transcriptionModel, "transcriptionModel");
        this.speechModel = requireText(speechModel, "speechModel");
        this.defaultVoice = requireText(defaultVoice, "defaultVoice");
        this.replyFormat = Objects.requireNonNull(replyFormat, "replyFormat");
        if (replyFormat != AudioFormat.WAV && replyFormat != AudioFormat.MP3) {
            throw new IllegalArgumentException("replyFormat must be WAV or MP3, was " + replyFormat);
        }
        this.http = new ProviderHttp(NAME, settings);
    }

    /** {@code whisper-1}, {@code tts-1}, voice {@code alloy}, WAV replies. */
    public static OpenAiSpeech of(HttpVoiceSettings settings) {
        return new OpenAiSpeech(settings, "whisper-1", "tts-1", "alloy", AudioFormat.WAV);
    }

    @Override
    public String name() {
        return NAME;
    }

    /**
     * The words in {@code clip}, with the confidence derived from the segments' mean log-probability and the length
     * the server reports.
     *
     * @throws VoiceProviderException on an HTTP error, a timeout or an unreadable answer
     */
    @Override
    public Transcription transcribe(AudioClip clip) {
        Objects.requireNonNull(clip, "clip");
        String boundary = "nm-" + UUID.nameUUIDFromBytes(clip.bytes()).toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream(clip.size() + 1024);
        field(body, boundary, "model", transcriptionModel);
        field(body, boundary, "response_format", "verbose_json");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"speech."
                + clip.format().extension() + "\"\r\nContent-Type: " + clip.format().mimeType() + "\r\n\r\n");
        body.writeBytes(clip.bytes());
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(settings.resolve("/v1/audio/transcriptions"))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                .build();
        JsonNode answer = parse(http.send(request));
        JsonNode text = answer.get("text");
        if (text == null || !text.isTextual()) {
            throw new VoiceProviderException(NAME, NAME + " transcription has no text field", Optional.empty(), false,
                    null);
        }
        Optional<Duration> length = Optional.ofNullable(answer.get("duration")).filter(JsonNode::isNumber)
                .map(d -> Duration.ofMillis(Math.round(d.asDouble() * 1000)));
        return new Transcription(text.asText().strip(), confidence(answer.get("segments")), length);
    }

    /**
     * {@code text} spoken in the voice chosen for {@code voice}, in the configured format.
     *
     * @throws VoiceProviderException on an HTTP error, a timeout or empty audio
     */
    @Override
    public SpeechAudio synthesize(String text, SpeakingVoice voice) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(voice, "voice");
        ObjectNode json = JSON.createObjectNode().put("model", speechModel).put("input", text)
                .put("voice", voiceFor(voice)).put("response_format", replyFormat.extension());
        HttpRequest request = HttpRequest.newBuilder(settings.resolve("/v1/audio/speech"))
                .timeout(settings.timeout())
                .header("Authorization", "Bearer " + settings.apiKey())
                .header("Content-Type", "application/json")
                .header("Accept", replyFormat.mimeType())
                .POST(HttpRequest.BodyPublishers.ofString(json.toString(), StandardCharsets.UTF_8))
                .build();
        byte[] audio = http.send(request);
        if (audio.length == 0) {
            throw new VoiceProviderException(NAME, NAME + " returned no audio", Optional.empty(), false, null);
        }
        Duration length = (replyFormat == AudioFormat.WAV ? AudioDurations.wav(audio) : AudioDurations.mp3(audio))
                .orElseGet(() -> SpokenLength.estimate(text, voice));
        return new SpeechAudio(audio, replyFormat, length);
    }

    /** The API voice for {@code voice}. */
    public String voiceFor(SpeakingVoice voice) {
        Optional<String> named = voice.voiceId().map(v -> v.toLowerCase(Locale.ROOT)).filter(VOICES::contains);
        if (named.isPresent()) {
            return named.get();
        }
        return switch (voice.gender()) {
            case FEMALE -> "nova";
            case MALE -> "onyx";
            case UNSPECIFIED -> defaultVoice;
        };
    }

    private static Optional<Double> confidence(JsonNode segments) {
        if (segments == null || !segments.isArray() || segments.isEmpty()) {
            return Optional.empty();
        }
        double sum = 0;
        int n = 0;
        for (JsonNode s : segments) {
            JsonNode lp = s.get("avg_logprob");
            if (lp != null && lp.isNumber()) {
                sum += lp.asDouble();
                n++;
            }
        }
        return n == 0 ? Optional.empty() : Optional.of(Math.max(0, Math.min(1, Math.exp(sum / n))));
    }

    private static JsonNode parse(byte[] body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new VoiceProviderException(NAME, NAME + " answered with unreadable JSON: " + e.getMessage(),
                    Optional.empty(), false, e);
        }
    }

    private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n");
    }

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    @Override
    public String toString() {
        return "OpenAiSpeech[" + settings + ", " + transcriptionModel + ", " + speechModel + "]";
    }
}
