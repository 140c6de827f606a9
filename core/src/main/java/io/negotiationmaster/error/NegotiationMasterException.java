package io.negotiationmaster.error;

/**
 * The root of every exception the library throws on purpose. Unchecked, so a host may catch it once at its
 * boundary and map the narrow subclasses to its own error codes (HTTP 404, 403, 400, 409…).
 *
 * <p>A raw {@code SQLException}, {@code NullPointerException} or Jackson exception escaping the public API is a
 * bug: storage failures arrive as {@link StorageException}, malformed stored data as {@link CorruptDataException}.
 */
public class NegotiationMasterException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message a person can act on. */
    public NegotiationMasterException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the underlying cause. */
    public NegotiationMasterException(String message, Throwable cause) {
        super(message, cause);
    }
}
