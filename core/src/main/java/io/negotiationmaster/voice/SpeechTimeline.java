package io.negotiationmaster.voice;

import io.negotiationmaster.negotiation.Party;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Timing analytics over a session's utterances. Pure: the same utterances give the same summary.
 *
 * <p>An interruption is a user utterance that starts while a counterpart reply is still playing (inside its window
 * from hand-back to hand-back plus audio length), or before the user's own previous utterance ended (overlapping
 * utterances); each user utterance counts at most once. The scoring module applies the same rule to the transcript
 * ({@code MetricsCalculator}: the user's speech starting before the reply just before it finished).
 */
public final class SpeechTimeline {
    private SpeechTimeline() {
    }

    /**
     * The summary of {@code utterances} (any order) in a session that ran from {@code from} to {@code to}
     * (widened to cover every utterance).
     */
    public static TimingSummary summarise(List<Utterance> utterances, Instant from, Instant to) {
        Objects.requireNonNull(utterances, "utterances");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        List<Utterance> sorted = new ArrayList<>(utterances);
        sorted.sort(Comparator.comparing(Utterance::start).thenComparing(Utterance::end));
        Instant first = from;
        Instant last = to.isBefore(from) ? from : to;
        Duration user = Duration.ZERO;
        Duration counterpart = Duration.ZERO;
        int interruptions = 0;
        int userCount = 0;
        int counterpartCount = 0;
        Duration replyWait = Duration.ZERO;
        int replies = 0;
        Duration userWait = Duration.ZERO;
        int answers = 0;
        Utterance previousUser = null;
        Utterance awaitingReply = null;
        Utterance previousReply = null;
        List<Utterance> playing = new ArrayList<>();
        for (Utterance u : sorted) {
            first = u.start().isBefore(first) ? u.start() : first;
            last = u.end().isAfter(last) ? u.end() : last;
            if (u.party() == Party.USER) {
                userCount++;
                user = user.plus(u.length());
                boolean overAi = playing.stream().anyMatch(a -> !u.start().isBefore(a.start())
                        && u.start().isBefore(a.end()));
                boolean overSelf = previousUser != null && u.start().isBefore(previousUser.end());
                if (overAi || overSelf) {
                    interruptions++;
                }
                if (previousReply != null) {
                    Duration wait = Duration.between(previousReply.end(), u.start());
                    userWait = userWait.plus(wait.isNegative() ? Duration.ZERO : wait);
                    answers++;
                    previousReply = null;
                }
                previousUser = u;
                awaitingReply = u;
            } else {
                counterpartCount++;
                counterpart = counterpart.plus(u.length());
                playing.add(u);
                if (awaitingReply != null) {
                    Duration wait = Duration.between(awaitingReply.end(), u.start());
                    replyWait = replyWait.plus(wait.isNegative() ? Duration.ZERO : wait);
                    replies++;
                    awaitingReply = null;
                }
                previousReply = u;
            }
        }
        Duration all = user.plus(counterpart);
        OptionalDouble share = all.isZero() ? OptionalDouble.empty()
                : OptionalDouble.of((double) user.toNanos() / all.toNanos());
        return new TimingSummary(Duration.between(first, last), user, counterpart, share, interruptions,
                replies == 0 ? Optional.empty() : Optional.of(replyWait.dividedBy(replies)),
                answers == 0 ? Optional.empty() : Optional.of(userWait.dividedBy(answers)), userCount,
                counterpartCount);
    }
}
