package io.negotiationmaster.voice.http;

import io.negotiationmaster.voice.SpeakingVoice;
import java.time.Duration;

/** How long text takes to say at a voice's pace, when the audio's own headers do not tell. */
final class SpokenLength {
    private SpokenLength() {
    }

    static Duration estimate(String text, SpeakingVoice voice) {
        String trimmed = text.strip();
        int words = trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
        return Duration.ofMillis(Math.round(words * 60_000.0 / voice.wordsPerMinute()));
    }
}
