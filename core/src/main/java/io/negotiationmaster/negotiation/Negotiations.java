package io.negotiationmaster.negotiation;

import io.negotiationmaster.engine.CounterpartEngine;
import io.negotiationmaster.engine.EngineReply;
import io.negotiationmaster.engine.EngineState;
import io.negotiationmaster.engine.strategy.CounterpartStatus;
import io.negotiationmaster.engine.strategy.Terms;
import io.negotiationmaster.engine.writing.ChatTurn;
import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.StaleStateException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.scenario.FullScenario;
import io.negotiationmaster.scenario.ScenarioCatalog;
import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import io.negotiationmaster.storage.Transactions;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The negotiation facet ({@code nm.negotiations()}): start a negotiation on a scenario, exchange turns with the
 * AI counterpart, accept, walk away, read the history and list a user's negotiations. Every call takes the acting
 * user's id and refuses ({@link AccessDeniedException}) a negotiation of someone else.
 *
 * <p>Each turn is one transaction: the user's message, its moves, the reply, its moves and the decision record
 * commit together or not at all. Concurrent turns on one negotiation are serialised by a row lock and an
 * optimistic version ({@link StaleStateException} if both somehow meet).
 */
public final class Negotiations {
    /** The longest message a user may send. */
    public static final int MAX_MESSAGE_LENGTH = 4_000;
    private static final Logger LOG = LoggerFactory.getLogger(Negotiations.class);
    /** The text stored for the user's message when they walk away. */
    public static final String WALK_AWAY_TEXT = "I'm going to walk away from this one.";
    private static final int HISTORY_LIMIT = 10_000;
    private static final int SESSION_CACHE_SIZE = 2_000;

    private final NegotiationStore store;
    private final ScenarioCatalog catalog;
    private final CounterpartEngine engine;
    private final Transactions transactions;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final LongSupplier seeds;
    private final boolean conversationForModel;
    private final List<NegotiationListener> listeners = new CopyOnWriteArrayList<>();
    /** Engine sessions of recently active negotiations (bounded; rebuilt from storage when evicted). */
    private final Map<UUID, CounterpartEngine.Session> sessions = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(Map.Entry<UUID, CounterpartEngine.Session> eldest) {
                    return size() > SESSION_CACHE_SIZE;
                }
            });

    /**
     * @param store storage
     * @param catalog the scenarios with their confidential parts
     * @param engine the AI counterpart
     * @param transactions transaction boundary
     * @param clock time source
     * @param conversationForModel whether the engine phrases with a language model (then the conversation so far
     *     is loaded for its context)
     */
    public Negotiations(NegotiationStore store, ScenarioCatalog catalog, CounterpartEngine engine,
            Transactions transactions, Clock clock, boolean conversationForModel) {
        this(store, catalog, engine, transactions, clock, conversationForModel, UUID::randomUUID,
                new SecureRandom()::nextLong);
    }

    /** As above, with the ids and seeds given (tests, replays). */
    public Negotiations(NegotiationStore store, ScenarioCatalog catalog, CounterpartEngine engine,
            Transactions transactions, Clock clock, boolean conversationForModel, Supplier<UUID> ids,
            LongSupplier seeds) {
        this.store = Objects.requireNonNull(store, "store");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.conversationForModel = conversationForModel;
        this.ids = Objects.requireNonNull(ids, "ids");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
    }

    /** Registers a listener for typing, reply, offer, deal and finished events. */
    public void addListener(NegotiationListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(NegotiationListener listener) {
        listeners.remove(listener);
    }

    /**
     * Starts a negotiation on the scenario with {@code scenarioSlugOrId}, with a fresh random seed: draws the
     * counterpart's reservation value and stores the counterpart's opening message.
     *
     * @throws NotFoundException when the scenario does not exist
     * @throws ValidationException when the scenario is inactive
     */
    public Negotiation start(UUID userId, String scenarioSlugOrId) {
        return start(userId, scenarioSlugOrId, seeds.getAsLong());
    }

    /** Starts a negotiation with a given seed, so it can be replayed exactly (same seed and messages, same replies). */
    public Negotiation start(UUID userId, String scenarioSlugOrId, long seed) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(scenarioSlugOrId, "scenarioSlugOrId");
        return transactions.inTransaction(() -> {
            FullScenario scenario = catalog.bySlugOrId(scenarioSlugOrId);
            if (!scenario.scenario().active()) {
                throw new ValidationException("scenario", "scenario " + scenario.scenario().slug()
                        + " is not active");
            }
            CounterpartEngine.Session session = engine.session(scenario, seed);
            EngineReply opening = engine.open(session);
            Instant now = clock.instant();
            UUID id = ids.get();
            NegotiationRecord record = new NegotiationRecord(id, userId, scenario.scenario().id(),
                    NegotiationStatus.IN_PROGRESS, Optional.empty(), now, Optional.empty(), false, Optional.empty(),
                    seed, opening.next(), 0, 0, now);
            store.insert(record);
            String text = scenario.scenario().initialMessage().filter(m -> !m.isBlank())
                    .orElse(opening.reply().text());
            String writer = scenario.scenario().initialMessage().isPresent() ? "scenario" : "template";
            Message reply = TurnMessages.counterpart(ids.get(), id, 0, text, "opening", opening, now);
            store.insertMessage(reply, Optional.empty(), "text");
            store.insertMoves(aiMoves(reply, opening, Optional.empty()));
            store.insertDecision(decision(reply, Optional.empty(), opening, writer));
            NegotiationRecord stored = record.next(opening.next(), 1, NegotiationStatus.IN_PROGRESS,
                    Optional.empty(), Optional.empty(), now);
            update(stored);
            return stored.view();
        });
    }

    /**
     * The user says {@code text}; the counterpart reads it, decides and replies. Both messages are stored.
     *
     * @throws ValidationException when the text is empty or longer than {@value #MAX_MESSAGE_LENGTH} characters
     * @throws NotFoundException when the negotiation does not exist
     * @throws AccessDeniedException when it belongs to someone else
     * @throws NegotiationFinishedException when it has ended
     */
    public Turn say(UUID userId, UUID negotiationId, String text) {
        String clean = validText(text);
        return turn(userId, negotiationId, (record, session, conversation) -> engine.respond(session, record.state(),
                clean, conversation, record.messageCount()), clean, "chat", Optional.empty());
    }

    /**
     * As {@link #say(UUID, UUID, String)} for words the user spoke: the same turn, with the user message's metadata
     * carrying source {@code voice}, when the speech started and ended and the recogniser's confidence.
     *
     * @param speech when the words were spoken and how sure the recogniser was
     * @throws ValidationException when the text is empty or too long
     */
    public Turn saySpoken(UUID userId, UUID negotiationId, String text, SpeechTiming speech) {
        Objects.requireNonNull(speech, "speech");
        String clean = validText(text);
        return turn(userId, negotiationId, (record, session, conversation) -> engine.respond(session, record.state(),
                clean, conversation, record.messageCount()), clean, "chat", Optional.of(speech));
    }

    /**
     * The user puts a structured offer on the table (from a host's offer form): the main amount and secondary terms.
     *
     * @throws ValidationException when the amount is not positive
     */
    public Turn propose(UUID userId, UUID negotiationId, Offer offer) {
        Objects.requireNonNull(offer, "offer");
        if (offer.amount().signum() <= 0) {
            throw new ValidationException("offer.amount", "offer.amount must be positive, was " + offer.amount());
        }
        String text = describe(offer);
        return turn(userId, negotiationId, (record, session, conversation) -> engine.respondToOffer(session,
                record.state(), offer.amount(), offer.terms(), text, conversation, record.messageCount()), text,
                "offer", Optional.empty());
    }

    /** The user accepts the counterpart's standing offer: a deal on exactly those terms. */
    public Turn accept(UUID userId, UUID negotiationId) {
        return turn(userId, negotiationId, (record, session, conversation) -> {
            Terms standing = engine.standingTerms(record.state());
            String text = acceptanceText(standing.main(), session.currency());
            return engine.respondToOffer(session, record.state(), standing.main(), standing.options(), text,
                    conversation, record.messageCount());
        }, null, "accept", Optional.empty());
    }

    /** The user walks away without a deal. The counterpart answers (it may try one last offer). */
    public Turn walkAway(UUID userId, UUID negotiationId) {
        String text = WALK_AWAY_TEXT;
        return turn(userId, negotiationId, (record, session, conversation) -> engine.respond(session, record.state(),
                text, conversation, record.messageCount()), text, "walk_away", Optional.empty());
    }

    /**
     * Gives a running negotiation up without a deal; it will not be scored.
     *
     * @return the negotiation, now {@link NegotiationStatus#ABANDONED}
     */
    public Negotiation abandon(UUID userId, UUID negotiationId) {
        Negotiation result = transactions.inTransaction(() -> {
            NegotiationRecord record = owned(userId, negotiationId, true);
            requireRunning(record);
            NegotiationRecord ended = record.next(record.state(), 0, NegotiationStatus.ABANDONED,
                    Optional.of(Outcome.ABANDONED), Optional.empty(), clock.instant());
            update(ended);
            return ended.view();
        });
        fire(new NegotiationEvent.Finished(negotiationId, userId, result.status(), result.outcome()));
        return result;
    }

    /** The negotiation as the user may see it. */
    public Negotiation get(UUID userId, UUID negotiationId) {
        return transactions.readOnly(() -> owned(userId, negotiationId, false).view());
    }

    /** Every message of the negotiation, in order. */
    public List<Message> history(UUID userId, UUID negotiationId) {
        return history(userId, negotiationId, new PageRequest(0, PageRequest.MAX_SIZE), HISTORY_LIMIT);
    }

    /** One page of the negotiation's messages, in order. */
    public List<Message> history(UUID userId, UUID negotiationId, PageRequest page) {
        return history(userId, negotiationId, page, page.size());
    }

    private List<Message> history(UUID userId, UUID negotiationId, PageRequest page, int limit) {
        return transactions.readOnly(() -> {
            owned(userId, negotiationId, false);
            return store.messages(negotiationId, (int) page.offset(), limit);
        });
    }

    /** One page of the user's negotiations, newest first. */
    public Page<Negotiation> list(UUID userId, NegotiationFilter filter, PageRequest page) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(page, "page");
        return transactions.readOnly(() -> {
            Page<NegotiationRecord> records = store.listByUser(userId, filter, page);
            return new Page<>(records.items().stream().map(NegotiationRecord::view).toList(), page,
                    records.total());
        });
    }

    /**
     * The stored record with its private parts, checked for ownership. For the performance analysis and tools
     * running after the end; never hand it to a trainee while the negotiation runs.
     */
    public NegotiationRecord record(UUID userId, UUID negotiationId) {
        return transactions.readOnly(() -> owned(userId, negotiationId, false));
    }

    /**
     * Ends a running negotiation without a deal (the user's "end" command), inside the caller's transaction.
     * Ended negotiations are returned unchanged. Used by the performance facet before scoring.
     */
    public NegotiationRecord endForScoring(UUID userId, UUID negotiationId) {
        return transactions.inTransaction(() -> {
            NegotiationRecord record = owned(userId, negotiationId, true);
            if (record.status() != NegotiationStatus.IN_PROGRESS) {
                return record;
            }
            NegotiationRecord ended = record.next(record.state(), 0, NegotiationStatus.COMPLETED,
                    Optional.of(Outcome.ENDED_WITHOUT_DEAL), Optional.empty(), clock.instant());
            update(ended);
            return ended;
        });
    }

    /** The engine session of a stored negotiation (same reservation as drawn at the start). */
    public CounterpartEngine.Session session(NegotiationRecord record) {
        // the seed and reservation are fixed for a negotiation's life, so its session can be reused
        CounterpartEngine.Session cached = sessions.get(record.id());
        if (cached != null) {
            return cached;
        }
        FullScenario scenario = catalog.byId(record.scenarioId());
        CounterpartEngine.Session session = engine.session(scenario, record.seed(), record.state().reservation());
        sessions.put(record.id(), session);
        return session;
    }

    /** Notifies listeners that a negotiation finished (used by the performance facet after it commits). */
    public void announceFinished(Negotiation negotiation) {
        fire(new NegotiationEvent.Finished(negotiation.id(), negotiation.userId(), negotiation.status(),
                negotiation.outcome()));
    }

    @FunctionalInterface
    private interface Step {
        EngineReply run(NegotiationRecord record, CounterpartEngine.Session session, List<ChatTurn> conversation);
    }

    private Turn turn(UUID userId, UUID negotiationId, Step step, String fixedText, String messageType,
            Optional<SpeechTiming> speech) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(negotiationId, "negotiationId");
        Turn turn = transactions.inTransaction(() -> {
            NegotiationRecord record = owned(userId, negotiationId, true);
            requireRunning(record);
            // validated and locked: the counterpart starts "typing" before the engine runs
            fire(new NegotiationEvent.Typing(negotiationId, userId));
            CounterpartEngine.Session session = session(record);
            List<ChatTurn> conversation = conversationForModel ? conversation(negotiationId) : List.of();
            EngineReply reply = step.run(record, session, conversation);
            String userText = fixedText != null ? fixedText : reply.decision().userOffer()
                    .map(v -> acceptanceText(v, session.currency()))
                    .orElse("I accept your offer.");
            Instant now = clock.instant();
            int seq = record.messageCount();
            Message userMessage = TurnMessages.user(ids.get(), negotiationId, seq, userText, messageType, reply, now);
            Message aiMessage = TurnMessages.counterpart(ids.get(), negotiationId, seq + 1, reply.reply().text(), "chat", reply, now);
            String source = "accept".equals(messageType) || "offer".equals(messageType) ? "form" : "text";
            MessageMetadata userMetadata = speech.map(v -> {
                MessageMetadata typed = userMessage.metadata("voice");
                return new MessageMetadata(typed.moves(), typed.amounts(), typed.offer(), "voice", v.start(),
                        v.end(), v.confidence().orElse(null));
            }).orElseGet(() -> userMessage.metadata(source));
            store.insertMessage(userMessage, Optional.of(userId), userMetadata);
            store.insertMessage(aiMessage, Optional.empty(), "text");
            List<MoveRecord> moves = new ArrayList<>(userMoves(userMessage, record.state(), reply));
            moves.addAll(aiMoves(aiMessage, reply, Optional.of(record.state())));
            store.insertMoves(moves);
            store.insertDecision(decision(aiMessage, Optional.of(userMessage.id()), reply,
                    reply.writerDetail().startsWith("model") ? "model" : "template"));
            CounterpartStatus status = reply.next().counterpart().status();
            NegotiationStatus newStatus = status.isFinal() ? NegotiationStatus.COMPLETED
                    : NegotiationStatus.IN_PROGRESS;
            Optional<Outcome> outcome = switch (status) {
                case AGREED -> Optional.of(Outcome.DEAL);
                case USER_LEFT -> Optional.of(Outcome.USER_WALKED_AWAY);
                case COUNTERPART_LEFT -> Optional.of(Outcome.COUNTERPART_WALKED_AWAY);
                case OPEN -> Optional.empty();
            };
            Optional<Offer> deal = reply.decision().deal().map(t -> new Offer(t.main(), t.options()));
            NegotiationRecord next = record.next(reply.next(), 2, newStatus, outcome, deal, now);
            update(next);
            return new Turn(userMessage, aiMessage, next.view());
        });
        fire(new NegotiationEvent.Replied(negotiationId, userId, turn.reply()));
        turn.userMessage().offer().ifPresent(o -> fire(new NegotiationEvent.OfferMade(negotiationId, userId,
                Party.USER, o)));
        turn.reply().offer().ifPresent(o -> fire(new NegotiationEvent.OfferMade(negotiationId, userId, Party.AI, o)));
        turn.negotiation().dealTerms().ifPresent(t -> fire(new NegotiationEvent.DealReached(negotiationId, userId,
                t)));
        if (!turn.negotiation().inProgress()) {
            announceFinished(turn.negotiation());
        }
        return turn;
    }

    private List<ChatTurn> conversation(UUID negotiationId) {
        return store.messages(negotiationId, 0, HISTORY_LIMIT).stream()
                .map(m -> new ChatTurn(m.sender(), m.content())).toList();
    }

    private NegotiationRecord owned(UUID userId, UUID negotiationId, boolean lock) {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(negotiationId, "negotiationId");
        Optional<NegotiationRecord> found = lock ? store.lock(negotiationId) : store.find(negotiationId);
        NegotiationRecord record = found.orElseThrow(() -> new NotFoundException("negotiation", negotiationId));
        if (!record.userId().equals(userId)) {
            throw new AccessDeniedException("negotiation " + negotiationId + " belongs to another user");
        }
        return record;
    }

    private static NegotiationRecord requireRunning(NegotiationRecord record) {
        if (record.status() != NegotiationStatus.IN_PROGRESS) {
            throw new NegotiationFinishedException(record.id(), record.outcome().map(Outcome::code)
                    .orElse(record.status().code()));
        }
        return record;
    }

    private void update(NegotiationRecord record) {
        if (!store.update(record)) {
            throw new StaleStateException("negotiation", record.id());
        }
    }

    private static String validText(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationException("text", "text must not be empty");
        }
        String clean = text.strip();
        if (clean.length() > MAX_MESSAGE_LENGTH) {
            throw new ValidationException("text", "text must be at most " + MAX_MESSAGE_LENGTH
                    + " characters, was " + clean.length());
        }
        if (clean.chars().anyMatch(ch -> ch == 0)) {
            throw new ValidationException("text", "text must not contain NUL characters");
        }
        return clean;
    }

    private List<MoveRecord> userMoves(Message message, EngineState before, EngineReply reply) {
        List<MoveRecord> moves = new ArrayList<>();
        Optional<BigDecimal> offer = message.offer().map(Offer::amount);
        Optional<BigDecimal> last = before.counterpart().lastUserOffer();
        for (MoveType move : message.moves()) {
            boolean offerMove = move == MoveType.FIRST_OFFER || move == MoveType.COUNTER_OFFER
                    || move == MoveType.CONCESSION || move == MoveType.PACKAGE_TRADE || move == MoveType.ACCEPTANCE;
            Optional<BigDecimal> amount = offerMove ? offer : Optional.empty();
            Optional<BigDecimal> concession = move == MoveType.CONCESSION && offer.isPresent() && last.isPresent()
                    ? Optional.of(offer.get().subtract(last.get()).abs()) : Optional.empty();
            moves.add(new MoveRecord(ids.get(), message.negotiationId(), message.id(), Party.USER, message.seq(), move,
                    amount.map(a -> "main"), amount, concession));
        }
        return moves;
    }

    private List<MoveRecord> aiMoves(Message message, EngineReply reply, Optional<EngineState> before) {
        List<MoveRecord> moves = new ArrayList<>();
        Optional<BigDecimal> amount = message.offer().map(Offer::amount);
        Optional<BigDecimal> previous = before.filter(s -> !s.counterpart().counterpartOffers().isEmpty())
                .map(s -> s.counterpart().standing().main());
        for (MoveType move : reply.decision().moves()) {
            boolean offerMove = move == MoveType.FIRST_OFFER || move == MoveType.COUNTER_OFFER
                    || move == MoveType.CONCESSION || move == MoveType.PACKAGE_TRADE || move == MoveType.ACCEPTANCE
                    || move == MoveType.HIGH_ANCHOR;
            Optional<BigDecimal> a = offerMove ? amount : Optional.empty();
            Optional<BigDecimal> concession = move == MoveType.CONCESSION && a.isPresent() && previous.isPresent()
                    ? Optional.of(a.get().subtract(previous.get()).abs()) : Optional.empty();
            moves.add(new MoveRecord(ids.get(), message.negotiationId(), message.id(), Party.AI, message.seq(), move,
                    a.map(x -> "main"), a, concession));
        }
        return moves;
    }

    private DecisionRecord decision(Message aiMessage, Optional<UUID> userMessageId, EngineReply reply,
            String writer) {
        List<MoveType> moves = reply.decision().moves();
        MoveType main = moves.isEmpty() ? MoveType.OTHER : moves.get(moves.size() - 1);
        int latency = (int) Math.min(Integer.MAX_VALUE, reply.engineNanos() / 1_000_000L);
        return new DecisionRecord(ids.get(), aiMessage.negotiationId(), aiMessage.id(), userMessageId, main, moves,
                aiMessage.offer(), reply.decision().reasoning(), writer, reply.writerDetail(), latency);
    }

    private void fire(NegotiationEvent event) {
        for (NegotiationListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.warn("negotiation listener failed on {}: {}", event.getClass().getSimpleName(), e.toString());
            }
        }
    }

    private static String describe(Offer offer) {
        StringBuilder text = new StringBuilder("My offer: ").append(offer.amount().stripTrailingZeros().toPlainString());
        for (Map.Entry<String, String> e : offer.terms().entrySet()) {
            text.append(", ").append(e.getKey().replace('_', ' ')).append(": ").append(e.getValue());
        }
        return text.append('.').toString();
    }

    /** The text stored for the user's message when they accept an offer of {@code amount}. */
    public static String acceptanceText(BigDecimal amount, String currency) {
        return "I accept your offer of " + formatAmount(amount, currency) + ".";
    }

    /** An amount as the facet writes it in fixed texts: {@code $24,500}, {@code €1,200.50}, {@code 15%}. */
    public static String formatAmount(BigDecimal amount, String currency) {
        if ("%".equals(currency)) {
            return amount.stripTrailingZeros().toPlainString() + "%";
        }
        java.text.NumberFormat format = java.text.NumberFormat.getCurrencyInstance(Locale.US);
        format.setCurrency(java.util.Currency.getInstance(currency));
        format.setMaximumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(amount);
    }
}
