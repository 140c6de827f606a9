package io.negotiationmaster.engine.strategy;

import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the reader saw in one user message, summarised for the strategy.
 *
 * @param moves          the user's moves (may be empty)
 * @param mainOffer      the user's offer on the main issue, if the message made one
 * @param requestedTerms secondary issue key to requested option key
 * @param asksForLimit   whether the user asked for the counterpart's minimum, budget or other secret
 * @param text           the raw message; the strategy never copies it into a reply
 */
public record UserMove(Set<MoveType> moves, Optional<BigDecimal> mainOffer, Map<String, String> requestedTerms,
                       boolean asksForLimit, String text) {
    /** Validates presence and a non-negative offer; copies the collections (sorted, so iteration is stable). */
    public UserMove {
        Objects.requireNonNull(moves, "moves");
        moves = moves.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(MoveType.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(moves));
        Objects.requireNonNull(mainOffer, "mainOffer");
        mainOffer = mainOffer.map(Terms::canonical);
        mainOffer.ifPresent(o -> {
            if (o.signum() < 0) {
                throw new IllegalArgumentException("mainOffer must be >= 0, was " + o);
            }
        });
        requestedTerms = Collections.unmodifiableSortedMap(
                new TreeMap<>(Objects.requireNonNull(requestedTerms, "requestedTerms")));
        Objects.requireNonNull(text, "text");
    }

    /** A message with moves only (no amount, no requested terms). */
    public static UserMove of(String text, MoveType... moves) {
        return new UserMove(moves.length == 0 ? Set.of() : EnumSet.of(moves[0], moves), Optional.empty(), Map.of(),
                false, text);
    }

    /** A message offering {@code amount} on the main issue, with the given moves. */
    public static UserMove offer(BigDecimal amount, String text, MoveType... moves) {
        return new UserMove(moves.length == 0 ? Set.of() : EnumSet.of(moves[0], moves), Optional.of(amount),
                Map.of(), false, text);
    }

    /** Whether the message contains {@code move}. */
    public boolean has(MoveType move) {
        return moves.contains(move);
    }
}
