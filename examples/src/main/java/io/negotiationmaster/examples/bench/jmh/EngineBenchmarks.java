package io.negotiationmaster.examples.bench.jmh;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.engine.CounterpartEngine;
import io.negotiationmaster.engine.EngineReply;
import io.negotiationmaster.engine.EngineState;
import io.negotiationmaster.engine.strategy.CounterpartProfile;
import io.negotiationmaster.engine.strategy.CounterpartState;
import io.negotiationmaster.engine.strategy.Decision;
import io.negotiationmaster.engine.strategy.Negotiator;
import io.negotiationmaster.engine.strategy.UserMove;
import io.negotiationmaster.engine.understanding.MessageReader;
import io.negotiationmaster.engine.understanding.Reading;
import io.negotiationmaster.engine.understanding.ReadingContext;
import io.negotiationmaster.engine.understanding.UserGoal;
import io.negotiationmaster.engine.writing.PublicPersona;
import io.negotiationmaster.engine.writing.ReplyPlan;
import io.negotiationmaster.engine.writing.ReplyWriter;
import io.negotiationmaster.engine.writing.WrittenReply;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.NegotiationRecord;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The engine's steps on the used-car scenario: reading a message ({@link MessageReader#read}), deciding
 * ({@link Negotiator#decide}), writing the reply ({@link ReplyWriter#write}) and a whole engine turn
 * ({@link CounterpartEngine#respond}, read + decide + write). Sample mode, so JMH prints the median (p0.50).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class EngineBenchmarks {
    private MessageReader reader;
    private ReadingContext context;
    private Negotiator negotiator;
    private CounterpartProfile profile;
    private CounterpartState afterOpening;
    private UserMove move;
    private ReplyWriter writer;
    private PublicPersona persona;
    private Decision decision;
    private CounterpartEngine engine;
    private CounterpartEngine.Session session;
    private EngineState state;
    private int next;

    /** Builds the inputs: the engine's state is that of a real negotiation after two turns through the API. */
    @Setup
    public void setUp() {
        reader = MessageReader.create();
        context = ReadingContext.price(Currency.getInstance("USD"), new BigDecimal("24500"), UserGoal.WANTS_LOW)
                .withCounterpartOffer(new BigDecimal("23900"));
        negotiator = new Negotiator();
        profile = BenchFixtures.usedCarProfile();
        afterOpening = negotiator.open(profile, new SplittableRandom(1)).next();
        move = UserMove.offer(new BigDecimal("21500"), BenchFixtures.MESSAGES[0], MoveType.FIRST_OFFER);
        writer = ReplyWriter.withBundledTemplates();
        persona = PublicPersona.of(profile);
        decision = negotiator.decide(profile, afterOpening, move, new SplittableRandom(2));
        try (NegotiationMaster nm = BenchFixtures.inMemory(BenchFixtures.analyzer())) {
            UUID user = BenchFixtures.user(nm);
            Negotiation n = nm.negotiations().start(user, "used-car-honda-accord", 7);
            nm.negotiations().say(user, n.id(), BenchFixtures.MESSAGES[0]);
            nm.negotiations().say(user, n.id(), BenchFixtures.MESSAGES[4]);
            NegotiationRecord record = nm.negotiations().record(user, n.id());
            engine = nm.engine();
            session = nm.negotiations().session(record);
            state = record.state();
        }
    }

    private String message() {
        next = (next + 1) % BenchFixtures.MESSAGES.length;
        return BenchFixtures.MESSAGES[next];
    }

    /** Reading one user message (amounts, issues, moves). */
    @Benchmark
    public Reading read() {
        return reader.read(message(), context);
    }

    /** Deciding the counterpart's answer to a counter-offer. */
    @Benchmark
    public Decision decide() {
        return negotiator.decide(profile, afterOpening, move, new SplittableRandom(next++));
    }

    /** Writing the reply of a decided counter-offer from the template bank. */
    @Benchmark
    public WrittenReply write() {
        return writer.write(ReplyPlan.of(decision, persona), persona, List.of(), new SplittableRandom(next++));
    }

    /** A whole engine turn: read, decide and write (no storage). */
    @Benchmark
    public EngineReply respond() {
        return engine.respond(session, state, message(), List.of(), 5);
    }
}
