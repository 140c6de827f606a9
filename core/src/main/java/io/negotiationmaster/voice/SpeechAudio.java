package io.negotiationmaster.voice;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;

/**
 * Synthesised speech handed back to the host to play.
 *
 * @param bytes the encoded audio (copied in and out)
 * @param format its container
 * @param duration how long it plays
 */
public record SpeechAudio(byte[] bytes, AudioFormat format, Duration duration) {

    /** Validates and copies the bytes. */
    public SpeechAudio {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, was " + duration);
        }
        bytes = bytes.clone();
    }

    /** A copy of the encoded audio. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SpeechAudio a && Arrays.equals(bytes, a.bytes) && format == a.format
                && duration.equals(a.duration);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bytes), format, duration);
    }

    @Override
    public String toString() {
        return "SpeechAudio[" + bytes.length + " bytes, " + format + ", " + duration + "]";
    }
}
