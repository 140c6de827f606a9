package io.negotiationmaster.error;

/**
 * The acting user may not see or change the thing asked for, typically because it belongs to someone else.
 * The message never tells whose it is. Maps to HTTP 403.
 */
public class AccessDeniedException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;

    /** @param message what was refused, without naming the owner */
    public AccessDeniedException(String message) {
        super(message);
    }
}
