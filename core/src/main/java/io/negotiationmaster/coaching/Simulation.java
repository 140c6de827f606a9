package io.negotiationmaster.coaching;

import io.negotiationmaster.engine.EngineState;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.NegotiationRecord;
import io.negotiationmaster.negotiation.NegotiationStatus;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Outcome;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.scenario.FullScenario;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A negotiation played in memory (or read back from storage): the user's script, the messages exactly as the
 * negotiation facet would have stored them, the counterpart's final private state and the outcome. Immutable;
 * {@link NegotiationSimulator#next(Simulation, String)} returns the simulation one line later. It holds the
 * counterpart's private state, so hand it to a trainee only after the negotiation ended.
 *
 * @param scenario the scenario played
 * @param seed the counterpart's seed
 * @param negotiationId the id the messages carry
 * @param userId the user the simulation is scored for
 * @param startedAt when the opening message was sent
 * @param script the user's lines so far ({@code /accept}, {@code /walk}, {@code /end} for the commands)
 * @param messages the messages in order, {@code seq} from 0
 * @param state the counterpart's state after the last message
 * @param outcome how it ended, empty while it runs
 * @param deal the agreed terms when it ended in a deal
 */
public record Simulation(FullScenario scenario, long seed, UUID negotiationId, UUID userId, Instant startedAt,
        List<String> script, List<Message> messages, EngineState state, Optional<Outcome> outcome,
        Optional<Offer> deal) {

    /** Validates and copies. */
    public Simulation {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(negotiationId, "negotiationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(startedAt, "startedAt");
        script = List.copyOf(script);
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("messages must hold at least the opening");
        }
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(deal, "deal");
        if (deal.isPresent() != (outcome.orElse(null) == Outcome.DEAL)) {
            throw new IllegalArgumentException("deal must be present exactly when the outcome is a deal, outcome was "
                    + outcome.map(Outcome::code).orElse("none"));
        }
    }

    /** Whether the negotiation has ended (deal, walk-away or end). */
    public boolean ended() {
        return outcome.isPresent();
    }

    /** The user's messages, in order. */
    public List<Message> userMessages() {
        return messages.stream().filter(m -> m.sender() == Party.USER).toList();
    }

    /** The negotiation record these messages and this state would have in storage (for scoring). */
    public NegotiationRecord record() {
        Instant last = messages.get(messages.size() - 1).timestamp();
        NegotiationStatus status = ended() ? NegotiationStatus.COMPLETED : NegotiationStatus.IN_PROGRESS;
        return new NegotiationRecord(negotiationId, userId, scenario.scenario().id(), status, outcome, startedAt,
                ended() ? Optional.of(last) : Optional.empty(), deal.isPresent(), deal, seed, state, 0,
                messages.size(), last);
    }

    /** Summarises without the counterpart's private state. */
    @Override
    public String toString() {
        return "Simulation[scenario=" + scenario.scenario().slug() + ", seed=" + seed + ", lines=" + script.size()
                + ", messages=" + messages.size() + ", outcome=" + outcome.map(Outcome::code).orElse("running") + "]";
    }
}
