package io.negotiationmaster.error;

/**
 * Optimistic locking failed: someone changed the record between our read and our write (for example two turns
 * sent at once on one negotiation). Nothing was written; the caller may reload and retry. Maps to HTTP 409.
 */
public class StaleStateException extends ConflictException {
    private static final long serialVersionUID = 1L;

    /** @param what the kind of record; @param id its id */
    public StaleStateException(String what, Object id) {
        super("version", what + " " + id + " was changed concurrently; reload it and try again");
    }
}
