package io.negotiationmaster.engine.understanding;

import io.negotiationmaster.negotiation.MoveType;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a message says: its amounts, its moves, and the offers it makes.
 *
 * @param amounts     every amount read, in order of appearance
 * @param moves       the moves made, never empty ({@link MoveType#OTHER} when nothing else was recognised);
 *                    an unmodifiable copy
 * @param mainOffer   the writer's offer on the main issue, when the message makes one
 * @param issueValues the values proposed for secondary issues, by issue key (the last one when several)
 */
public record Reading(List<AmountMention> amounts, Set<MoveType> moves, Optional<BigDecimal> mainOffer,
                      Map<String, BigDecimal> issueValues) {
    /** Validates the fields and copies the collections. */
    public Reading {
        amounts = List.copyOf(Objects.requireNonNull(amounts, "amounts"));
        Objects.requireNonNull(moves, "moves");
        if (moves.isEmpty()) {
            throw new IllegalArgumentException("moves must not be empty (use OTHER)");
        }
        moves = Collections.unmodifiableSet(EnumSet.copyOf(moves));
        Objects.requireNonNull(mainOffer, "mainOffer");
        issueValues = Map.copyOf(Objects.requireNonNull(issueValues, "issueValues"));
    }

    /** Whether the message makes the given move. */
    public boolean has(MoveType move) {
        return moves.contains(move);
    }

    /** Whether the message proposes a value on any issue. */
    public boolean makesOffer() {
        return mainOffer.isPresent() || !issueValues.isEmpty();
    }

    /** The amounts that belong to the issue with the given key, in order of appearance. */
    public List<AmountMention> amountsFor(String issueKey) {
        return amounts.stream().filter(a -> a.isFor(issueKey)).toList();
    }
}
