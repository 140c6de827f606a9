package io.negotiationmaster.persistence.negotiation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.MoveType;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.NegotiationEvent;
import io.negotiationmaster.negotiation.NegotiationFilter;
import io.negotiationmaster.negotiation.NegotiationStatus;
import io.negotiationmaster.negotiation.Outcome;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import io.negotiationmaster.storage.PageRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The negotiation session flow on both databases: start, turns, accept, history, ownership, bad input. */
class NegotiationSessionTest {
    private static final String CAR = "used-car-honda-accord";

    @DatabaseTest
    void startStoresTheOpeningMessageAndTheCounterpartsAskingOffer(TestDatabase db) {
        UUID alice = db.user("alice");

        Negotiation n = db.nm().negotiations().start(alice, CAR, 42L);

        assertThat(n.status()).isEqualTo(NegotiationStatus.IN_PROGRESS);
        assertThat(n.counterpartOffer()).hasValueSatisfying(o ->
                assertThat(o.amount()).isEqualByComparingTo("24500"));
        List<Message> history = db.nm().negotiations().history(alice, n.id());
        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.sender()).isEqualTo(Party.AI);
            assertThat(m.seq()).isZero();
        });
        assertThat(db.count("ai_responses")).isEqualTo(1);
        assertThat(db.query("SELECT random_seed FROM negotiations").get(0).get("random_seed").toString())
                .isEqualTo("42");
    }

    @DatabaseTest
    void aTurnStoresBothMessagesTheirMovesAndTheDecisionTogether(TestDatabase db) {
        UUID alice = db.user("alice");
        Negotiation n = db.nm().negotiations().start(alice, CAR, 7L);

        Turn turn = db.nm().negotiations().say(alice, n.id(),
                "Hi Sarah! Would you take $21,500 if I pay cash today?");

        assertThat(turn.userMessage().moves()).contains(MoveType.FIRST_OFFER);
        assertThat(turn.userMessage().offer()).hasValueSatisfying(o ->
                assertThat(o.amount()).isEqualByComparingTo("21500"));
        assertThat(turn.reply().content()).isNotBlank();
        assertThat(turn.reply().seq()).isEqualTo(2);
        assertThat(db.count("messages")).isEqualTo(3);
        assertThat(db.count("ai_responses")).isEqualTo(2);
        assertThat(db.query("SELECT COUNT(*) AS n FROM negotiation_moves WHERE actor = 'user'").get(0).get("n"))
                .satisfies(c -> assertThat(((Number) c).intValue()).isPositive());
        assertThat(db.query("SELECT content, sender_id FROM messages WHERE seq = 1").get(0).get("content"))
                .isEqualTo("Hi Sarah! Would you take $21,500 if I pay cash today?");
    }

    @DatabaseTest
    void acceptingTheStandingOfferMakesADealOnExactlyThoseTerms(TestDatabase db) {
        UUID alice = db.user("alice");
        Negotiation n = db.nm().negotiations().start(alice, CAR, 3L);
        db.nm().negotiations().say(alice, n.id(), "Hello! I like the car. I could pay 20,000.");
        BigDecimal standing = db.nm().negotiations().get(alice, n.id()).counterpartOffer().orElseThrow().amount();

        Turn turn = db.nm().negotiations().accept(alice, n.id());

        assertThat(turn.negotiation().status()).isEqualTo(NegotiationStatus.COMPLETED);
        assertThat(turn.negotiation().outcome()).contains(Outcome.DEAL);
        assertThat(turn.negotiation().dealReached()).isTrue();
        assertThat(turn.negotiation().dealTerms()).hasValueSatisfying(t ->
                assertThat(t.amount()).isEqualByComparingTo(standing));
        assertThat(db.query("SELECT deal_reached, status FROM negotiations").get(0).get("status"))
                .isEqualTo("completed");
        assertThatThrownBy(() -> db.nm().negotiations().say(alice, n.id(), "one more thing"))
                .isInstanceOf(NegotiationFinishedException.class).hasMessageContaining("already ended");
    }

    @DatabaseTest
    void anotherUsersNegotiationIsRefusedAndNothingIsStored(TestDatabase db) {
        UUID alice = db.user("alice");
        UUID mallory = db.user("mallory");
        Negotiation n = db.nm().negotiations().start(alice, CAR, 1L);
        long before = db.count("messages");

        assertThatThrownBy(() -> db.nm().negotiations().say(mallory, n.id(), "I'll take it for $1"))
                .isInstanceOf(AccessDeniedException.class).hasMessageNotContaining(alice.toString());
        assertThatThrownBy(() -> db.nm().negotiations().history(mallory, n.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.nm().negotiations().accept(mallory, n.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(db.count("messages")).isEqualTo(before);
        assertThat(db.nm().negotiations().list(mallory, NegotiationFilter.all(), PageRequest.first(10)).items())
                .isEmpty();
    }

    @DatabaseTest
    void badInputIsATypedErrorAndStoresNothing(TestDatabase db) {
        UUID alice = db.user("alice");
        Negotiation n = db.nm().negotiations().start(alice, CAR, 1L);
        long before = db.count("messages");

        assertThatThrownBy(() -> db.nm().negotiations().say(alice, n.id(), "   "))
                .isInstanceOf(ValidationException.class).hasMessageContaining("text");
        assertThatThrownBy(() -> db.nm().negotiations().say(alice, n.id(), "x".repeat(4001)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("4000");
        assertThatThrownBy(() -> db.nm().negotiations().say(alice, UUID.randomUUID(), "hello"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> db.nm().negotiations().start(alice, "no-such-scenario"))
                .isInstanceOf(NotFoundException.class);
        assertThat(db.count("messages")).isEqualTo(before);
    }

    @DatabaseTest
    void sameSeedAndMessagesReplayTheSameRepliesWordForWord(TestDatabase db) {
        UUID alice = db.user("alice");
        List<String> lines = List.of("Hi Sarah, nice to meet you!", "What would you say to $20,000?",
                "That's a lot. Other dealers list it at 23,500. How about 21.5k?", "Meet me halfway?");
        List<List<String>> runs = new ArrayList<>();
        for (int run = 0; run < 2; run++) {
            Negotiation n = db.nm().negotiations().start(alice, CAR, 99L);
            List<String> replies = new ArrayList<>();
            for (String line : lines) {
                Turn t = db.nm().negotiations().say(alice, n.id(), line);
                replies.add(t.reply().content());
                if (!t.negotiation().inProgress()) {
                    break;
                }
            }
            runs.add(replies);
        }
        assertThat(runs.get(0)).isEqualTo(runs.get(1)).doesNotHaveDuplicates();
    }

    @DatabaseTest
    void concurrentTurnsOnOneNegotiationNeverInterleave(TestDatabase db) throws Exception {
        UUID alice = db.user("alice");
        Negotiation n = db.nm().negotiations().start(alice, CAR, 5L);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int k = i;
                calls.add(() -> {
                    try {
                        return db.nm().negotiations().say(alice, n.id(), "How about " + (20000 + k * 100) + "?");
                    } catch (RuntimeException e) {
                        return e;
                    }
                });
            }
            List<Future<Object>> results = pool.invokeAll(calls);
            for (Future<Object> f : results) {
                Object r = f.get();
                if (r instanceof RuntimeException e) {
                    assertThat(e).isInstanceOfAny(NegotiationFinishedException.class,
                            io.negotiationmaster.error.ConflictException.class);
                }
            }
        } finally {
            pool.shutdown();
        }
        List<Integer> seqs = db.query("SELECT seq FROM messages ORDER BY seq").stream()
                .map(r -> ((Number) r.get("seq")).intValue()).toList();
        for (int i = 0; i < seqs.size(); i++) {
            assertThat(seqs.get(i)).isEqualTo(i);
        }
        assertThat(seqs.size() % 2).isEqualTo(1);
        assertThat(((Number) db.query("SELECT message_count FROM negotiations").get(0).get("message_count"))
                .intValue()).isEqualTo(seqs.size());
    }

    @DatabaseTest
    void listenersHearTypingThenReplyAfterTheTurnCommitted(TestDatabase db) {
        UUID alice = db.user("alice");
        List<String> events = new ArrayList<>();
        db.nm().negotiations().addListener(e -> events.add(e.getClass().getSimpleName()
                + (e instanceof NegotiationEvent.Replied ? ":" + db.count("messages") : "")));
        Negotiation n = db.nm().negotiations().start(alice, CAR, 11L);

        db.nm().negotiations().say(alice, n.id(), "Would you take 22,000?");

        assertThat(events).startsWith("Typing", "Replied:3");
    }

    @DatabaseTest
    void theDecisionRecordKeepsTheMoveTheOfferTheWriterAndThePrivateReasoning(TestDatabase db) {
        UUID alice = db.user("alice");
        Negotiation n = db.nm().negotiations().start(alice, CAR, 12L);
        Turn turn = db.nm().negotiations().say(alice, n.id(), "Could you do $21,000?");

        var row = db.query("SELECT decided_move, moves, offer_amount, reasoning, writer, writer_detail, latency_ms, "
                + "user_message_id FROM ai_responses WHERE message_id = ?", turn.reply().id()).get(0);

        assertThat(row.get("writer")).isEqualTo("template");
        assertThat(String.valueOf(row.get("writer_detail"))).startsWith("template:");
        assertThat(String.valueOf(row.get("reasoning"))).isNotBlank();
        assertThat(String.valueOf(row.get("moves"))).contains(turn.reply().moves().get(0).code());
        assertThat(String.valueOf(row.get("user_message_id"))).isEqualTo(turn.userMessage().id().toString());
        assertThat(((Number) row.get("latency_ms")).intValue()).isNotNegative();
        var moves = db.query("SELECT actor, turn_number, move_type, amount FROM negotiation_moves "
                + "WHERE message_id = ?", turn.userMessage().id());
        assertThat(moves).extracting(m -> m.get("move_type")).contains("first_offer");
        assertThat(moves).allSatisfy(m -> assertThat(((Number) m.get("turn_number")).intValue()).isEqualTo(1));
        var state = String.valueOf(db.query("SELECT engine_state FROM negotiations").get(0).get("engine_state"));
        assertThat(state).contains("reservation");
        assertThat(turn.negotiation().toString()).doesNotContain("reservation");
    }
}
