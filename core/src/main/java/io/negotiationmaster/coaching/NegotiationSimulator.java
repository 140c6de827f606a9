package io.negotiationmaster.coaching;

import io.negotiationmaster.engine.CounterpartEngine;
import io.negotiationmaster.engine.EngineReply;
import io.negotiationmaster.engine.EngineState;
import io.negotiationmaster.engine.strategy.CounterpartStatus;
import io.negotiationmaster.engine.strategy.Terms;
import io.negotiationmaster.engine.writing.ChatTurn;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.Negotiations;
import io.negotiationmaster.negotiation.TurnMessages;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.negotiation.Outcome;
import io.negotiationmaster.scenario.FullScenario;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Plays a negotiation in memory, writing nothing: the counterpart's opening, then the user's lines, each answered
 * by the same engine calls the negotiation facet makes ({@code say}, {@code accept}, {@code walkAway}), with the
 * same turn numbers. The same scenario, seed and lines therefore give the same replies, moves, offers and outcome
 * as {@code nm.negotiations()} does on a database, word for word.
 *
 * <p>Script lines (as in the demo's {@code --script}): plain text is said to the counterpart; {@code /accept}
 * accepts the counterpart's standing offer; {@code /walk} walks away (the counterpart may answer with a last
 * offer, and a second {@code /walk} leaves for good); {@code /end} ends without a deal as scoring a running
 * negotiation does. Blank lines, {@code #} comments and the display commands {@code /offer} and {@code /help} are
 * skipped. Message {@code i} is stamped {@code startedAt + 30 s × i}; ids are derived from the negotiation id.
 *
 * <p>Thread-safe; it keeps only a small cache of engine sessions.
 */
public final class NegotiationSimulator {
    /** The command that accepts the counterpart's standing offer. */
    public static final String ACCEPT = "/accept";
    /** The command that walks away. */
    public static final String WALK = "/walk";
    /** The command that ends the negotiation without a deal. */
    public static final String END = "/end";
    private static final Duration MESSAGE_SPACING = Duration.ofSeconds(30);
    private static final String WALK_TEXT = Negotiations.WALK_AWAY_TEXT;

    private static final int SESSIONS_KEPT = 64;

    private final CounterpartEngine engine;
    /** Sessions by scenario, seed and reservation: building one costs as much as a turn, and they are immutable. */
    private final Map<SessionKey, CounterpartEngine.Session> sessions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SessionKey, CounterpartEngine.Session> eldest) {
            return size() > SESSIONS_KEPT;
        }
    };

    /** A scenario version (id and last update of the scenario and its character), a seed and a reservation. */
    private record SessionKey(UUID scenarioId, Instant scenarioUpdated, UUID characterId, Instant characterUpdated,
            long seed, BigDecimal reservation) {
    }

    /** A simulator driving {@code engine} (use the host's engine, {@code nm.engine()}, to match its replies). */
    public NegotiationSimulator(CounterpartEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * The negotiation right after the counterpart's opening, as {@code nm.negotiations().start(user, slug, seed)}
     * stores it.
     */
    public Simulation start(FullScenario scenario, long seed, UUID negotiationId, UUID userId, Instant startedAt) {
        Objects.requireNonNull(scenario, "scenario");
        CounterpartEngine.Session session = engine.session(scenario, seed);
        EngineReply opening = engine.open(session);
        String text = scenario.scenario().initialMessage().filter(m -> !m.isBlank())
                .orElse(opening.reply().text());
        Message message = TurnMessages.counterpart(messageId(negotiationId, 0), negotiationId, 0, text, "opening", opening,
                startedAt);
        return new Simulation(scenario, seed, negotiationId, userId, startedAt, List.of(), List.of(message),
                opening.next(), Optional.empty(), Optional.empty());
    }

    /** The negotiation after the opening, with an id and user derived from the scenario and seed. */
    public Simulation start(FullScenario scenario, long seed, Instant startedAt) {
        Objects.requireNonNull(scenario, "scenario");
        UUID id = UUID.nameUUIDFromBytes(("simulation:" + scenario.scenario().id() + ":" + seed)
                .getBytes(StandardCharsets.UTF_8));
        return start(scenario, seed, id, new UUID(0L, 0L), startedAt);
    }

    /**
     * Plays every line of {@code script} from the opening.
     *
     * @throws ValidationException when a line is empty text, too long or an unknown command
     * @throws NegotiationFinishedException when a line comes after the negotiation ended
     */
    public Simulation play(FullScenario scenario, long seed, List<String> script, Instant startedAt) {
        return playAll(start(scenario, seed, startedAt), script);
    }

    /** Plays every line of {@code script} after {@code simulation}. */
    public Simulation playAll(Simulation simulation, List<String> script) {
        Simulation s = Objects.requireNonNull(simulation, "simulation");
        for (String line : Objects.requireNonNull(script, "script")) {
            s = next(s, line);
        }
        return s;
    }

    /**
     * The simulation after one more script line.
     *
     * @throws ValidationException when the line is too long or an unknown command
     * @throws NegotiationFinishedException when the negotiation already ended
     */
    public Simulation next(Simulation simulation, String line) {
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(line, "line");
        String clean = line.strip();
        if (clean.isEmpty() || clean.startsWith("#")) {
            return simulation;
        }
        String command = clean.startsWith("/") ? clean.split("\\s+", 2)[0].toLowerCase(Locale.ROOT) : "";
        if (command.equals("/offer") || command.equals("/help")) {
            return simulation;
        }
        if (simulation.ended()) {
            throw new NegotiationFinishedException(simulation.negotiationId(),
                    simulation.outcome().map(Outcome::code).orElse("completed"));
        }
        return switch (command) {
            case "" -> say(simulation, clean);
            case ACCEPT -> accept(simulation);
            case WALK -> turn(simulation, WALK, WALK_TEXT, "walk_away", (session, state, conversation, turn) ->
                    engine.respond(session, state, WALK_TEXT, conversation, turn));
            case END -> end(simulation);
            default -> throw new ValidationException("script", "unknown command '" + command
                    + "' (commands: /accept, /walk, /end)");
        };
    }

    private Simulation say(Simulation simulation, String text) {
        if (text.length() > Negotiations.MAX_MESSAGE_LENGTH) {
            throw new ValidationException("text", "text must be at most " + Negotiations.MAX_MESSAGE_LENGTH
                    + " characters, was " + text.length());
        }
        if (text.chars().anyMatch(ch -> ch == 0)) {
            throw new ValidationException("text", "text must not contain NUL characters");
        }
        return turn(simulation, text, text, "chat", (session, state, conversation, turn) ->
                engine.respond(session, state, text, conversation, turn));
    }

    private Simulation accept(Simulation simulation) {
        return turn(simulation, ACCEPT, null, "accept", (session, state, conversation, turn) -> {
            Terms standing = engine.standingTerms(state);
            String text = Negotiations.acceptanceText(standing.main(), session.currency());
            return engine.respondToOffer(session, state, standing.main(), standing.options(), text, conversation,
                    turn);
        });
    }

    private static Simulation end(Simulation s) {
        return new Simulation(s.scenario(), s.seed(), s.negotiationId(), s.userId(), s.startedAt(),
                append(s.script(), END), s.messages(), s.state(), Optional.of(Outcome.ENDED_WITHOUT_DEAL),
                Optional.empty());
    }

    @FunctionalInterface
    private interface Step {
        EngineReply run(CounterpartEngine.Session session, EngineState state, List<ChatTurn> conversation, int turn);
    }

    private Simulation turn(Simulation s, String scriptLine, String fixedText, String messageType, Step step) {
        CounterpartEngine.Session session = session(s);
        List<ChatTurn> conversation = s.messages().stream().map(m -> new ChatTurn(m.sender(), m.content())).toList();
        int seq = s.messages().size();
        EngineReply reply = step.run(session, s.state(), conversation, seq);
        String userText = fixedText != null ? fixedText : reply.decision().userOffer()
                .map(v -> Negotiations.acceptanceText(v, session.currency()))
                .orElse("I accept your offer.");
        Instant userTime = s.startedAt().plus(MESSAGE_SPACING.multipliedBy(seq));
        Instant aiTime = s.startedAt().plus(MESSAGE_SPACING.multipliedBy(seq + 1L));
        Message user = TurnMessages.user(messageId(s.negotiationId(), seq), s.negotiationId(), seq, userText,
                messageType, reply, userTime);
        Message ai = TurnMessages.counterpart(messageId(s.negotiationId(), seq + 1), s.negotiationId(), seq + 1,
                reply.reply().text(), "chat", reply, aiTime);
        List<Message> messages = new ArrayList<>(s.messages());
        messages.add(user);
        messages.add(ai);
        CounterpartStatus status = reply.next().counterpart().status();
        Optional<Outcome> outcome = switch (status) {
            case AGREED -> Optional.of(Outcome.DEAL);
            case USER_LEFT -> Optional.of(Outcome.USER_WALKED_AWAY);
            case COUNTERPART_LEFT -> Optional.of(Outcome.COUNTERPART_WALKED_AWAY);
            case OPEN -> Optional.empty();
        };
        Optional<Offer> deal = reply.decision().deal().map(t -> new Offer(t.main(), t.options()));
        return new Simulation(s.scenario(), s.seed(), s.negotiationId(), s.userId(), s.startedAt(),
                append(s.script(), scriptLine), messages, reply.next(), outcome, deal);
    }

    /** The engine session of {@code s}, as the negotiation facet rebuilds it for every turn (cached). */
    CounterpartEngine.Session session(Simulation s) {
        FullScenario full = s.scenario();
        SessionKey key = new SessionKey(full.scenario().id(), full.scenario().updatedAt(), full.character().id(),
                full.character().updatedAt(), s.seed(), s.state().reservation());
        synchronized (sessions) {
            return sessions.computeIfAbsent(key, k -> engine.session(full, s.seed(), s.state().reservation()));
        }
    }

    private static List<String> append(List<String> script, String line) {
        List<String> lines = new ArrayList<>(script);
        lines.add(line);
        return lines;
    }

    private static UUID messageId(UUID negotiationId, int seq) {
        return new UUID(negotiationId.getMostSignificantBits(), negotiationId.getLeastSignificantBits() ^ (seq + 1L));
    }

}
