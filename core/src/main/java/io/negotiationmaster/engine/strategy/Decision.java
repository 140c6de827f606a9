package io.negotiationmaster.engine.strategy;

import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the counterpart decided for one turn. Everything but {@link #next()} and {@link #reasoning()} is public and
 * may be phrased to the user; the reasoning is private (stored in {@code ai_responses}, shown only in a debrief).
 *
 * @param moves     the counterpart's moves in the order the reply makes them (no duplicates)
 * @param cues      hints for the reply writer
 * @param offer     the terms the reply puts forward (a new counter-offer or the restated standing offer)
 * @param deal      the agreed terms when this turn closes a deal
 * @param userOffer the user's offer the reply answers, if the message made one
 * @param next      the counterpart's state after this turn
 * @param reasoning private explanation of the decision (may mention the reservation value)
 */
public record Decision(List<MoveType> moves, Set<ReplyCue> cues, Optional<Terms> offer, Optional<Terms> deal,
                       Optional<BigDecimal> userOffer, CounterpartState next, String reasoning) {
    /** Validates presence, copies the collections; a decision cannot both offer and close a deal. */
    public Decision {
        moves = List.copyOf(Objects.requireNonNull(moves, "moves"));
        if (moves.stream().distinct().count() != moves.size()) {
            throw new IllegalArgumentException("moves must not repeat, were " + moves);
        }
        Objects.requireNonNull(cues, "cues");
        cues = cues.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(ReplyCue.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(cues));
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(userOffer, "userOffer");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(reasoning, "reasoning");
        if (offer.isPresent() && deal.isPresent()) {
            throw new IllegalArgumentException("a decision cannot both offer and close a deal");
        }
    }

    /** Whether this turn closed a deal. */
    public boolean accepted() {
        return deal.isPresent();
    }

    /** Whether the counterpart's reply makes {@code move}. */
    public boolean has(MoveType move) {
        return moves.contains(move);
    }
}
