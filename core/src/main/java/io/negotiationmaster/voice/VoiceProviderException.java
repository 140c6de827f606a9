package io.negotiationmaster.voice;

import io.negotiationmaster.error.NegotiationMasterException;
import java.util.Objects;
import java.util.Optional;

/**
 * A speech provider (speech-to-text or text-to-speech) failed: an HTTP error status, a timeout, an unreachable
 * service or a local engine that exited badly. A host maps it to HTTP 502 (504 when {@link #timedOut()}).
 */
public class VoiceProviderException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;
    private final String provider;
    private final Integer status;
    private final boolean timedOut;

    /**
     * @param provider the provider's name ({@code openai}, {@code elevenlabs}, {@code espeak-ng})
     * @param message what failed
     * @param status the HTTP status the provider answered with, if it answered
     * @param timedOut whether it did not answer in time
     * @param cause the underlying error, or {@code null}
     */
    public VoiceProviderException(String provider, String message, Optional<Integer> status, boolean timedOut,
            Throwable cause) {
        super(message, cause);
        this.provider = Objects.requireNonNull(provider, "provider");
        this.status = Objects.requireNonNull(status, "status").orElse(null);
        this.timedOut = timedOut;
    }

    /** The provider's name. */
    public String provider() {
        return provider;
    }

    /** The HTTP status the provider answered with, if any. */
    public Optional<Integer> status() {
        return Optional.ofNullable(status);
    }

    /** Whether the provider did not answer in time. */
    public boolean timedOut() {
        return timedOut;
    }
}
