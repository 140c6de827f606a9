package io.negotiationmaster.persistence.internal.negotiation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/** A JSON array of move codes ({@code ai_responses.moves}). */
public record MoveCodes(List<String> codes) {

    /** Copies the codes. */
    public MoveCodes {
        codes = List.copyOf(codes);
    }

    /** Reads the JSON array. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MoveCodes of(List<String> codes) {
        return new MoveCodes(codes);
    }

    /** Writes the JSON array. */
    @JsonValue
    public List<String> json() {
        return codes;
    }
}
