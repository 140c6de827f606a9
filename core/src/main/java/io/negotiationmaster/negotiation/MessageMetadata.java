package io.negotiationmaster.negotiation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known about a message beyond its text, stored in {@code messages.metadata}: the moves and amounts
 * read in it, the offer it made, where it came from and, for voice, its timing.
 *
 * @param moves move codes (see {@link MoveType#code()})
 * @param amounts amounts read
 * @param offer the offer it put on the table, if any
 * @param source {@code text}, {@code form} or {@code voice}
 * @param speechStart when the speaker started (voice)
 * @param speechEnd when the speaker stopped (voice)
 * @param confidence the recogniser's confidence 0–1 (voice)
 */
public record MessageMetadata(@JsonProperty("moves") List<String> moves,
        @JsonProperty("amounts") List<AmountRead> amounts, @JsonProperty("offer") Offer offer,
        @JsonProperty("source") String source, @JsonProperty("speech_start") Instant speechStart,
        @JsonProperty("speech_end") Instant speechEnd, @JsonProperty("confidence") BigDecimal confidence) {

    /** Copies the lists. */
    @JsonCreator
    public MessageMetadata {
        moves = List.copyOf(moves == null ? List.of() : moves);
        amounts = List.copyOf(amounts == null ? List.of() : amounts);
        Objects.requireNonNull(source, "source");
    }

    /** Metadata of a typed message. */
    public static MessageMetadata of(List<MoveType> moves, List<AmountRead> amounts, Optional<Offer> offer,
            String source) {
        return new MessageMetadata(moves.stream().map(MoveType::code).toList(), amounts, offer.orElse(null), source,
                null, null, null);
    }
}
