package io.negotiationmaster.negotiation;

import io.negotiationmaster.engine.EngineReply;
import io.negotiationmaster.engine.understanding.AmountMention;
import io.negotiationmaster.engine.understanding.Reading;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * How one engine turn becomes its two messages: the user's (moves and amounts as read, the offer it made) and the
 * counterpart's (moves decided, the offer or deal). Shared by {@link Negotiations} and the in-memory simulator of
 * the coaching package, so a replay produces exactly the messages the facet stores.
 */
public final class TurnMessages {
    private TurnMessages() {
    }

    /** The user's message of a turn; {@code type} is {@code chat}, {@code offer}, {@code accept} or {@code walk_away}. */
    public static Message user(UUID id, UUID negotiationId, int seq, String text, String type, EngineReply reply,
            Instant at) {
        List<MoveType> moves = reply.reading().map(r -> List.copyOf(r.moves())).orElseGet(() ->
                "accept".equals(type) ? List.of(MoveType.ACCEPTANCE) : List.of(MoveType.COUNTER_OFFER));
        List<AmountRead> amounts = reply.reading().map(TurnMessages::amounts).orElse(List.of());
        Optional<Offer> offer = reply.decision().userOffer().map(Offer::of);
        return new Message(id, negotiationId, seq, Party.USER, text, type, at, moves, amounts, offer);
    }

    /** The counterpart's message of a turn: its text, the moves it made and the offer or deal it put forward. */
    public static Message counterpart(UUID id, UUID negotiationId, int seq, String text, String type,
            EngineReply reply, Instant at) {
        Optional<Offer> offer = reply.decision().deal().or(() -> reply.decision().offer())
                .map(t -> new Offer(t.main(), t.options()));
        List<AmountRead> amounts = reply.reply().amounts().stream()
                .map(a -> new AmountRead(a, "main", "offer")).toList();
        return new Message(id, negotiationId, seq, Party.AI, text, type, at, reply.decision().moves(), amounts,
                offer);
    }

    private static List<AmountRead> amounts(Reading reading) {
        List<AmountRead> amounts = new ArrayList<>();
        for (AmountMention m : reading.amounts()) {
            amounts.add(new AmountRead(m.value(), m.issue().orElse("unknown"),
                    m.kind().name().toLowerCase(Locale.ROOT)));
        }
        return amounts;
    }
}
