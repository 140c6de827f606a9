package io.negotiationmaster.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.negotiationmaster.negotiation.MoveType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code negotiation_tactics} JSON column: a JSON array of tactic codes the counterpart may use, e.g.
 * {@code ["high_anchor", "flinch", "higher_authority"]}. The codes are {@link MoveType#code()}s of tactic moves
 * ({@link MoveType#isTactic()}); validation rejects any other code, naming its index.
 *
 * @param codes the tactic codes as written
 */
public record NegotiationTactics(List<String> codes) {

    /** Copies the codes. */
    public NegotiationTactics {
        codes = List.copyOf(Objects.requireNonNull(codes, "codes"));
    }

    /** Reads the JSON array form. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static NegotiationTactics of(List<String> codes) {
        return new NegotiationTactics(codes == null ? List.of() : codes);
    }

    /** Tactics from moves. */
    public static NegotiationTactics of(MoveType... moves) {
        return new NegotiationTactics(java.util.Arrays.stream(moves).map(MoveType::code).toList());
    }

    /** The JSON array form. */
    @JsonValue
    public List<String> codes() {
        return codes;
    }

    /**
     * The tactics as moves.
     *
     * @throws IllegalArgumentException when a code is not a tactic (validated tactics never are)
     */
    public List<MoveType> moves() {
        return codes.stream().map(code -> {
            MoveType move = MoveType.fromCode(code.toLowerCase(Locale.ROOT));
            if (!move.isTactic()) {
                throw new IllegalArgumentException("not a tactic: " + code);
            }
            return move;
        }).toList();
    }

    /** Whether the counterpart may use {@code tactic}. */
    public boolean uses(MoveType tactic) {
        return codes.contains(tactic.code());
    }
}
