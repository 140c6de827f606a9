package io.negotiationmaster.examples.bench.jmh;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.examples.bench.TimedAnalyzer;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.performance.FinishedNegotiation;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.scoring.StandardAnalyzer;
import io.negotiationmaster.performance.Outcome;
import io.negotiationmaster.performance.TranscriptEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
 * Scoring a 100-message negotiation with {@link StandardAnalyzer#analyze}. The input comes from a real negotiation:
 * a patient trainee talks with the counterpart through the API on an in-memory database and
 * {@code performance().finish} hands the analyzer the {@link FinishedNegotiation} captured here. The counterpart
 * closes a used-car negotiation after a dozen turns, so the body of that transcript (its real messages, moves and
 * offers) is repeated, renumbered, up to 100 messages before the real ending.
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

    /** Builds the {@value #MESSAGES}-message negotiation. */
    @Setup
    public void setUp() {
        negotiation = hundredMessages();
    }

    /** A finished negotiation of {@value #MESSAGES} messages built from a real one (see the class comment). */
    public static FinishedNegotiation hundredMessages() {
        TimedAnalyzer capture = BenchFixtures.analyzer();
        try (NegotiationMaster nm = BenchFixtures.inMemory(capture)) {
            UUID user = BenchFixtures.user(nm);
            for (long seed = 1; seed <= 3; seed++) {
                Negotiation n = nm.negotiations().start(user, "used-car-honda-accord", seed);
                int line = 0;
                while (n.inProgress() && n.messageCount() < MESSAGES) {
                    n = nm.negotiations().say(user, n.id(), LINES[line++ % LINES.length]).negotiation();
                }
                nm.performance().finish(user, n.id());
            }
        }
        FinishedNegotiation real = capture.largest().orElseThrow();
        List<TranscriptEntry> source = real.transcript();
        if (source.size() < 4) {
            throw new IllegalStateException("the sample negotiation is too short: " + source.size() + " messages");
        }
        List<TranscriptEntry> body = source.subList(1, source.size() - 2);
        List<TranscriptEntry> stitched = new ArrayList<>();
        stitched.add(source.get(0));
        for (int i = 0; stitched.size() < MESSAGES - 2; i++) {
            stitched.add(body.get(i % body.size()));
        }
        stitched.addAll(source.subList(source.size() - 2, source.size()));
        Instant start = source.get(0).timestamp();
        List<TranscriptEntry> renumbered = new ArrayList<>();
        for (int i = 0; i < stitched.size(); i++) {
            TranscriptEntry e = stitched.get(i);
            renumbered.add(new TranscriptEntry(i, e.party(), e.text(), start.plusSeconds(20L * i), e.moves(),
                    e.mainOffer(), e.secondaryTerms(), e.voice()));
        }
        Outcome o = real.outcome();
        Outcome outcome = new Outcome(o.status(), o.deal(), o.counterpartRapport(), start,
                start.plusSeconds(20L * renumbered.size()));
        return new FinishedNegotiation(real.negotiationId(), real.userId(), real.scenario(), renumbered, outcome);
    }

    /** Scores the whole negotiation: the three dimensions, metrics, milestones, style, coaching and debrief. */
    @Benchmark
    public PerformanceReport analyze() {
        return analyzer.analyze(negotiation);
    }
}
