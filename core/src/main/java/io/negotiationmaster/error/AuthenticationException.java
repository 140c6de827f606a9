package io.negotiationmaster.error;

/**
 * The caller could not be authenticated: wrong credentials, or a token that is not (or no longer) acceptable.
 * The message never tells whether an account exists. Maps to HTTP 401.
 */
public class AuthenticationException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;

    /** @param message what was refused, without revealing whether an account exists */
    public AuthenticationException(String message) {
        super(message);
    }

    /** @param message what was refused; @param cause the underlying failure (for example a JWT library error) */
    public AuthenticationException(String message, Throwable cause) {
        super(message, cause);
    }
}
