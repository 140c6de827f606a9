package io.negotiationmaster.persistence.account;

import static io.negotiationmaster.persistence.account.AccountFixtures.ANA_PASSWORD;
import static io.negotiationmaster.persistence.account.AccountFixtures.BEN_PASSWORD;
import static io.negotiationmaster.persistence.account.AccountFixtures.ana;
import static io.negotiationmaster.persistence.account.AccountFixtures.ben;
import static io.negotiationmaster.persistence.account.AccountFixtures.row;
import static io.negotiationmaster.persistence.account.AccountFixtures.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import io.negotiationmaster.account.AccessTokenClaims;
import io.negotiationmaster.account.AccountLockedException;
import io.negotiationmaster.account.AccountSettings;
import io.negotiationmaster.account.Accounts;
import io.negotiationmaster.account.InvalidTokenException;
import io.negotiationmaster.account.InvalidTokenException.Reason;
import io.negotiationmaster.account.SigningKey;
import io.negotiationmaster.account.TokenPair;
import io.negotiationmaster.account.User;
import io.negotiationmaster.error.AuthenticationException;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

class AccountLoginTest {

    @DatabaseTest
    void loginByEmailOrUsernameIssuesATokenPairAndRecordsTheLogin(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        User ana = accounts.register(ana()).user();
        Instant now = db.clock().instant();

        TokenPair pair = accounts.login(" ANA@example.com ", ANA_PASSWORD, "Firefox on Linux");

        assertThat(pair.user().id()).isEqualTo(ana.id());
        assertThat(pair.user().lastLogin()).contains(now);
        assertThat(pair.accessTokenExpiresAt()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(pair.refreshTokenExpiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
        assertThat(pair.refreshToken()).matches("[A-Za-z0-9_-]{43}");
        AccessTokenClaims claims = accounts.verifyAccessToken(pair.accessToken());
        assertThat(claims.userId()).isEqualTo(ana.id());
        assertThat(claims.username()).isEqualTo("ana_ng");
        assertThat(claims.issuedAt()).isEqualTo(now);
        assertThat(claims.expiresAt()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(claims.tokenId()).isNotBlank();
        assertThat(row(db, "SELECT last_login FROM users WHERE id = ?", ana.id()).get("last_login")).isNotNull();
        Map<String, Object> stored = row(db, "SELECT * FROM refresh_tokens WHERE user_id = ?", ana.id());
        assertThat(stored.get("token_hash")).isEqualTo(sha256(pair.refreshToken()));
        assertThat(stored.get("device_info")).isEqualTo("Firefox on Linux");
        assertThat(pair.toString()).doesNotContain(pair.refreshToken()).doesNotContain(pair.accessToken());

        TokenPair byUsername = accounts.login("ana_ng", ANA_PASSWORD, null);
        assertThat(byUsername.user().id()).isEqualTo(ana.id());
        assertThat(accounts.verifyAccessToken(byUsername.accessToken()).tokenId()).isNotEqualTo(claims.tokenId());
    }

    @DatabaseTest
    void anUnknownAccountAndAWrongPasswordFailIdentically(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());

        Throwable unknown = catchFailure(() -> accounts.login("nobody@example.com", ANA_PASSWORD, null));
        Throwable unknownName = catchFailure(() -> accounts.login("nobody", ANA_PASSWORD, null));
        Throwable wrong = catchFailure(() -> accounts.login("ana@example.com", "wrong-password-1", null));
        Throwable tooLong = catchFailure(() -> accounts.login("ana@example.com", "é".repeat(50), null));
        Throwable missing = catchFailure(() -> accounts.login(null, null, null));

        for (Throwable t : new Throwable[] {unknown, unknownName, wrong, tooLong, missing}) {
            assertThat(t).isExactlyInstanceOf(AuthenticationException.class)
                    .hasMessage("invalid email/username or password");
        }
    }

    @DatabaseTest
    void deviceInfoIsCutTo500Characters(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        User ana = accounts.register(ana()).user();

        accounts.login("ana_ng", ANA_PASSWORD, "x".repeat(2000));

        assertThat((String) row(db, "SELECT device_info FROM refresh_tokens WHERE user_id = ?", ana.id())
                .get("device_info")).hasSize(500);
    }

    @DatabaseTest
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneUntilTheCoolOffEnds(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        User ana = accounts.register(ana()).user();
        Instant start = db.clock().instant();
        for (int i = 0; i < 5; i++) {
            db.clock().advance(Duration.ofSeconds(10));
            assertThatThrownBy(() -> accounts.login("ana_ng", "wrong-password-1", null))
                    .isExactlyInstanceOf(AuthenticationException.class);
        }
        Instant lockedUntil = start.plus(Duration.ofSeconds(50)).plus(Duration.ofMinutes(15));
        assertThat(row(db, "SELECT locked_until FROM users WHERE id = ?", ana.id()).get("locked_until")).isNotNull();

        assertThatThrownBy(() -> accounts.login("ana_ng", ANA_PASSWORD, null))
                .isInstanceOf(AccountLockedException.class)
                .isInstanceOf(AuthenticationException.class)
                .hasMessage("too many failed sign-in attempts; try again after " + lockedUntil)
                .extracting(e -> ((AccountLockedException) e).lockedUntil())
                .isEqualTo(lockedUntil);
        db.clock().advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThatThrownBy(() -> accounts.login("ana_ng", ANA_PASSWORD, null))
                .isInstanceOf(AccountLockedException.class);

        db.clock().advance(Duration.ofSeconds(1));
        assertThat(accounts.login("ana_ng", ANA_PASSWORD, null).user().id()).isEqualTo(ana.id());
        Map<String, Object> after = row(db, "SELECT * FROM users WHERE id = ?", ana.id());
        assertThat(((Number) after.get("failed_login_count")).intValue()).isZero();
        assertThat(after.get("locked_until")).isNull();
    }

    @DatabaseTest
    void aSuccessfulLoginResetsTheFailureCount(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        failLogins(accounts, 4);
        accounts.login("ana_ng", ANA_PASSWORD, null);
        failLogins(accounts, 4);

        assertThat(accounts.login("ana_ng", ANA_PASSWORD, null)).isNotNull();
    }

    @DatabaseTest
    void failuresOlderThanTheWindowDoNotCount(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        failLogins(accounts, 4);
        db.clock().advance(Duration.ofMinutes(15).plusSeconds(1));
        failLogins(accounts, 4);

        assertThat(accounts.login("ana_ng", ANA_PASSWORD, null)).isNotNull();
    }

    @DatabaseTest
    void hostInstancesShareTheLockoutThroughTheDatabase(TestDatabase db) {
        Accounts first = AccountFixtures.open(db).accounts();
        Accounts second = AccountFixtures.open(db).accounts();
        first.register(ana());
        first.register(ben());
        failLogins(first, 3);
        failLogins(second, 2);

        assertThatThrownBy(() -> first.login("ana_ng", ANA_PASSWORD, null)).isInstanceOf(AccountLockedException.class);
        assertThatThrownBy(() -> second.login("ana_ng", ANA_PASSWORD, null)).isInstanceOf(AccountLockedException.class);
        assertThat(second.login("ben-okafor", BEN_PASSWORD, null)).isNotNull();
    }

    @DatabaseTest
    void accessTokensFromAnotherKeyIssuerOrAudienceAreRefused(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        Accounts otherKey = db.open(b -> b.bcryptCost(4).jwtSecret(AccountFixtures.OTHER_SECRET)).accounts();
        AccountSettings base = AccountSettings.defaults(SigningKey.hs256(AccountFixtures.SECRET)).withBcryptCost(4);
        Accounts otherIssuer = db.open(b -> b.accountSettings(base.withIssuer("someone-else"))).accounts();
        Accounts otherAudience = db.open(b -> b.accountSettings(base.withAudience("another-app"))).accounts();
        String token = accounts.login("ana_ng", ANA_PASSWORD, null).accessToken();

        assertRefused(() -> otherKey.verifyAccessToken(token), Reason.BAD_SIGNATURE,
                "access token has an invalid signature");
        assertRefused(() -> otherIssuer.verifyAccessToken(token), Reason.WRONG_ISSUER,
                "access token has the wrong issuer");
        assertRefused(() -> otherAudience.verifyAccessToken(token), Reason.WRONG_AUDIENCE,
                "access token has the wrong audience");
        assertRefused(() -> accounts.verifyAccessToken("not.a.jwt"), Reason.MALFORMED, "access token is malformed");
        assertRefused(() -> accounts.verifyAccessToken(""), Reason.MALFORMED, "access token is malformed");
    }

    @DatabaseTest
    void anExpiredAccessTokenIsRefused(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());
        String token = accounts.login("ana_ng", ANA_PASSWORD, null).accessToken();
        db.clock().advance(Duration.ofMinutes(15).minusSeconds(1));
        assertThat(accounts.verifyAccessToken(token)).isNotNull();

        db.clock().advance(Duration.ofSeconds(1));

        assertRefused(() -> accounts.verifyAccessToken(token), Reason.EXPIRED, "access token has expired");
    }

    @DatabaseTest
    void anUnsignedOrForgedAccessTokenIsRefused(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        User ana = accounts.register(ana()).user();
        User ben = accounts.register(ben()).user();
        Instant now = db.clock().instant();
        String unsigned = JWT.create().withIssuer("negotiationmaster").withAudience("negotiationmaster")
                .withSubject(ana.id().toString()).withClaim("username", "ana_ng").withIssuedAt(now)
                .withExpiresAt(now.plusSeconds(600)).withJWTId("x").sign(Algorithm.none());
        String hs512 = JWT.create().withIssuer("negotiationmaster").withAudience("negotiationmaster")
                .withSubject(ana.id().toString()).withClaim("username", "ana_ng").withIssuedAt(now)
                .withExpiresAt(now.plusSeconds(600)).withJWTId("x").sign(Algorithm.HMAC512(AccountFixtures.SECRET));
        String bens = accounts.login("ben-okafor", BEN_PASSWORD, null).accessToken();
        String[] parts = bens.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(ben.id().toString(), ana.id().toString());
        String swapped = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefused(() -> accounts.verifyAccessToken(unsigned), Reason.WRONG_ALGORITHM,
                "access token is signed with an unexpected algorithm");
        assertRefused(() -> accounts.verifyAccessToken(hs512), Reason.WRONG_ALGORITHM,
                "access token is signed with an unexpected algorithm");
        assertRefused(() -> accounts.verifyAccessToken(swapped), Reason.BAD_SIGNATURE,
                "access token has an invalid signature");
        assertThat(accounts.verifyAccessToken(bens).userId()).isEqualTo(ben.id());
    }

    @DatabaseTest
    void rs256AndEs256KeysSignAndVerify(TestDatabase db) throws Exception {
        KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        var rsaPair = rsa.generateKeyPair();
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(new ECGenParameterSpec("secp256r1"));
        var ecPair = ec.generateKeyPair();
        Accounts rs256 = db.open(b -> b.accountSettings(AccountSettings.defaults(SigningKey.rs256(
                (RSAPublicKey) rsaPair.getPublic(), (RSAPrivateKey) rsaPair.getPrivate())).withBcryptCost(4)))
                .accounts();
        Accounts es256 = db.open(b -> b.accountSettings(AccountSettings.defaults(SigningKey.es256(
                (ECPublicKey) ecPair.getPublic(), (ECPrivateKey) ecPair.getPrivate())).withBcryptCost(4)))
                .accounts();
        User ana = rs256.register(ana()).user();

        String rsToken = rs256.login("ana_ng", ANA_PASSWORD, null).accessToken();
        String esToken = es256.login("ana_ng", ANA_PASSWORD, null).accessToken();

        assertThat(JWT.decode(rsToken).getAlgorithm()).isEqualTo("RS256");
        assertThat(JWT.decode(esToken).getAlgorithm()).isEqualTo("ES256");
        assertThat(rs256.verifyAccessToken(rsToken).userId()).isEqualTo(ana.id());
        assertThat(es256.verifyAccessToken(esToken).userId()).isEqualTo(ana.id());
        assertRefused(() -> rs256.verifyAccessToken(esToken), Reason.WRONG_ALGORITHM,
                "access token is signed with an unexpected algorithm");
    }

    @DatabaseTest
    void withoutAConfiguredKeyEachInstanceSignsWithItsOwnRandomKey(TestDatabase db) {
        Accounts first = db.open(b -> b.bcryptCost(4)).accounts();
        Accounts second = db.open(b -> b.bcryptCost(4)).accounts();
        first.register(ana());
        String token = first.login("ana_ng", ANA_PASSWORD, null).accessToken();

        assertThat(first.verifyAccessToken(token).username()).isEqualTo("ana_ng");
        assertRefused(() -> second.verifyAccessToken(token), Reason.BAD_SIGNATURE,
                "access token has an invalid signature");
    }

    private static void failLogins(Accounts accounts, int times) {
        for (int i = 0; i < times; i++) {
            assertThatThrownBy(() -> accounts.login("ana_ng", "wrong-password-1", null))
                    .isExactlyInstanceOf(AuthenticationException.class);
        }
    }

    private static Throwable catchFailure(ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isNotNull();
        return t;
    }

    private static void assertRefused(ThrowingCallable call, Reason reason, String message) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage(message)
                .extracting(e -> ((InvalidTokenException) e).reason())
                .isEqualTo(reason);
    }
}
