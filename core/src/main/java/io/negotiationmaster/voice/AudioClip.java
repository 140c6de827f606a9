package io.negotiationmaster.voice;

import io.negotiationmaster.voice.internal.AudioDurations;
import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * A complete piece of user audio: the bytes of one utterance in a container format.
 *
 * @param bytes the encoded audio (copied in and out)
 * @param format its container
 * @param declaredDuration how long it lasts, when the host knows (otherwise read from WAV and MP3 headers)
 */
public record AudioClip(byte[] bytes, AudioFormat format, Optional<Duration> declaredDuration) {

    /** Validates and copies the bytes. */
    public AudioClip {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(declaredDuration, "declaredDuration");
        declaredDuration.ifPresent(d -> {
            if (d.isNegative()) {
                throw new IllegalArgumentException("declaredDuration must not be negative, was " + d);
            }
        });
        bytes = bytes.clone();
    }

    /** A clip whose length is read from its headers. */
    public AudioClip(byte[] bytes, AudioFormat format) {
        this(bytes, format, Optional.empty());
    }

    /** A copy of the encoded audio. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The number of encoded bytes. */
    public int size() {
        return bytes.length;
    }

    /** How long it lasts: the declared length, else what the WAV or MP3 headers say, else unknown. */
    public Optional<Duration> duration() {
        if (declaredDuration.isPresent()) {
            return declaredDuration;
        }
        return switch (format) {
            case WAV -> AudioDurations.wav(bytes);
            case MP3 -> AudioDurations.mp3(bytes);
            default -> Optional.empty();
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AudioClip c && Arrays.equals(bytes, c.bytes) && format == c.format
                && declaredDuration.equals(c.declaredDuration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bytes), format, declaredDuration);
    }

    @Override
    public String toString() {
        return "AudioClip[" + bytes.length + " bytes, " + format + ", " + duration().map(Duration::toString)
                .orElse("length unknown") + "]";
    }
}
