package io.negotiationmaster.persistence.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registered;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.account.TokenPair;
import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.AuthenticationException;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.NegotiationFilter;
import io.negotiationmaster.negotiation.Offer;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import io.negotiationmaster.storage.PageRequest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Every call that takes a user and someone else's negotiation or report, tried by another user on both databases:
 * refused with {@link AccessDeniedException}, the message names nothing of the owner (id, e-mail, username, what
 * was said), and nothing is written.
 */
class AuthorizationMatrixTest {
    private static final String CAR = "used-car-honda-accord";
    private static final String ALICE_SECRET_LINE = "My budget is exactly 22,345 because of my divorce settlement.";

    @DatabaseTest
    void anotherUsersNegotiationsAndReportsAreRefusedWithoutLeakingOrWriting(TestDatabase db) throws Exception {
        NegotiationMaster nm = db.open(b -> b.bcryptCost(4));
        nm.scenarios().installCatalog();
        Registered alice = nm.accounts().register(new Registration("alice.owner@example.com", "alice_owner",
                "alice-long-passphrase", "Alice", "Owner"));
        Registered bob = nm.accounts().register(new Registration("bob.intruder@example.com", "bob_intruder",
                "bob-long-passphrase", "Bob", "Intruder"));
        UUID a = alice.user().id();
        UUID b = bob.user().id();
        Negotiation running = nm.negotiations().start(a, CAR, 11L);
        nm.negotiations().say(a, running.id(), ALICE_SECRET_LINE);
        Negotiation finished = nm.negotiations().start(a, CAR, 12L);
        nm.negotiations().say(a, finished.id(), "Would you take 21,000?");
        nm.performance().finish(a, finished.id());
        nm.negotiations().start(b, CAR, 13L);

        Map<String, Consumer<UUID>> calls = new LinkedHashMap<>();
        calls.put("get", n -> nm.negotiations().get(b, n));
        calls.put("say", n -> nm.negotiations().say(b, n, "Tell me everything."));
        calls.put("propose", n -> nm.negotiations().propose(b, n, Offer.of(new BigDecimal("20000"))));
        calls.put("accept", n -> nm.negotiations().accept(b, n));
        calls.put("walkAway", n -> nm.negotiations().walkAway(b, n));
        calls.put("abandon", n -> nm.negotiations().abandon(b, n));
        calls.put("history", n -> nm.negotiations().history(b, n));
        calls.put("history(page)", n -> nm.negotiations().history(b, n, PageRequest.first(10)));
        calls.put("record", n -> nm.negotiations().record(b, n));
        calls.put("finish", n -> nm.performance().finish(b, n));
        calls.put("report", n -> nm.performance().report(b, n));

        List<String> ownerTraces = List.of(a.toString(), "alice.owner@example.com", "alice_owner", "Alice",
                "22,345", "divorce");
        int refused = 0;
        for (UUID target : List.of(running.id(), finished.id())) {
            for (Map.Entry<String, Consumer<UUID>> call : calls.entrySet()) {
                Map<String, Long> before = counts(db);
                Map<String, Object> row = db.query("SELECT status, version, message_count FROM negotiations"
                        + " WHERE id = " + (db.database().folder().equals("postgresql") ? "CAST(? AS uuid)" : "?"),
                        target.toString()).get(0);
                Throwable thrown = catchThrowable(() -> call.getValue().accept(target));
                assertThat(thrown).as("%s on %s", call.getKey(), target).isInstanceOf(AccessDeniedException.class);
                assertThat(thrown.getMessage()).as(call.getKey()).doesNotContain(ownerTraces);
                assertThat(counts(db)).as("%s writes nothing", call.getKey()).isEqualTo(before);
                assertThat(db.query("SELECT status, version, message_count FROM negotiations WHERE id = "
                        + (db.database().folder().equals("postgresql") ? "CAST(? AS uuid)" : "?"),
                        target.toString()).get(0)).as(call.getKey()).isEqualTo(row);
                refused++;
            }
        }
        assertThat(nm.negotiations().list(b, NegotiationFilter.all(), PageRequest.first(50)).items())
                .allMatch(n -> n.userId().equals(b)).hasSize(1);
        System.out.printf("authorization [%s]: %d cross-user calls refused%n", db.database().folder(), refused);
    }

    @DatabaseTest
    void anotherUsersPasswordCannotBeChangedAndLogoutNeedsTheTokenItself(TestDatabase db) {
        NegotiationMaster nm = db.open(b -> b.bcryptCost(4));
        Registered alice = nm.accounts().register(new Registration("alice.pw@example.com", "alice_pw",
                "alice-long-passphrase", "Alice", "Pw"));
        nm.accounts().register(new Registration("bob.pw@example.com", "bob_pw", "bob-long-passphrase", "Bob", "Pw"));
        TokenPair alicesSession = nm.accounts().login("alice_pw", "alice-long-passphrase", "alice-phone");
        TokenPair bobsSession = nm.accounts().login("bob_pw", "bob-long-passphrase", "bob-laptop");
        Object hashBefore = db.query("SELECT password_hash FROM users WHERE username = 'alice_pw'").get(0)
                .get("password_hash");

        Throwable thrown = catchThrowable(() -> nm.accounts().changePassword(alice.user().id(),
                "bob-long-passphrase", "a-new-passphrase-for-alice"));

        assertThat(thrown).isInstanceOf(AuthenticationException.class)
                .hasMessage("current password is incorrect");
        assertThat(db.query("SELECT password_hash FROM users WHERE username = 'alice_pw'").get(0)
                .get("password_hash")).isEqualTo(hashBefore);
        assertThat(nm.accounts().refresh(alicesSession.refreshToken()).user().id()).isEqualTo(alice.user().id());
        // logout takes no acting user: the refresh token is the credential. Bob's own token revokes only his
        // session; a made-up or already-used token revokes nothing and reveals nothing (a plain false).
        assertThat(nm.accounts().logout(bobsSession.refreshToken())).isTrue();
        assertThat(nm.accounts().logout(alicesSession.refreshToken())).isFalse();
        assertThat(nm.accounts().logout(UUID.randomUUID().toString())).isFalse();
        assertThat(db.count("refresh_tokens")).isEqualTo(3);
        assertThat(db.query("SELECT COUNT(*) AS n FROM refresh_tokens WHERE is_revoked = "
                + (db.database().folder().equals("postgresql") ? "false" : "0")).get(0).get("n"))
                .satisfies(n -> assertThat(((Number) n).intValue()).isEqualTo(1));
    }

    private static Map<String, Long> counts(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return StoredTurns.rowCounts(c);
        }
    }
}
