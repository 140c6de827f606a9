package io.negotiationmaster.voice;

import io.negotiationmaster.negotiation.Party;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One stretch of speech on the session's timeline: a user utterance, or the playback of a counterpart reply (from
 * the instant it was handed back, for its audio's length).
 *
 * @param party who spoke
 * @param start when speech started
 * @param end when it ended, not before {@code start}
 */
public record Utterance(Party party, Instant start, Instant end) {

    /** Validates. */
    public Utterance {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end must not be before start, was " + end + " < " + start);
        }
    }

    /** How long it lasted. */
    public Duration length() {
        return Duration.between(start, end);
    }
}
