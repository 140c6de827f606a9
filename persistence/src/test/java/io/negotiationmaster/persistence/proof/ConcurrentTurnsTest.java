package io.negotiationmaster.persistence.proof;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.error.NegotiationMasterException;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Many threads at once: no lost or duplicated message, seqs strictly sequential, no deadlock, one registration. */
class ConcurrentTurnsTest {
    private static final String CAR = "used-car-honda-accord";
    private static final int THREADS = 8;
    private static final int TURNS = 4;

    @DatabaseTest
    void concurrentTurnsOnOneNegotiationAreSerialisedWithoutLossOrDuplicates(TestDatabase db) throws Exception {
        UUID alice = db.user("alice");
        NegotiationMaster nm = db.nm();
        Negotiation n = nm.negotiations().start(alice, CAR, 5L);
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(() -> {
                List<String> said = new ArrayList<>();
                for (int i = 0; i < TURNS; i++) {
                    String text = "Thread " + thread + " message " + i + ": tell me more about the car.";
                    try {
                        Turn turn = nm.negotiations().say(alice, n.id(), text);
                        assertThat(turn.reply().seq()).isEqualTo(turn.userMessage().seq() + 1);
                        said.add(text);
                    } catch (ConflictException | NegotiationFinishedException e) {
                        // refused whole: checked below against what is stored
                    }
                }
                return said;
            });
        }
        List<String> accepted = runAll(work);

        List<Message> history = nm.negotiations().history(alice, n.id());
        List<String> stored = history.stream().filter(m -> m.sender() == Party.USER).map(Message::content).toList();
        assertThat(stored).containsExactlyInAnyOrderElementsOf(accepted).doesNotHaveDuplicates();
        assertThat(history).extracting(Message::seq)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, history.size()).boxed().toList());
        assertThat(nm.negotiations().get(alice, n.id()).messageCount()).isEqualTo(history.size());
        try (Connection c = db.connect()) {
            assertThat(StoredTurns.violations(c)).isEmpty();
        }
        System.out.printf("concurrency [%s]: %d of %d concurrent turns on one negotiation stored%n",
                db.database().folder(), accepted.size(), THREADS * TURNS);
        assertThat(accepted).isNotEmpty();
    }

    @DatabaseTest
    void concurrentTurnsOnManyNegotiationsAllSucceed(TestDatabase db) throws Exception {
        UUID alice = db.user("alice");
        NegotiationMaster nm = db.nm();
        List<Callable<List<String>>> work = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            UUID id = nm.negotiations().start(alice, CAR, 100L + t).id();
            ids.add(id);
            work.add(() -> {
                List<String> said = new ArrayList<>();
                for (int i = 0; i < TURNS; i++) {
                    nm.negotiations().say(alice, id, "What else could you include, " + i + "?");
                    said.add(id + ":" + i);
                }
                return said;
            });
        }
        assertThat(runAll(work)).hasSize(THREADS * TURNS);
        for (UUID id : ids) {
            assertThat(nm.negotiations().history(alice, id)).extracting(Message::seq)
                    .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8);
        }
        try (Connection c = db.connect()) {
            assertThat(StoredTurns.violations(c)).isEmpty();
        }
    }

    @DatabaseTest
    void concurrentRegistrationsOfOneEmailLetExactlyOneThrough(TestDatabase db) throws Exception {
        NegotiationMaster nm = db.open(b -> b.bcryptCost(4));
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<List<String>>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            work.add(() -> {
                start.await();
                try {
                    nm.accounts().register(new Registration("Same.Person@example.com", "person" + thread,
                            "a-long-passphrase-" + thread, "Same", "Person"));
                    return List.of("registered");
                } catch (ConflictException e) {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.getMessage()).contains("email");
                    return List.of();
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (Callable<List<String>> w : work) {
                futures.add(pool.submit(w));
            }
            start.countDown();
            int registered = 0;
            for (Future<List<String>> f : futures) {
                registered += f.get(60, TimeUnit.SECONDS).size();
            }
            assertThat(registered).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(db.count("users")).isEqualTo(1);
    }

    /** Runs every task on its own thread, fails on a timeout (a deadlock) or an untyped exception. */
    private static List<String> runAll(List<Callable<List<String>>> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Future<List<String>>> futures = new ArrayList<>();
            for (Callable<List<String>> w : work) {
                futures.add(pool.submit(w));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> f : futures) {
                try {
                    all.addAll(f.get(120, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).as("only typed failures").isInstanceOf(NegotiationMasterException.class);
                    throw e;
                }
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }
}
