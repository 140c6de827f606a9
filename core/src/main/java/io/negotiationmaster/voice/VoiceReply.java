package io.negotiationmaster.voice;

import io.negotiationmaster.negotiation.Turn;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one user utterance: the stored turn (what the user was heard to say and the counterpart's reply),
 * the reply's audio to play now, and the session's timing so far.
 *
 * @param turn the stored turn
 * @param heard the user's utterance on the timeline
 * @param audio the spoken reply; empty when no text-to-speech is configured or replies are not spoken
 * @param handedBackAt when the reply was handed back: its playback window starts here and lasts the audio's length
 * @param timing the session's timing analytics including this turn
 */
public record VoiceReply(Turn turn, Utterance heard, Optional<SpeechAudio> audio, Instant handedBackAt,
        TimingSummary timing) {

    /** Requires every field. */
    public VoiceReply {
        Objects.requireNonNull(turn, "turn");
        Objects.requireNonNull(heard, "heard");
        Objects.requireNonNull(audio, "audio");
        Objects.requireNonNull(handedBackAt, "handedBackAt");
        Objects.requireNonNull(timing, "timing");
    }

    /** The reply's text. */
    public String replyText() {
        return turn.reply().content();
    }
}
