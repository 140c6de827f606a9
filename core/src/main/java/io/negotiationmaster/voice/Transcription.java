package io.negotiationmaster.voice;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link SpeechToText} heard.
 *
 * @param text the words recognised (possibly blank when nothing was said)
 * @param confidence the recogniser's confidence 0–1, if it gives one
 * @param duration the length of the audio it heard, if it reports it
 */
public record Transcription(String text, Optional<Double> confidence, Optional<Duration> duration) {

    /** Validates. */
    public Transcription {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(confidence, "confidence");
        Objects.requireNonNull(duration, "duration");
        confidence.ifPresent(c -> {
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("confidence must be 0-1, was " + c);
            }
        });
    }
}
