package io.negotiationmaster.error;

/**
 * A stored value cannot be read back, for example malformed JSON in a JSON column. The message names the
 * table, the column and the row id so an operator can find and repair it. Maps to HTTP 500.
 */
public class CorruptDataException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;

    /** @param message table, column, row and what is wrong; @param cause the parser's exception */
    public CorruptDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
