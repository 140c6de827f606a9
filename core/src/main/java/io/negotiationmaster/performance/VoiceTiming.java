package io.negotiationmaster.performance;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When a spoken message was being said, from the speech-to-text or text-to-speech timings.
 *
 * @param speechStart when speaking started
 * @param speechEnd when speaking ended, not before {@code speechStart}
 */
public record VoiceTiming(Instant speechStart, Instant speechEnd) {
    /** Validates that both instants are present and in order. */
    public VoiceTiming {
        Objects.requireNonNull(speechStart, "speechStart");
        Objects.requireNonNull(speechEnd, "speechEnd");
        if (speechEnd.isBefore(speechStart)) {
            throw new IllegalArgumentException("speechEnd must not be before speechStart");
        }
    }

    /** How long the speech lasted. */
    public Duration duration() {
        return Duration.between(speechStart, speechEnd);
    }
}
