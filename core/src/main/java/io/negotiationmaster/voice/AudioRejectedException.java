package io.negotiationmaster.voice;

import io.negotiationmaster.error.ValidationException;
import java.util.Objects;

/**
 * User audio the session will not process: too long, too large, empty, without recognisable words, or in a format
 * it does not accept. Nothing is stored. {@link #field()} is {@code audio}; a host maps it to HTTP 400 (or 413/415 by
 * {@link #reason()}).
 */
public final class AudioRejectedException extends ValidationException {
    private static final long serialVersionUID = 1L;

    /** Why the audio was refused. */
    public enum Reason {
        /** Longer than the session's maximum utterance. */
        TOO_LONG,
        /** More bytes than the session accepts. */
        TOO_LARGE,
        /** A container the session does not accept, or chunks of mixed formats. */
        UNSUPPORTED_FORMAT,
        /** No bytes, or no words recognised in them. */
        EMPTY
    }

    private final Reason reason;

    /** @param reason why; @param message the explanation, naming the limit */
    public AudioRejectedException(Reason reason, String message) {
        super("audio", message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the audio was refused. */
    public Reason reason() {
        return reason;
    }
}
