package io.negotiationmaster.scoring.conversation;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.performance.ConversationMetrics;
import io.negotiationmaster.performance.MoveCounts;
import io.negotiationmaster.performance.Outcome;
import io.negotiationmaster.performance.TranscriptEntry;
import io.negotiationmaster.performance.VoiceTiming;
import io.negotiationmaster.scoring.facts.NegotiationFacts;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Counts over the conversation. An interruption is a user message whose speech started before the speech of the
 * counterpart message just before it ended; interruptions and the speaking share are present only when at least
 * one user message has voice timings.
 */
public final class MetricsCalculator {
    /** Creates a calculator. */
    public MetricsCalculator() {
        // stateless
    }

    /** The metrics of the negotiation behind {@code facts}. */
    public ConversationMetrics metrics(NegotiationFacts facts) {
        Outcome o = facts.negotiation().outcome();
        long duration = Duration.between(o.startedAt(), o.finishedAt()).toSeconds();
        int userTurns = 0;
        int aiTurns = 0;
        long words = 0;
        int questions = 0;
        boolean voice = false;
        long userMillis = 0;
        long allMillis = 0;
        int interruptions = 0;
        VoiceTiming previousAi = null;
        for (TranscriptEntry e : facts.transcript()) {
            if (e.byUser()) {
                userTurns++;
                words += countWords(e.text());
                if (e.text().indexOf('?') >= 0 || e.has(MoveType.INTEREST_QUESTION)) {
                    questions++;
                }
            } else {
                aiTurns++;
            }
            if (e.voice().isPresent()) {
                VoiceTiming v = e.voice().get();
                long ms = v.duration().toMillis();
                allMillis += ms;
                if (e.byUser()) {
                    voice = true;
                    userMillis += ms;
                    if (previousAi != null && v.speechStart().isBefore(previousAi.speechEnd())) {
                        interruptions++;
                    }
                    previousAi = null;
                } else {
                    previousAi = v;
                }
            } else if (!e.byUser()) {
                previousAi = null;
            }
        }
        OptionalDouble share = voice && allMillis > 0 ? OptionalDouble.of((double) userMillis / allMillis)
                : voice ? OptionalDouble.of(0) : OptionalDouble.empty();
        return new ConversationMetrics(duration, facts.transcript().size(), userTurns, aiTurns,
                userTurns == 0 ? 0 : (double) words / userTurns, questions,
                facts.offers(Party.USER).size(), facts.offers(Party.AI).size(),
                facts.concessions(Party.USER).size(), facts.concessions(Party.AI).size(),
                voice ? OptionalInt.of(interruptions) : OptionalInt.empty(), share);
    }

    /** The move counts per side. */
    public MoveCounts moves(NegotiationFacts facts) {
        return new MoveCounts(facts.moveCounts(Party.USER), facts.moveCounts(Party.AI));
    }

    static int countWords(String text) {
        int count = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean letter = !Character.isWhitespace(text.charAt(i));
            if (letter && !inWord) {
                count++;
            }
            inWord = letter;
        }
        return count;
    }
}
