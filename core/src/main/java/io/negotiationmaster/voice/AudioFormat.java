package io.negotiationmaster.voice;

import java.util.Locale;
import java.util.Objects;

/** The audio containers the voice facet accepts and produces. */
public enum AudioFormat {
    /** RIFF WAVE (PCM). */
    WAV("audio/wav", "wav"),
    /** MPEG-1/2 Layer III. */
    MP3("audio/mpeg", "mp3"),
    /** Ogg (Vorbis or Opus). */
    OGG("audio/ogg", "ogg"),
    /** WebM (Opus), what browsers' MediaRecorder produces. */
    WEBM("audio/webm", "webm"),
    /** FLAC. */
    FLAC("audio/flac", "flac"),
    /** MPEG-4 audio (AAC). */
    M4A("audio/mp4", "m4a");

    private final String mimeType;
    private final String extension;

    AudioFormat(String mimeType, String extension) {
        this.mimeType = mimeType;
        this.extension = extension;
    }

    /** The MIME type, e.g. {@code audio/wav}. */
    public String mimeType() {
        return mimeType;
    }

    /** The file extension without dot, e.g. {@code wav}; also the OpenAI {@code response_format}. */
    public String extension() {
        return extension;
    }

    /**
     * The format named by an extension ({@code wav}), a MIME type ({@code audio/webm;codecs=opus}) or a constant
     * name.
     *
     * @throws AudioRejectedException with reason {@link AudioRejectedException.Reason#UNSUPPORTED_FORMAT} for
     *     anything else
     */
    public static AudioFormat parse(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip().toLowerCase(Locale.ROOT);
        int semicolon = n.indexOf(';');
        if (semicolon >= 0) {
            n = n.substring(0, semicolon).strip();
        }
        for (AudioFormat f : values()) {
            if (n.equals(f.extension) || n.equals(f.mimeType) || n.equals(f.name().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        switch (n) {
            case "audio/x-wav", "audio/wave", "audio/vnd.wave", "wave" -> {
                return WAV;
            }
            case "audio/mp3", "mpeg", "mpga" -> {
                return MP3;
            }
            case "audio/x-m4a", "mp4", "audio/aac" -> {
                return M4A;
            }
            case "oga", "opus", "audio/opus" -> {
                return OGG;
            }
            default -> throw new AudioRejectedException(AudioRejectedException.Reason.UNSUPPORTED_FORMAT,
                    "audio format " + name + " is not supported; use one of wav, mp3, ogg, webm, flac, m4a");
        }
    }
}
