package io.negotiationmaster.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.negotiationmaster.engine.strategy.CounterpartState;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The counterpart's private state between turns, stored as JSON with the negotiation
 * ({@code negotiations.engine_state}). Holds the reservation value drawn at the start: it never leaves the engine
 * while the negotiation runs.
 *
 * @param reservation the counterpart's walk-away value on the main issue
 * @param counterpart the strategy's state (standing offer, rapport, patience, history)
 */
public record EngineState(@JsonProperty("reservation") BigDecimal reservation,
        @JsonProperty("counterpart") CounterpartState counterpart) {

    /** Requires both fields. */
    @JsonCreator
    public EngineState {
        Objects.requireNonNull(reservation, "reservation");
        Objects.requireNonNull(counterpart, "counterpart");
    }

    /** Hides the reservation from accidental logging. */
    @Override
    public String toString() {
        return "EngineState[round=" + counterpart.round() + ", status=" + counterpart.status() + "]";
    }
}
