package io.negotiationmaster.engine.writing;

import io.negotiationmaster.engine.strategy.Decision;
import io.negotiationmaster.engine.strategy.ReplyCue;
import io.negotiationmaster.engine.strategy.Terms;
import io.negotiationmaster.negotiation.MoveType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The public content of one reply: the decided moves, cues and amounts. Built from a {@link Decision} by
 * {@link #of(Decision, PublicPersona)}, which copies only its public parts (never the state or the reasoning).
 *
 * @param moves         the counterpart's moves, in order
 * @param cues          hints about the situation
 * @param offer         the main amount the reply puts forward
 * @param deal          the agreed main amount when the reply closes a deal
 * @param userOffer     the user's amount the reply answers
 * @param includedItems labels of the secondary items in the offered or agreed package
 */
public record ReplyPlan(List<MoveType> moves, Set<ReplyCue> cues, Optional<BigDecimal> offer,
                        Optional<BigDecimal> deal, Optional<BigDecimal> userOffer, List<String> includedItems) {
    /** Validates presence and copies the collections. */
    public ReplyPlan {
        moves = List.copyOf(Objects.requireNonNull(moves, "moves"));
        Objects.requireNonNull(cues, "cues");
        cues = cues.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(ReplyCue.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(cues));
        Objects.requireNonNull(offer, "offer");
        Objects.requireNonNull(deal, "deal");
        Objects.requireNonNull(userOffer, "userOffer");
        includedItems = List.copyOf(Objects.requireNonNull(includedItems, "includedItems"));
    }

    /** The public plan of {@code decision}; item labels come from {@code persona}. */
    public static ReplyPlan of(Decision decision, PublicPersona persona) {
        Optional<Terms> terms = decision.deal().or(decision::offer);
        List<String> items = new ArrayList<>();
        terms.ifPresent(t -> {
            for (Map.Entry<String, String> e : t.options().entrySet()) {
                items.add(persona.optionLabel(e.getKey(), e.getValue()));
            }
        });
        return new ReplyPlan(decision.moves(), decision.cues(), decision.offer().map(Terms::main),
                decision.deal().map(Terms::main), decision.userOffer(), items);
    }

    /** Every amount the reply may state: the offer, the deal and the user's offer. */
    public List<BigDecimal> amounts() {
        List<BigDecimal> out = new ArrayList<>(3);
        offer.ifPresent(out::add);
        deal.ifPresent(out::add);
        userOffer.ifPresent(out::add);
        return out;
    }

    /** Whether the reply makes {@code move}. */
    public boolean has(MoveType move) {
        return moves.contains(move);
    }
}
