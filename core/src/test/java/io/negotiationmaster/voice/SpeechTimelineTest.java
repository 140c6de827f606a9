package io.negotiationmaster.voice;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.negotiation.Party;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Timing analytics on constructed timelines. */
class SpeechTimelineTest {
    private static final Instant T = Instant.parse("2026-01-15T10:00:00Z");

    private static Utterance user(int from, int to) {
        return new Utterance(Party.USER, T.plusSeconds(from), T.plusSeconds(to));
    }

    private static Utterance ai(int from, int to) {
        return new Utterance(Party.AI, T.plusSeconds(from), T.plusSeconds(to));
    }

    @Test
    void aUserStartingWhileTheReplyStillPlaysIsOneInterruption() {
        TimingSummary s = SpeechTimeline.summarise(List.of(user(0, 4), ai(5, 7), user(6, 9), ai(10, 12),
                user(13, 15), ai(16, 18)), T, T.plusSeconds(20));

        assertThat(s.interruptions()).isEqualTo(1);
        assertThat(s.userSpeaking()).isEqualTo(Duration.ofSeconds(9));
        assertThat(s.counterpartSpeaking()).isEqualTo(Duration.ofSeconds(6));
        assertThat(s.userShare().getAsDouble()).isEqualTo(0.6);
        assertThat(s.counterpartLatency()).contains(Duration.ofSeconds(1));
        // user waits: 6-7 -> 0 (interrupted), 13-12 -> 1 s: mean 0.5 s
        assertThat(s.userLatency()).contains(Duration.ofMillis(500));
        assertThat(s.conversation()).isEqualTo(Duration.ofSeconds(20));
        assertThat(s.userUtterances()).isEqualTo(3);
        assertThat(s.counterpartUtterances()).isEqualTo(3);
    }

    @Test
    void overlappingUserUtterancesCountAsAnInterruptionAndTurnTakingDoesNot() {
        TimingSummary overlapping = SpeechTimeline.summarise(List.of(user(0, 5), user(3, 6)), T, T);
        TimingSummary polite = SpeechTimeline.summarise(List.of(user(0, 2), ai(2, 4), user(4, 6), ai(7, 9)), T,
                T.plusSeconds(9));

        assertThat(overlapping.interruptions()).isEqualTo(1);
        assertThat(polite.interruptions()).isZero();
        assertThat(polite.userShare().getAsDouble()).isEqualTo(0.5);
        assertThat(polite.counterpartLatency()).contains(Duration.ofMillis(500));
    }

    @Test
    void aUserWhoTalksOverEveryReplyInterruptsEveryTimeAndDominatesTheTalk() {
        TimingSummary s = SpeechTimeline.summarise(List.of(user(0, 10), ai(11, 15), user(12, 22), ai(23, 27),
                user(24, 34)), T, T.plusSeconds(34));

        assertThat(s.interruptions()).isEqualTo(2);
        assertThat(s.userShare().getAsDouble()).isEqualTo(30.0 / 38.0);
    }

    @Test
    void silenceHasNoShareAndNoLatencies() {
        TimingSummary s = SpeechTimeline.summarise(List.of(), T, T.plusSeconds(30));

        assertThat(s.userShare()).isEmpty();
        assertThat(s.counterpartLatency()).isEmpty();
        assertThat(s.interruptions()).isZero();
        assertThat(s.conversation()).isEqualTo(Duration.ofSeconds(30));
    }

    @Property(tries = 300)
    void shareStaysWithinZeroAndOneAndInterruptionsNeverExceedUserUtterances(
            @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 60) Integer> starts,
            @ForAll @IntRange(min = 0, max = 9) int length) {
        List<Utterance> utterances = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            utterances.add(i % 2 == 0 ? user(starts.get(i), starts.get(i) + length + i % 3)
                    : ai(starts.get(i), starts.get(i) + length));
        }
        TimingSummary s = SpeechTimeline.summarise(utterances, T, T.plusSeconds(10));

        s.userShare().ifPresent(share -> assertThat(share).isBetween(0.0, 1.0));
        assertThat(s.interruptions()).isBetween(0, s.userUtterances());
        assertThat(s.conversation()).isGreaterThanOrEqualTo(Duration.ofSeconds(10));
    }
}
