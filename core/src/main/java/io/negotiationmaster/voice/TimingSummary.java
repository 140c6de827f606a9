package io.negotiationmaster.voice;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Timing analytics of a voice session (see {@link SpeechTimeline}).
 *
 * @param conversation from the first speech (or the session's start) to the last (or its end)
 * @param userSpeaking the user's total speaking time
 * @param counterpartSpeaking the counterpart's total playback time
 * @param userShare the user's share of all speaking time, 0–1; empty when nobody spoke
 * @param interruptions user utterances that started while the counterpart was still playing or over the user's own
 *     previous utterance
 * @param counterpartLatency mean time from the end of a user utterance to the start of the reply's playback
 * @param userLatency mean time from the end of a reply's playback to the user's next utterance (interruptions
 *     count as zero)
 * @param userUtterances user utterances
 * @param counterpartUtterances counterpart replies played
 */
public record TimingSummary(Duration conversation, Duration userSpeaking, Duration counterpartSpeaking,
        OptionalDouble userShare, int interruptions, Optional<Duration> counterpartLatency,
        Optional<Duration> userLatency, int userUtterances, int counterpartUtterances) {

    /** Validates. */
    public TimingSummary {
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(userSpeaking, "userSpeaking");
        Objects.requireNonNull(counterpartSpeaking, "counterpartSpeaking");
        Objects.requireNonNull(userShare, "userShare");
        Objects.requireNonNull(counterpartLatency, "counterpartLatency");
        Objects.requireNonNull(userLatency, "userLatency");
        if (conversation.isNegative() || userSpeaking.isNegative() || counterpartSpeaking.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
        if (interruptions < 0 || userUtterances < 0 || counterpartUtterances < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        userShare.ifPresent(s -> {
            if (!(s >= 0 && s <= 1)) {
                throw new IllegalArgumentException("userShare must be 0-1, was " + s);
            }
        });
    }

    /** Nothing spoken yet. */
    public static TimingSummary empty() {
        return new TimingSummary(Duration.ZERO, Duration.ZERO, Duration.ZERO, OptionalDouble.empty(), 0,
                Optional.empty(), Optional.empty(), 0, 0);
    }
}
