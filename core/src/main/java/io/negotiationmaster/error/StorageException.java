package io.negotiationmaster.error;

/**
 * The database failed in a way the caller cannot fix by changing its input (connection lost, disk full,
 * server restarted). The transaction was rolled back. Maps to HTTP 503.
 */
public class StorageException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;

    /** @param message what was being done; @param cause the driver's exception */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
