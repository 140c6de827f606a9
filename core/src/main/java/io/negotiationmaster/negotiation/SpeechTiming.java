package io.negotiationmaster.negotiation;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.time.Instant;

/**
 * When spoken words were said and how sure the speech recogniser was, stored in the message's metadata.
 *
 * @param start when the speaker started
 * @param end when the speaker stopped, not before {@code start}
 * @param confidence the recogniser's confidence 0–1, when it gave one
 */
public record SpeechTiming(Instant start, Instant end, Optional<BigDecimal> confidence) {

    /** Validates order and range. */
    public SpeechTiming {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(confidence, "confidence");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start, was " + end + " < " + start);
        }
        confidence.ifPresent(c -> {
            if (c.signum() < 0 || c.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("confidence must be 0-1, was " + c);
            }
        });
    }
}
