package io.negotiationmaster.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AccountSettingsTest {
    private static final SigningKey KEY = SigningKey.hs256("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));

    @Test
    void defaultsFollowTheIssue() {
        AccountSettings s = AccountSettings.defaults(KEY);

        assertThat(s.bcryptCost()).isEqualTo(12);
        assertThat(s.accessTokenLifetime()).isEqualTo(Duration.ofMinutes(15));
        assertThat(s.refreshTokenLifetime()).isEqualTo(Duration.ofDays(30));
        assertThat(s.verificationTokenLifetime()).isEqualTo(Duration.ofHours(48));
        assertThat(s.lockout()).isEqualTo(new AccountSettings.Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15)));
        assertThat(s.signingKey().algorithm()).isEqualTo("HS256");
    }

    @Test
    void outOfRangeValuesAreRefusedNamingTheValue() {
        AccountSettings s = AccountSettings.defaults(KEY);

        assertThatThrownBy(() -> s.withBcryptCost(3))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bcryptCost must be 4-31, was 3");
        assertThatThrownBy(() -> s.withBcryptCost(32)).hasMessage("bcryptCost must be 4-31, was 32");
        assertThatThrownBy(() -> s.withIssuer(" ")).hasMessage("issuer must not be blank");
        assertThatThrownBy(() -> s.withAudience(null)).isInstanceOf(NullPointerException.class).hasMessage("audience");
        assertThatThrownBy(() -> s.withAccessTokenLifetime(Duration.ZERO))
                .hasMessage("accessTokenLifetime must be PT1S to PT24H, was PT0S");
        assertThatThrownBy(() -> s.withRefreshTokenLifetime(Duration.ofDays(400)))
                .hasMessage("refreshTokenLifetime must be PT1M to PT8784H, was PT9600H");
        assertThatThrownBy(() -> s.withRefreshReuseGrace(Duration.ofSeconds(-1)))
                .hasMessage("refreshReuseGrace must be PT0S to PT5M, was PT-1S");
        assertThatThrownBy(() -> new AccountSettings.Lockout(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
                .hasMessage("maxFailures must be 1-100, was 0");
        assertThatThrownBy(() -> s.withSigningKey(null)).isInstanceOf(NullPointerException.class).hasMessage("signingKey");
    }

    @Test
    void hmacSecretsMustHaveAtLeast32BytesAndAreNeverPrinted() {
        assertThatThrownBy(() -> SigningKey.hs256(new byte[31]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("secret must be at least 32 bytes for HS256, was 31");
        byte[] secret = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8);
        SigningKey key = SigningKey.hs256(secret);
        secret[0] = 'X';

        assertThat(((SigningKey.Hmac) key).secret()[0]).isEqualTo((byte) '0');
        assertThat(key.toString()).isEqualTo("Hmac[HS256, 32 bytes]");
        assertThat(SigningKey.randomHs256(new SecureRandom())).isNotEqualTo(SigningKey.randomHs256(new SecureRandom()));
    }
}
