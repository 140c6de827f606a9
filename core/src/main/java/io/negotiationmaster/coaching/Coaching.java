package io.negotiationmaster.coaching;

import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.NegotiationRecord;
import io.negotiationmaster.negotiation.NegotiationStatus;
import io.negotiationmaster.negotiation.NegotiationStore;
import io.negotiationmaster.negotiation.Negotiations;
import io.negotiationmaster.negotiation.Outcome;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.ScenarioCatalog;
import io.negotiationmaster.storage.Transactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The coaching facet ({@code nm.coaching()}): what-ifs for a user's ended negotiation. Reads the stored
 * negotiation, replays it in memory with the {@link Coach}, and writes nothing.
 *
 * <p>A stored negotiation becomes a script line per user message: chat messages as said, acceptances as
 * {@code /accept}, walk-aways as {@code /walk}, and {@code /end} when it was ended without a deal for scoring.
 * Offers made through a host's offer form are replayed as their stored text ("My offer: …"), which the engine may
 * read differently from the form; what-ifs that branch after such an offer still reproduce exactly from their own
 * {@link WhatIf#script()}.
 */
public final class Coaching {
    private final Negotiations negotiations;
    private final NegotiationStore store;
    private final ScenarioCatalog catalog;
    private final Coach coach;
    private final Transactions transactions;

    /** Wires the facet; hosts get it from {@code NegotiationMaster.coaching()}. */
    public Coaching(Negotiations negotiations, NegotiationStore store, ScenarioCatalog catalog, Coach coach,
            Transactions transactions) {
        this.negotiations = Objects.requireNonNull(negotiations, "negotiations");
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.coach = Objects.requireNonNull(coach, "coach");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    /**
     * The what-ifs of the user's ended negotiation, most valuable first (at most {@value Coach#MAX_WHAT_IFS});
     * empty when it had no decisive mistake. Amounts may include the counterpart's reservation value, which the
     * report's debrief reveals after the end too; the engine's private reasoning is never included.
     *
     * @throws NotFoundException when the negotiation does not exist
     * @throws AccessDeniedException when it belongs to someone else
     * @throws ValidationException (field {@code negotiation}) when it is still in progress or was abandoned
     */
    public List<WhatIf> whatIfs(UUID userId, UUID negotiationId) {
        Simulation actual = transactions.inTransaction(() -> {
            NegotiationRecord record = negotiations.record(userId, negotiationId);
            if (record.status() == NegotiationStatus.IN_PROGRESS) {
                throw new ValidationException("negotiation", "negotiation " + negotiationId
                        + " is still in progress; what-ifs are available after it ends");
            }
            if (record.status() == NegotiationStatus.ABANDONED
                    || record.outcome().orElse(null) == Outcome.ABANDONED) {
                throw new ValidationException("negotiation", "negotiation " + negotiationId
                        + " was abandoned; what-ifs are available for ended negotiations only");
            }
            FullScenario scenario = catalog.byId(record.scenarioId());
            List<Message> messages = store.messages(negotiationId, 0, 100_000);
            return simulation(record, scenario, messages);
        });
        return coach.whatIfs(actual);
    }

    /**
     * Plays {@code script} in memory on the scenario {@code scenarioSlugOrId} with {@code seed}, writing nothing;
     * the replies, outcome and deal are those {@code nm.negotiations()} would give for the same lines. Lines after
     * the end are refused. For tools and for checking a what-if's script; it holds the counterpart's private state.
     *
     * @throws NotFoundException when the scenario does not exist
     */
    public Simulation simulate(String scenarioSlugOrId, long seed, List<String> script, Instant startedAt) {
        Objects.requireNonNull(scenarioSlugOrId, "scenarioSlugOrId");
        FullScenario scenario = transactions.inTransaction(() -> catalog.bySlugOrId(scenarioSlugOrId));
        return coach.simulator().play(scenario, seed, script, startedAt);
    }

    /** The stored negotiation as a simulation: its script, messages, final state and outcome. */
    public static Simulation simulation(NegotiationRecord record, FullScenario scenario, List<Message> messages) {
        Objects.requireNonNull(record, "record");
        List<String> script = new ArrayList<>();
        for (Message m : messages) {
            if (m.sender() != Party.USER) {
                continue;
            }
            script.add(switch (m.messageType()) {
                case "accept" -> NegotiationSimulator.ACCEPT;
                case "walk_away" -> NegotiationSimulator.WALK;
                default -> m.content();
            });
        }
        if (record.outcome().orElse(null) == Outcome.ENDED_WITHOUT_DEAL) {
            script.add(NegotiationSimulator.END);
        }
        return new Simulation(scenario, record.seed(), record.id(), record.userId(), record.startedAt(), script,
                messages, record.state(), record.outcome(), record.outcome().orElse(null) == Outcome.DEAL
                        ? record.dealTerms() : java.util.Optional.empty());
    }
}
