package io.negotiationmaster.voice;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits and behaviour of one voice session.
 *
 * @param maxUtterance the longest user utterance accepted (1 s – 10 min)
 * @param maxAudioBytes the most bytes one utterance may have (1 KB – 100 MB)
 * @param speakReplies whether replies are synthesised (when a {@link TextToSpeech} is configured)
 */
public record VoiceOptions(Duration maxUtterance, int maxAudioBytes, boolean speakReplies) {
    /** The default longest utterance: 60 seconds. */
    public static final Duration DEFAULT_MAX_UTTERANCE = Duration.ofSeconds(60);
    /** The default largest utterance: 10 MB. */
    public static final int DEFAULT_MAX_AUDIO_BYTES = 10 * 1024 * 1024;

    /** Validates the limits. */
    public VoiceOptions {
        Objects.requireNonNull(maxUtterance, "maxUtterance");
        if (maxUtterance.compareTo(Duration.ofSeconds(1)) < 0 || maxUtterance.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("maxUtterance must be 1 s to 10 min, was " + maxUtterance);
        }
        if (maxAudioBytes < 1024 || maxAudioBytes > 100 * 1024 * 1024) {
            throw new IllegalArgumentException("maxAudioBytes must be 1 KB to 100 MB, was " + maxAudioBytes);
        }
    }

    /** 60 s, 10 MB, replies spoken. */
    public static VoiceOptions defaults() {
        return new VoiceOptions(DEFAULT_MAX_UTTERANCE, DEFAULT_MAX_AUDIO_BYTES, true);
    }

    /** These options with another longest utterance. */
    public VoiceOptions withMaxUtterance(Duration max) {
        return new VoiceOptions(max, maxAudioBytes, speakReplies);
    }

    /** These options with another byte limit. */
    public VoiceOptions withMaxAudioBytes(int max) {
        return new VoiceOptions(maxUtterance, max, speakReplies);
    }

    /** These options with replies spoken or not. */
    public VoiceOptions withSpeakReplies(boolean speak) {
        return new VoiceOptions(maxUtterance, maxAudioBytes, speak);
    }
}
