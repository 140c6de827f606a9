package io.negotiationmaster.engine.writing;

import io.negotiationmaster.error.NegotiationMasterException;

/** A language model failed to answer (timeout, transport error, refusal). The caller falls back to templates. */
public class LanguageModelException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong; @param cause the underlying error, may be null */
    public LanguageModelException(String message, Throwable cause) {
        super(message, cause);
    }
}
