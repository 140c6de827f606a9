package io.negotiationmaster.examples.bench.jmh;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.examples.bench.TimedAnalyzer;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.scoring.StandardAnalyzer;
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
 * Scoring a 100-message negotiation with {@link StandardAnalyzer#analyze}. The input is a real negotiation: a
 * patient trainee talks with the counterpart through the API on an in-memory database until 100 messages are
 * stored, and {@code performance().finish} hands the analyzer the {@link FinishedNegotiation} captured here.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Thread)
public class ScoringBenchmark {
    /** Messages in the scored negotiation. */
    public static final int MESSAGES = 100;
    private static final String[] LINES = {
        "Thanks for showing me the car. What can you tell me about its service history?",
        "I appreciate that. I'm thinking about $19,000 for it.",
        "I understand it's a good car. Is there any flexibility if I can close this week?",
        "I could go to $19,100 if you include the extended warranty.",
        "That helps, thank you. What matters most to you in this deal?"};

    private final StandardAnalyzer analyzer = new StandardAnalyzer();
    private FinishedNegotiation negotiation;

    /** Stores and finishes negotiations until one of at least {@value #MESSAGES} messages has been captured. */
    @Setup
    public void setUp() {
        negotiation = hundredMessages();
    }

    /** A real finished negotiation of at least {@value #MESSAGES} messages (the longest of a few seeds). */
    public static FinishedNegotiation hundredMessages() {
        TimedAnalyzer capture = BenchFixtures.analyzer();
        try (NegotiationMaster nm = BenchFixtures.inMemory(capture)) {
            UUID user = BenchFixtures.user(nm);
            for (long seed = 1; seed <= 20; seed++) {
                Negotiation n = nm.negotiations().start(user, "used-car-honda-accord", seed);
                int line = 0;
                while (n.inProgress() && n.messageCount() < MESSAGES) {
                    n = nm.negotiations().say(user, n.id(), LINES[line++ % LINES.length]).negotiation();
                }
                nm.performance().finish(user, n.id());
                if (capture.largest().orElseThrow().transcript().size() >= MESSAGES) {
                    break;
                }
            }
        }
        FinishedNegotiation longest = capture.largest().orElseThrow();
        if (longest.transcript().size() < MESSAGES) {
            throw new IllegalStateException("no negotiation reached " + MESSAGES + " messages; the longest had "
                    + longest.transcript().size());
        }
        return longest;
    }

    /** Scores the whole negotiation: the three dimensions, metrics, milestones, style, coaching and debrief. */
    @Benchmark
    public PerformanceReport analyze() {
        return analyzer.analyze(negotiation);
    }
}
