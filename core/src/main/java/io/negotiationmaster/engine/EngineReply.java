package io.negotiationmaster.engine;

import io.negotiationmaster.engine.strategy.Decision;
import io.negotiationmaster.engine.understanding.Reading;
import io.negotiationmaster.engine.writing.WrittenReply;
import java.util.Objects;
import java.util.Optional;

/**
 * What the engine produced for one turn: how it read the user's message (absent for the opening and for
 * form actions), what it decided (with private reasoning), the reply text, its next private state and how long
 * reading, deciding and writing took.
 *
 * @param reading the reading of the user's message
 * @param decision the decision, including the private reasoning — for {@code ai_responses} only
 * @param reply the written reply
 * @param next the state to store
 * @param engineNanos CPU time of read + decide + write
 * @param writerDetail how the reply was written, e.g. {@code template} or {@code model}, with the template key
 */
public record EngineReply(Optional<Reading> reading, Decision decision, WrittenReply reply, EngineState next,
        long engineNanos, String writerDetail) {

    /** Requires every field. */
    public EngineReply {
        Objects.requireNonNull(reading, "reading");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(reply, "reply");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(writerDetail, "writerDetail");
    }
}
