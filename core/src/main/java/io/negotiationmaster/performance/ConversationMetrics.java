package io.negotiationmaster.performance;

import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Counts over the conversation ({@code conversation_duration_seconds}, {@code turn_count},
 * {@code interruption_count}, {@code speaking_time_percentage}, and the rest for {@code conversation_analysis}).
 *
 * @param durationSeconds seconds from start to finish
 * @param turns messages in the transcript
 * @param userTurns messages by the user
 * @param counterpartTurns messages by the counterpart
 * @param userWordsPerTurn mean words per user message (0 without user messages)
 * @param userQuestions user messages asking something (a question mark or an interest question)
 * @param userOffers user messages with a main-issue offer
 * @param counterpartOffers counterpart messages with a main-issue offer
 * @param userConcessions user concessions (an offer moving towards the counterpart, or a move read as one)
 * @param counterpartConcessions counterpart concessions, counted the same way
 * @param interruptions times the user started speaking before the counterpart had finished; present only when
 *     voice timings exist
 * @param userSpeakingShare the user's share of all speaking time, 0–1; present only when voice timings exist
 */
public record ConversationMetrics(
        long durationSeconds,
        int turns,
        int userTurns,
        int counterpartTurns,
        double userWordsPerTurn,
        int userQuestions,
        int userOffers,
        int counterpartOffers,
        int userConcessions,
        int counterpartConcessions,
        OptionalInt interruptions,
        OptionalDouble userSpeakingShare) {

    /** Validates that counts are not negative and the share is 0–1. */
    public ConversationMetrics {
        if (durationSeconds < 0 || turns < 0 || userTurns < 0 || counterpartTurns < 0 || userQuestions < 0
                || userOffers < 0 || counterpartOffers < 0 || userConcessions < 0 || counterpartConcessions < 0
                || !(userWordsPerTurn >= 0)) {
            throw new IllegalArgumentException("conversation counts must not be negative");
        }
        Objects.requireNonNull(interruptions, "interruptions");
        Objects.requireNonNull(userSpeakingShare, "userSpeakingShare");
        userSpeakingShare.ifPresent(s -> Scores.requireUnit(s, "userSpeakingShare"));
    }
}
