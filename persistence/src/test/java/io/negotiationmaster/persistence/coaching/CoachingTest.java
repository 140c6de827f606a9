package io.negotiationmaster.persistence.coaching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.coaching.NegotiationSimulator;
import io.negotiationmaster.coaching.Simulation;
import io.negotiationmaster.coaching.WhatIf;
import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.Message;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.Party;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What-ifs through {@code nm.coaching()}, and the simulator's equivalence with {@code nm.negotiations()}. */
class CoachingTest {
    private static final String CAR = "used-car-honda-accord";
    private static final String SALARY = "first-job-salary-techstart";
    private static final String SUPPLIER = "supplier-contract-packaging";

    /** Plays {@code lines} through the facet (as the demo's --script does) until the negotiation ends. */
    private static Negotiation playOnDatabase(TestDatabase db, UUID user, String slug, long seed, List<String> lines) {
        var negotiations = db.nm().negotiations();
        Negotiation n = negotiations.start(user, slug, seed);
        for (String line : lines) {
            if (!n.inProgress()) {
                break;
            }
            n = switch (line) {
                case NegotiationSimulator.ACCEPT -> negotiations.accept(user, n.id()).negotiation();
                case NegotiationSimulator.WALK -> negotiations.walkAway(user, n.id()).negotiation();
                case NegotiationSimulator.END -> {
                    db.nm().performance().finish(user, n.id());
                    yield negotiations.get(user, n.id());
                }
                default -> negotiations.say(user, n.id(), line).negotiation();
            };
        }
        return n;
    }

    private static Simulation playInMemory(TestDatabase db, String slug, long seed, List<String> lines) {
        for (int n = 1; n <= lines.size(); n++) {
            Simulation s = db.nm().coaching().simulate(slug, seed, lines.subList(0, n), Instant.EPOCH);
            if (s.ended() || n == lines.size()) {
                return s;
            }
        }
        return db.nm().coaching().simulate(slug, seed, List.of(), Instant.EPOCH);
    }

    @DatabaseTest
    void theSimulatorRepliesWordForWordAsTheNegotiationFacet(TestDatabase db) {
        UUID alice = db.user("alice");
        List<String> lines = List.of("Hi Sarah, nice to meet you! What matters most to you?",
                "The online average is $23,500. Based on that, I can offer $21,000.",
                "If you include the extended warranty, I can work with $21,800.", "Meet me halfway?", "/walk",
                "/accept");
        Negotiation n = playOnDatabase(db, alice, CAR, 99L, lines);
        List<Message> stored = db.nm().negotiations().history(alice, n.id());

        Simulation simulated = playInMemory(db, CAR, 99L, lines);

        assertThat(simulated.messages()).hasSameSizeAs(stored);
        for (int i = 0; i < stored.size(); i++) {
            Message a = stored.get(i);
            Message b = simulated.messages().get(i);
            assertThat(b.seq()).isEqualTo(a.seq());
            assertThat(b.sender()).isEqualTo(a.sender());
            assertThat(b.content()).as("message " + i).isEqualTo(a.content());
            assertThat(b.messageType()).isEqualTo(a.messageType());
            assertThat(b.moves()).isEqualTo(a.moves());
            assertThat(b.offer().map(o -> o.amount().stripTrailingZeros()))
                    .isEqualTo(a.offer().map(o -> o.amount().stripTrailingZeros()));
            assertThat(b.offer().map(o -> o.terms())).isEqualTo(a.offer().map(o -> o.terms()));
        }
        assertThat(simulated.outcome()).isEqualTo(n.outcome());
        assertThat(simulated.deal().map(d -> d.amount().stripTrailingZeros()))
                .isEqualTo(n.dealTerms().map(d -> d.amount().stripTrailingZeros()));
    }

    @DatabaseTest
    void everyWhatIfsScriptReplaysThroughTheFacetAndTheSimulatorToItsPredictedOutcome(TestDatabase db) {
        UUID alice = db.user("alice");
        List<Object[]> cases = List.of(
                new Object[] {CAR, 7L, List.of("/accept")},
                new Object[] {CAR, 11L, List.of("I can pay $23,000.", "OK, $24,000 then.", "/accept")},
                new Object[] {CAR, 3L, List.of("I can pay $18,000, not a dollar more.",
                        "That's my final offer: $18,000.", "/walk", "/walk")},
                new Object[] {SALARY, 8L, List.of("Thanks for the offer! I was hoping for $60,000.", "/accept")},
                new Object[] {SUPPLIER, 4L, List.of("We could do $205,000.", "Fine, $200,000.", "/accept")},
                new Object[] {SUPPLIER, 6L, List.of("Your price is absurd. $150,000 or we go to GreenPack.",
                        "/walk", "/walk")});
        int checked = 0;
        for (Object[] c : cases) {
            String slug = (String) c[0];
            long seed = (Long) c[1];
            @SuppressWarnings("unchecked")
            List<String> lines = (List<String>) c[2];
            Negotiation actual = playOnDatabase(db, alice, slug, seed, lines);
            if (actual.inProgress()) {
                db.nm().performance().finish(alice, actual.id());
            }
            int before = db.nm().negotiations().history(alice, actual.id()).size();

            List<WhatIf> whatIfs = db.nm().coaching().whatIfs(alice, actual.id());

            assertThat(db.nm().negotiations().history(alice, actual.id())).hasSize(before);
            for (WhatIf w : whatIfs) {
                checked++;
                Negotiation replay = playOnDatabase(db, alice, w.scenarioSlug(), w.seed(), w.script());
                assertThat(replay.inProgress()).as(w.describe()).isFalse();
                assertThat(replay.outcome()).as(w.describe()).contains(w.outcome().outcome());
                assertThat(replay.dealTerms().map(d -> d.amount().stripTrailingZeros()))
                        .isEqualTo(w.outcome().deal().map(d -> d.amount().stripTrailingZeros()));
                assertThat(replay.dealTerms().map(d -> d.terms())).isEqualTo(w.outcome().deal().map(d -> d.terms()));
                Simulation inMemory = playInMemory(db, w.scenarioSlug(), w.seed(), w.script());
                assertThat(inMemory.outcome()).contains(w.outcome().outcome());
                assertThat(inMemory.deal()).isEqualTo(w.outcome().deal());
                assertThat(db.nm().negotiations().history(alice, replay.id()).stream()
                        .filter(m -> m.sender() == Party.USER)).hasSize(w.outcome().userMessages());
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(6);
    }

    @DatabaseTest
    void acceptingTheAskingPriceAtOnceOffersAWhatIfWithABetterDeal(TestDatabase db) {
        UUID alice = db.user("alice");
        Negotiation actual = playOnDatabase(db, alice, CAR, 7L, List.of("/accept"));

        List<WhatIf> whatIfs = db.nm().coaching().whatIfs(alice, actual.id());

        assertThat(whatIfs).isNotEmpty();
        WhatIf best = whatIfs.get(0);
        Negotiation replay = playOnDatabase(db, alice, CAR, 7L, best.script());
        assertThat(replay.dealTerms().orElseThrow().amount())
                .isLessThan(actual.dealTerms().orElseThrow().amount());
    }

    @DatabaseTest
    void whatIfsNeedAnEndedNegotiationOfTheActingUser(TestDatabase db) {
        UUID alice = db.user("alice");
        UUID bob = db.user("bob");
        Negotiation running = db.nm().negotiations().start(alice, CAR, 1L);

        assertThatThrownBy(() -> db.nm().coaching().whatIfs(alice, running.id()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("is still in progress; what-ifs are available after it ends");
        db.nm().negotiations().accept(alice, running.id());
        assertThatThrownBy(() -> db.nm().coaching().whatIfs(bob, running.id()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("belongs to another user");
        Negotiation abandoned = db.nm().negotiations().start(alice, CAR, 2L);
        db.nm().negotiations().abandon(alice, abandoned.id());
        assertThatThrownBy(() -> db.nm().coaching().whatIfs(alice, abandoned.id()))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("was abandoned");
    }
}
