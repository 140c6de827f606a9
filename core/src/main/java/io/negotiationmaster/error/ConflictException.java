package io.negotiationmaster.error;

import java.util.Objects;

/**
 * The change collides with existing data: a unique value already taken ({@link #field()} names it, e.g.
 * {@code "email"}), or a concurrent change won the race. Nothing was written. Maps to HTTP 409.
 */
public class ConflictException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** @param field the field whose value collides, or {@code "version"} for a lost race; @param message why */
    public ConflictException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** @param field see {@link #field()}; @param message why; @param cause the driver's exception */
    public ConflictException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The field whose value collides, or {@code "version"} when a concurrent change won. */
    public String field() {
        return field;
    }
}
