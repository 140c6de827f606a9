package io.negotiationmaster.voice;

import java.util.Objects;
import java.util.Optional;
import java.time.Instant;

/**
 * Words the host's own recogniser (a browser's Web Speech API) already heard, with when they were said.
 *
 * @param text the words
 * @param start when the user started speaking
 * @param end when the user stopped, not before {@code start}
 * @param confidence the recogniser's confidence 0–1, if it gave one
 */
public record SpokenText(String text, Instant start, Instant end, Optional<Double> confidence) {

    /** Validates. */
    public SpokenText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(confidence, "confidence");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start, was " + end + " < " + start);
        }
        confidence.ifPresent(c -> {
            if (!(c >= 0 && c <= 1)) {
                throw new IllegalArgumentException("confidence must be 0-1, was " + c);
            }
        });
    }

    /** Words without a confidence. */
    public SpokenText(String text, Instant start, Instant end) {
        this(text, start, end, Optional.empty());
    }
}
