package io.negotiationmaster.error;

import java.util.Objects;

/**
 * An input value is not acceptable. {@link #field()} names the offending field by its path
 * ({@code "email"}, {@code "scenario_variables.min_acceptable"}) so a form can highlight it. Maps to HTTP 400.
 */
public class ValidationException extends NegotiationMasterException {
    private static final long serialVersionUID = 1L;
    private final String field;

    /** @param field path of the bad field; @param message why it is bad, starting with the field's path */
    public ValidationException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The path of the field that failed validation. */
    public String field() {
        return field;
    }
}
