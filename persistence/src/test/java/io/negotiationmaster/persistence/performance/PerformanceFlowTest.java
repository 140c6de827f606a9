package io.negotiationmaster.persistence.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.account.Registration;
import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.performance.ProgressView;
import io.negotiationmaster.persistence.Maintenance;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.util.UUID;

/** The seed's Performance Analysis Flow on both databases: finish, score, store, progress. */
class PerformanceFlowTest {
    private static final String CAR = "used-car-honda-accord";

    private static UUID play(TestDatabase db, UUID user, long seed) {
        Negotiation n = db.nm().negotiations().start(user, CAR, seed);
        db.nm().negotiations().say(user, n.id(), "Hi Sarah, nice to meet you! What matters most to you in this sale?");
        db.nm().negotiations().say(user, n.id(), "Similar Accords list around $23,500 online. I could do 21,000.");
        db.nm().negotiations().say(user, n.id(), "I can move to 21,800 if you include the extended warranty.");
        if (db.nm().negotiations().get(user, n.id()).inProgress()) {
            db.nm().negotiations().accept(user, n.id());
        }
        return n.id();
    }

    @DatabaseTest
    void finishingScoresStoresEveryPartAndUpdatesProgressInOneGo(TestDatabase db) {
        UUID alice = db.user("alice");
        UUID id = play(db, alice, 17L);

        PerformanceReport report = db.nm().performance().finish(alice, id);

        assertThat(report.claimingValue().score()).isBetween(0.0, 100.0);
        assertThat(report.overall().rating()).isNotNull();
        assertThat(report.debrief().counterpartReservation()).isPositive();
        assertThat(db.count("negotiation_performance")).isEqualTo(1);
        assertThat(db.count("performance_milestones")).isEqualTo(report.milestones().size()).isPositive();
        assertThat(db.count("feedback")).isEqualTo(report.feedback().size()).isPositive();
        assertThat(db.count("user_progress")).isEqualTo(1);
        assertThat(db.count("user_performance_progress")).isEqualTo(1);
        assertThat(db.query("SELECT overall_rating, turn_count FROM negotiation_performance").get(0)
                .get("overall_rating")).isEqualTo(report.overall().rating().code());
        assertThat(db.nm().performance().report(alice, id)).isEqualTo(report);
        assertThat(db.nm().performance().finish(alice, id)).isEqualTo(report);
        assertThat(db.count("negotiation_performance")).isEqualTo(1);
    }

    @DatabaseTest
    void progressAggregatesSessionsAndRecommendsANextScenario(TestDatabase db) {
        UUID alice = db.user("alice");
        db.nm().performance().finish(alice, play(db, alice, 1L));
        db.nm().performance().finish(alice, play(db, alice, 2L));

        ProgressView progress = db.nm().performance().progress(alice);

        assertThat(progress.progress().totalNegotiations()).isEqualTo(2);
        assertThat(progress.history()).hasSize(2);
        assertThat(progress.skills()).isPresent();
        assertThat(progress.recommendation()).isPresent();
    }

    @DatabaseTest
    void anotherUsersReportIsRefusedAndAbandonedNegotiationsAreNotScored(TestDatabase db) {
        UUID alice = db.user("alice");
        UUID bob = db.user("bob");
        UUID id = play(db, alice, 3L);
        db.nm().performance().finish(alice, id);
        Negotiation dropped = db.nm().negotiations().start(alice, CAR, 4L);
        db.nm().negotiations().abandon(alice, dropped.id());

        assertThatThrownBy(() -> db.nm().performance().report(bob, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.nm().performance().finish(bob, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> db.nm().performance().finish(alice, dropped.id()))
                .isInstanceOf(ValidationException.class).hasMessageContaining("abandoned");
    }

    @DatabaseTest
    void deletingAnAccountRemovesEveryRowOfThatUserInEveryTable(TestDatabase db) {
        var alice = db.open(b -> b.bcryptCost(4)).accounts().register(new Registration("alice@example.com",
                "alice", "correct-horse-battery", "Alice", "Ng")).user();
        db.nm().scenarios().installCatalog();
        UUID bob = db.user("bob");
        db.nm().performance().finish(alice.id(), play(db, alice.id(), 5L));
        db.nm().performance().finish(bob, play(db, bob, 6L));
        long bobsMessages = db.count("messages") / 2;

        db.nm().accounts().deleteAccount(alice.id());

        for (String table : Maintenance.TABLES) {
            if (table.equals("users") || table.equals("scenarios") || table.equals("ai_characters")
                    || table.equals("refresh_tokens")) {
                continue;
            }
            assertThat(db.count(table)).as(table).isPositive();
        }
        assertThat(db.count("users")).isEqualTo(1);
        assertThat(db.count("negotiations")).isEqualTo(1);
        assertThat(db.count("messages")).isEqualTo(bobsMessages);
        assertThat(db.count("user_progress")).isEqualTo(1);
    }

    @DatabaseTest
    void chartDataShowsBothSidesOffersAndRevealsTheZoneOnlyAfterScoring(TestDatabase db) {
        UUID alice = db.user("alice");
        Negotiation n = db.nm().negotiations().start(alice, CAR, 8L);
        db.nm().negotiations().say(alice, n.id(), "Would you take $20,500?");

        var running = db.nm().performance().chart(alice, n.id());

        assertThat(running.offers()).extracting(p -> p.party().code()).contains("ai", "user");
        assertThat(running.zone()).isEmpty();
        assertThat(running.scores()).isEmpty();

        db.nm().negotiations().accept(alice, n.id());
        db.nm().performance().finish(alice, n.id());
        var scored = db.nm().performance().chart(alice, n.id());

        assertThat(scored.zone()).isPresent();
        assertThat(scored.deal()).isPresent();
        assertThat(scored.scores()).containsKeys("claiming_value", "creating_value", "managing_relationships",
                "overall");
    }
}
