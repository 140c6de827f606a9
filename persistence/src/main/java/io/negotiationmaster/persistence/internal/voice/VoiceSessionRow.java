package io.negotiationmaster.persistence.internal.voice;

import io.negotiationmaster.voice.TimingSummary;
import io.negotiationmaster.voice.VoiceOptions;
import io.negotiationmaster.voice.VoiceSessionRecord;
import io.negotiationmaster.voice.VoiceSessionStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.UUID;

/** A {@code voice_sessions} row as stored. */
public record VoiceSessionRow(UUID id, UUID negotiationId, UUID userId, String status, String speechToText,
        String textToSpeech, String voiceId, Integer maxUtteranceMs, Integer maxAudioBytes, Boolean speakReplies,
        Instant startedAt, Instant endedAt, Long conversationMs, Long userSpeakingMs, Long counterpartSpeakingMs,
        BigDecimal speakingTimePercentage, Integer interruptionCount, Long counterpartLatencyMs, Long userLatencyMs,
        Integer userUtterances, Integer counterpartUtterances, Instant updatedAt) {

    static VoiceSessionRow of(VoiceSessionRecord r) {
        TimingSummary t = r.timing();
        return new VoiceSessionRow(r.id(), r.negotiationId(), r.userId(), r.status().code(),
                r.speechToText().orElse(null), r.textToSpeech().orElse(null), r.voiceId().orElse(null),
                (int) r.options().maxUtterance().toMillis(), r.options().maxAudioBytes(), r.options().speakReplies(),
                r.startedAt(), r.endedAt().orElse(null), t.conversation().toMillis(), t.userSpeaking().toMillis(),
                t.counterpartSpeaking().toMillis(), t.userShare().isPresent()
                        ? BigDecimal.valueOf(t.userShare().getAsDouble() * 100).setScale(2, RoundingMode.HALF_UP)
                        : null,
                t.interruptions(), t.counterpartLatency().map(Duration::toMillis).orElse(null),
                t.userLatency().map(Duration::toMillis).orElse(null), t.userUtterances(), t.counterpartUtterances(),
                r.updatedAt());
    }

    VoiceSessionRecord toRecord() {
        TimingSummary timing = new TimingSummary(ms(conversationMs), ms(userSpeakingMs), ms(counterpartSpeakingMs),
                speakingTimePercentage == null ? OptionalDouble.empty()
                        : OptionalDouble.of(Math.max(0, Math.min(1, speakingTimePercentage.doubleValue() / 100))),
                n(interruptionCount), Optional.ofNullable(counterpartLatencyMs).map(Duration::ofMillis),
                Optional.ofNullable(userLatencyMs).map(Duration::ofMillis), n(userUtterances),
                n(counterpartUtterances));
        return new VoiceSessionRecord(id, userId, negotiationId, VoiceSessionStatus.fromCode(status),
                Optional.ofNullable(speechToText), Optional.ofNullable(textToSpeech), Optional.ofNullable(voiceId),
                new VoiceOptions(Duration.ofMillis(maxUtteranceMs), maxAudioBytes, speakReplies == null
                        || speakReplies), startedAt, Optional.ofNullable(endedAt), timing,
                updatedAt == null ? startedAt : updatedAt);
    }

    private static Duration ms(Long value) {
        return value == null ? Duration.ZERO : Duration.ofMillis(value);
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }
}
