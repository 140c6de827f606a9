package io.negotiationmaster.voice;

import io.negotiationmaster.negotiation.Turn;
import java.util.Objects;
import java.util.Optional;

/**
 * The turn was taken and stored — the user's message and the counterpart's reply are in the history — but the reply
 * could not be synthesised. The host can show {@link #turn()}'s reply as text, or ask for it to be spoken again.
 */
public final class ReplyNotSpokenException extends VoiceProviderException {
    private static final long serialVersionUID = 1L;
    private final transient Turn turn;

    /** @param turn the stored turn; @param cause the synthesis failure */
    public ReplyNotSpokenException(Turn turn, VoiceProviderException cause) {
        super(cause.provider(), "the turn was stored but its reply could not be spoken: " + cause.getMessage(),
                cause.status(), cause.timedOut(), cause);
        this.turn = Objects.requireNonNull(turn, "turn");
    }

    /** The stored turn, with the reply's text. */
    public Turn turn() {
        return turn;
    }

    /** The synthesis failure. */
    public Optional<VoiceProviderException> providerFailure() {
        return Optional.ofNullable(getCause()).filter(VoiceProviderException.class::isInstance)
                .map(VoiceProviderException.class::cast);
    }
}
