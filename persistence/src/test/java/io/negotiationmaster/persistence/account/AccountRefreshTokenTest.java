package io.negotiationmaster.persistence.account;

import static io.negotiationmaster.persistence.account.AccountFixtures.ANA_PASSWORD;
import static io.negotiationmaster.persistence.account.AccountFixtures.BEN_PASSWORD;
import static io.negotiationmaster.persistence.account.AccountFixtures.ana;
import static io.negotiationmaster.persistence.account.AccountFixtures.ben;
import static io.negotiationmaster.persistence.account.AccountFixtures.row;
import static io.negotiationmaster.persistence.account.AccountFixtures.sha256;
import static io.negotiationmaster.persistence.account.AccountFixtures.truthy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.account.Accounts;
import io.negotiationmaster.account.InvalidTokenException;
import io.negotiationmaster.account.InvalidTokenException.Reason;
import io.negotiationmaster.account.TokenPair;
import io.negotiationmaster.account.User;
import io.negotiationmaster.error.AuthenticationException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class AccountRefreshTokenTest {

    @DatabaseTest
    void refreshRevokesTheOldTokenAndLinksItToItsSuccessor(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        User ana = accounts.register(ana()).user();
        TokenPair first = accounts.login("ana_ng", ANA_PASSWORD, "phone");
        db.clock().advance(Duration.ofMinutes(20));

        TokenPair second = accounts.refresh(first.refreshToken());

        assertThat(second.user().id()).isEqualTo(ana.id());
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(accounts.verifyAccessToken(second.accessToken()).userId()).isEqualTo(ana.id());
        Map<String, Object> old = row(db, "SELECT * FROM refresh_tokens WHERE token_hash = ?", sha256(first.refreshToken()));
        Map<String, Object> successor = row(db, "SELECT * FROM refresh_tokens WHERE token_hash = ?",
                sha256(second.refreshToken()));
        assertThat(truthy(old.get("is_revoked"))).isTrue();
        assertThat(old.get("revoked_reason")).isEqualTo("rotated");
        assertThat(old.get("revoked_at")).isNotNull();
        assertThat(old.get("replaced_by").toString()).isEqualTo(successor.get("id").toString());
        assertThat(truthy(successor.get("is_revoked"))).isFalse();
        assertThat(successor.get("device_info")).isEqualTo("phone");
        assertThat(db.count("refresh_tokens")).isEqualTo(2);
        assertThat(accounts.refresh(second.refreshToken())).isNotNull();
    }

    @DatabaseTest
    void replayingARotatedTokenRevokesEveryLiveTokenOfThatUserOnly(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        User ana = accounts.register(ana()).user();
        accounts.register(ben());
        TokenPair phone = accounts.login("ana_ng", ANA_PASSWORD, "phone");
        TokenPair laptop = accounts.login("ana_ng", ANA_PASSWORD, "laptop");
        TokenPair bens = accounts.login("ben-okafor", BEN_PASSWORD, "phone");
        TokenPair rotated = accounts.refresh(phone.refreshToken());
        db.clock().advance(Duration.ofSeconds(11));

        assertRefused(() -> accounts.refresh(phone.refreshToken()), Reason.REUSED,
                "refresh token was already used; every session of this account was signed out");

        assertRefused(() -> accounts.refresh(rotated.refreshToken()), Reason.REVOKED, "refresh token was revoked");
        assertRefused(() -> accounts.refresh(laptop.refreshToken()), Reason.REVOKED, "refresh token was revoked");
        assertThat(db.query("SELECT * FROM refresh_tokens WHERE user_id = ? AND revoked_reason = 'reuse-detected'",
                ana.id())).hasSize(2);
        assertThat(accounts.refresh(bens.refreshToken()).user().username()).isEqualTo("ben-okafor");
    }

    @DatabaseTest
    void aReplayWithinTheGraceIsRefusedWithoutSigningTheUserOut(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        TokenPair first = accounts.login("ana_ng", ANA_PASSWORD, null);
        TokenPair second = accounts.refresh(first.refreshToken());

        assertRefused(() -> accounts.refresh(first.refreshToken()), Reason.ALREADY_ROTATED,
                "refresh token was just exchanged by another request; use the newest token");

        assertThat(accounts.refresh(second.refreshToken())).isNotNull();
    }

    @DatabaseTest
    void ofTwoThreadsRefreshingTheSameTokenExactlyOneSucceeds(TestDatabase db) throws Exception {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                String token = accounts.login("ana_ng", ANA_PASSWORD, "round " + round).refreshToken();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<TokenPair>> results = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return accounts.refresh(token);
                    }));
                }
                start.countDown();
                List<TokenPair> winners = new ArrayList<>();
                List<Throwable> losers = new ArrayList<>();
                for (Future<TokenPair> f : results) {
                    try {
                        winners.add(f.get(60, TimeUnit.SECONDS));
                    } catch (java.util.concurrent.ExecutionException e) {
                        losers.add(e.getCause());
                    }
                }
                assertThat(winners).as("round %d", round).hasSize(1);
                assertThat(losers).singleElement().isInstanceOf(InvalidTokenException.class)
                        .extracting(e -> ((InvalidTokenException) e).reason()).isEqualTo(Reason.ALREADY_ROTATED);
                assertThat(db.query("SELECT id FROM refresh_tokens WHERE token_hash = ?", sha256(token))).hasSize(1);
                assertThat(accounts.refresh(winners.get(0).refreshToken())).as("the winner's token still works")
                        .isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @DatabaseTest
    void anExpiredOrUnknownRefreshTokenIsRefused(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        TokenPair pair = accounts.login("ana_ng", ANA_PASSWORD, null);
        db.clock().advance(Duration.ofDays(30));

        assertRefused(() -> accounts.refresh(pair.refreshToken()), Reason.EXPIRED, "refresh token has expired");
        assertRefused(() -> accounts.refresh("made-up-token"), Reason.UNKNOWN, "refresh token is unknown or was already used");
        assertRefused(() -> accounts.refresh(pair.accessToken()), Reason.UNKNOWN,
                "refresh token is unknown or was already used");
    }

    @DatabaseTest
    void logoutRevokesOnlyThePresentedToken(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        TokenPair phone = accounts.login("ana_ng", ANA_PASSWORD, "phone");
        TokenPair laptop = accounts.login("ana_ng", ANA_PASSWORD, "laptop");

        assertThat(accounts.logout(phone.refreshToken())).isTrue();
        assertThat(accounts.logout(phone.refreshToken())).isFalse();
        assertThat(accounts.logout("made-up-token")).isFalse();

        assertRefused(() -> accounts.refresh(phone.refreshToken()), Reason.REVOKED, "refresh token was revoked");
        assertThat(row(db, "SELECT revoked_reason FROM refresh_tokens WHERE token_hash = ?",
                sha256(phone.refreshToken())).get("revoked_reason")).isEqualTo("logout");
        assertThat(accounts.refresh(laptop.refreshToken())).isNotNull();
    }

    @DatabaseTest
    void logoutEverywhereRevokesAllTokensOfThatUserAndNoOneElses(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        User ana = accounts.register(ana()).user();
        User ben = accounts.register(ben()).user();
        TokenPair phone = accounts.login("ana_ng", ANA_PASSWORD, "phone");
        TokenPair laptop = accounts.login("ana_ng", ANA_PASSWORD, "laptop");
        TokenPair bens = accounts.login("ben-okafor", BEN_PASSWORD, "phone");

        assertThat(accounts.logoutEverywhere(ben.id())).isEqualTo(1);
        assertThat(accounts.logoutEverywhere(ben.id())).isZero();

        assertRefused(() -> accounts.refresh(bens.refreshToken()), Reason.REVOKED, "refresh token was revoked");
        assertThat(accounts.refresh(phone.refreshToken()).user().id()).isEqualTo(ana.id());
        assertThat(accounts.refresh(laptop.refreshToken()).user().id()).isEqualTo(ana.id());
        assertThat(accounts.logoutEverywhere(UUID.randomUUID())).isZero();
    }

    @DatabaseTest
    void changingThePasswordNeedsTheCurrentOneAndSignsOutEverywhere(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        User ana = accounts.register(ana()).user();
        accounts.register(ben());
        TokenPair phone = accounts.login("ana_ng", ANA_PASSWORD, "phone");
        TokenPair bens = accounts.login("ben-okafor", BEN_PASSWORD, "phone");
        String newPassword = "a brand new passphrase";

        assertThatThrownBy(() -> accounts.changePassword(ana.id(), "wrong-password-1", newPassword))
                .isExactlyInstanceOf(AuthenticationException.class)
                .hasMessage("current password is incorrect");
        assertThatThrownBy(() -> accounts.changePassword(ana.id(), ANA_PASSWORD, "short"))
                .isInstanceOf(ValidationException.class)
                .hasMessage("new_password must be at least 10 characters, was 5");
        assertThatThrownBy(() -> accounts.changePassword(ana.id(), ANA_PASSWORD, "ANA_NG"))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> accounts.changePassword(ana.id(), ANA_PASSWORD, ANA_PASSWORD))
                .isInstanceOf(ValidationException.class)
                .hasMessage("new_password must differ from the current password");
        assertThat(accounts.refresh(phone.refreshToken())).as("nothing changed yet").isNotNull();
        TokenPair laptop = accounts.login("ana_ng", ANA_PASSWORD, "laptop");

        accounts.changePassword(ana.id(), ANA_PASSWORD, newPassword);

        assertRefused(() -> accounts.refresh(laptop.refreshToken()), Reason.REVOKED, "refresh token was revoked");
        assertThatThrownBy(() -> accounts.login("ana_ng", ANA_PASSWORD, null))
                .isExactlyInstanceOf(AuthenticationException.class);
        assertThat(accounts.login("ana_ng", newPassword, null).user().id()).isEqualTo(ana.id());
        assertThat(accounts.refresh(bens.refreshToken()).user().username()).isEqualTo("ben-okafor");
    }

    @DatabaseTest
    void purgeDeletesExpiredTokensAndKeepsLiveOnes(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        TokenPair first = accounts.login("ana_ng", ANA_PASSWORD, null);
        accounts.refresh(first.refreshToken());
        assertThat(accounts.purgeExpiredTokens()).isZero();
        db.clock().advance(Duration.ofDays(30));
        TokenPair fresh = accounts.login("ana_ng", ANA_PASSWORD, null);

        assertThat(accounts.purgeExpiredTokens()).isEqualTo(2);

        assertThat(db.count("refresh_tokens")).isEqualTo(1);
        assertThat(accounts.refresh(fresh.refreshToken())).isNotNull();
    }

    private static void assertRefused(ThrowingCallable call, Reason reason, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidTokenException) e).reason())
                .isEqualTo(reason);
    }
}
