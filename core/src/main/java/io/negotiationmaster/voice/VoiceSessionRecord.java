package io.negotiationmaster.voice;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stored voice session ({@code voice_sessions}).
 *
 * @param id the id
 * @param userId the speaking user
 * @param negotiationId the negotiation it is linked to
 * @param status active or closed
 * @param speechToText the speech-to-text provider's name, if one was configured
 * @param textToSpeech the text-to-speech provider's name, if replies are spoken
 * @param voiceId the counterpart's voice id, if the scenario names one
 * @param options the session's limits
 * @param startedAt when it was opened
 * @param endedAt when it was closed
 * @param timing the timing analytics so far (final once closed)
 * @param updatedAt last change
 */
public record VoiceSessionRecord(UUID id, UUID userId, UUID negotiationId, VoiceSessionStatus status,
        Optional<String> speechToText, Optional<String> textToSpeech, Optional<String> voiceId, VoiceOptions options,
        Instant startedAt, Optional<Instant> endedAt, TimingSummary timing, Instant updatedAt) {

    /** Requires every field. */
    public VoiceSessionRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(speechToText, "speechToText");
        Objects.requireNonNull(textToSpeech, "textToSpeech");
        Objects.requireNonNull(voiceId, "voiceId");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(endedAt, "endedAt");
        Objects.requireNonNull(timing, "timing");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** Whether it still accepts utterances. */
    public boolean active() {
        return status == VoiceSessionStatus.ACTIVE;
    }

    /** This session with new timing analytics. */
    public VoiceSessionRecord withTiming(TimingSummary newTiming, Instant now) {
        return new VoiceSessionRecord(id, userId, negotiationId, status, speechToText, textToSpeech, voiceId, options,
                startedAt, endedAt, newTiming, now);
    }

    /** This session closed at {@code now} with its final timing. */
    public VoiceSessionRecord closed(TimingSummary finalTiming, Instant now) {
        return new VoiceSessionRecord(id, userId, negotiationId, VoiceSessionStatus.CLOSED, speechToText,
                textToSpeech, voiceId, options, startedAt, Optional.of(now), finalTiming, now);
    }
}
