package io.negotiationmaster.performance;

import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Party;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One message of the transcript with what was read in it.
 *
 * @param turnIndex position in the transcript, 0-based, strictly increasing along the transcript
 * @param party who sent it
 * @param text what was said
 * @param timestamp when it was stored
 * @param moves the moves read in it ({@code negotiation_moves}), possibly empty
 * @param mainOffer the value offered on the main issue in this message, if any (not negative)
 * @param secondaryTerms secondary-issue terms offered or asked for in it: issue key → option key
 * @param voice speech timings when the message was spoken
 */
public record TranscriptEntry(
        int turnIndex,
        Party party,
        String text,
        Instant timestamp,
        Set<MoveType> moves,
        Optional<BigDecimal> mainOffer,
        Map<String, String> secondaryTerms,
        Optional<VoiceTiming> voice) {

    /** Validates and copies the collections. */
    public TranscriptEntry {
        if (turnIndex < 0) {
            throw new IllegalArgumentException("turnIndex must not be negative, was " + turnIndex);
        }
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(timestamp, "timestamp");
        moves = Set.copyOf(moves);
        Objects.requireNonNull(mainOffer, "mainOffer");
        mainOffer.ifPresent(v -> {
            if (v.signum() < 0) {
                throw new IllegalArgumentException("mainOffer must not be negative, was " + v);
            }
        });
        secondaryTerms = Map.copyOf(secondaryTerms);
        Objects.requireNonNull(voice, "voice");
    }

    /** Whether {@code move} was read in this message. */
    public boolean has(MoveType move) {
        return moves.contains(move);
    }

    /** Whether the user sent this message. */
    public boolean byUser() {
        return party == Party.USER;
    }
}
