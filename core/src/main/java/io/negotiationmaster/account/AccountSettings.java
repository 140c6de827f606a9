package io.negotiationmaster.account;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link Accounts} hashes passwords, signs tokens and locks out password guessing. Start from
 * {@link #defaults(SigningKey)} and change what you need with the {@code with…} methods:
 *
 * <pre>{@code
 * AccountSettings settings = AccountSettings.defaults(SigningKey.hs256(secretBytes))
 *         .withIssuer("https://training.example.com")
 *         .withAccessTokenLifetime(Duration.ofMinutes(5));
 * }</pre>
 *
 * @param bcryptCost bcrypt's log2 work factor, 4–31 (default {@value #DEFAULT_BCRYPT_COST}; below 12 only for tests)
 * @param signingKey the access-token key (HS256, RS256 or ES256)
 * @param issuer the {@code iss} claim written and required (default {@code negotiationmaster})
 * @param audience the {@code aud} claim written and required (default {@code negotiationmaster})
 * @param accessTokenLifetime 1 second to 24 hours (default 15 minutes)
 * @param refreshTokenLifetime 1 minute to 366 days (default 30 days)
 * @param verificationTokenLifetime 1 minute to 30 days (default 48 hours)
 * @param refreshReuseGrace 0 to 5 minutes (default 10 seconds): an exchanged refresh token presented again
 *     within this time of its exchange is refused as {@link InvalidTokenException.Reason#ALREADY_ROTATED}
 *     without revoking the account's sessions (two tabs refreshing at once); later it counts as theft
 *     ({@link InvalidTokenException.Reason#REUSED}) and revokes every session. Zero makes every replay theft.
 * @param lockout the brute-force policy
 */
public record AccountSettings(int bcryptCost, SigningKey signingKey, String issuer, String audience,
        Duration accessTokenLifetime, Duration refreshTokenLifetime, Duration verificationTokenLifetime,
        Duration refreshReuseGrace, Lockout lockout) {

    /** The default bcrypt cost (OWASP's minimum recommendation for bcrypt in 2024 is 10; we take 12). */
    public static final int DEFAULT_BCRYPT_COST = 12;

    /** Checks every value and names the one out of range. */
    public AccountSettings {
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new IllegalArgumentException("bcryptCost must be 4-31, was " + bcryptCost);
        }
        Objects.requireNonNull(signingKey, "signingKey");
        requireText(issuer, "issuer");
        requireText(audience, "audience");
        requireRange(accessTokenLifetime, "accessTokenLifetime", Duration.ofSeconds(1), Duration.ofHours(24));
        requireRange(refreshTokenLifetime, "refreshTokenLifetime", Duration.ofMinutes(1), Duration.ofDays(366));
        requireRange(verificationTokenLifetime, "verificationTokenLifetime", Duration.ofMinutes(1), Duration.ofDays(30));
        requireRange(refreshReuseGrace, "refreshReuseGrace", Duration.ZERO, Duration.ofMinutes(5));
        Objects.requireNonNull(lockout, "lockout");
    }

    /** Cost 12, the given key, issuer and audience {@code negotiationmaster}, 15 min / 30 d / 48 h, 10 s grace, 5 in 15 min. */
    public static AccountSettings defaults(SigningKey signingKey) {
        return new AccountSettings(DEFAULT_BCRYPT_COST, signingKey, "negotiationmaster", "negotiationmaster",
                Duration.ofMinutes(15), Duration.ofDays(30), Duration.ofHours(48), Duration.ofSeconds(10),
                Lockout.defaults());
    }

    /** A copy with another bcrypt cost. */
    public AccountSettings withBcryptCost(int cost) {
        return new AccountSettings(cost, signingKey, issuer, audience, accessTokenLifetime, refreshTokenLifetime,
                verificationTokenLifetime, refreshReuseGrace, lockout);
    }

    /** A copy with another signing key. */
    public AccountSettings withSigningKey(SigningKey key) {
        return new AccountSettings(bcryptCost, key, issuer, audience, accessTokenLifetime, refreshTokenLifetime,
                verificationTokenLifetime, refreshReuseGrace, lockout);
    }

    /** A copy with another issuer. */
    public AccountSettings withIssuer(String value) {
        return new AccountSettings(bcryptCost, signingKey, value, audience, accessTokenLifetime, refreshTokenLifetime,
                verificationTokenLifetime, refreshReuseGrace, lockout);
    }

    /** A copy with another audience. */
    public AccountSettings withAudience(String value) {
        return new AccountSettings(bcryptCost, signingKey, issuer, value, accessTokenLifetime, refreshTokenLifetime,
                verificationTokenLifetime, refreshReuseGrace, lockout);
    }

    /** A copy with another access-token lifetime. */
    public AccountSettings withAccessTokenLifetime(Duration value) {
        return new AccountSettings(bcryptCost, signingKey, issuer, audience, value, refreshTokenLifetime,
                verificationTokenLifetime, refreshReuseGrace, lockout);
    }

    /** A copy with another refresh-token lifetime. */
    public AccountSettings withRefreshTokenLifetime(Duration value) {
        return new AccountSettings(bcryptCost, signingKey, issuer, audience, accessTokenLifetime, value,
                verificationTokenLifetime, refreshReuseGrace, lockout);
    }

    /** A copy with another verification-token lifetime. */
    public AccountSettings withVerificationTokenLifetime(Duration value) {
        return new AccountSettings(bcryptCost, signingKey, issuer, audience, accessTokenLifetime, refreshTokenLifetime,
                value, refreshReuseGrace, lockout);
    }

    /** A copy with another refresh reuse grace. */
    public AccountSettings withRefreshReuseGrace(Duration value) {
        return new AccountSettings(bcryptCost, signingKey, issuer, audience, accessTokenLifetime, refreshTokenLifetime,
                verificationTokenLifetime, value, lockout);
    }

    /** A copy with another lockout policy. */
    public AccountSettings withLockout(Lockout value) {
        return new AccountSettings(bcryptCost, signingKey, issuer, audience, accessTokenLifetime, refreshTokenLifetime,
                verificationTokenLifetime, refreshReuseGrace, value);
    }

    /**
     * Brute-force protection: after {@code maxFailures} wrong passwords for one account within {@code window},
     * every attempt is refused for {@code coolOff}. Kept in the database, so several host instances agree.
     *
     * @param maxFailures 1–100 (default 5)
     * @param window how far back failures count, 1 second to 24 hours (default 15 minutes)
     * @param coolOff how long the account stays locked, 1 second to 24 hours (default 15 minutes)
     */
    public record Lockout(int maxFailures, Duration window, Duration coolOff) {
        /** Checks every value and names the one out of range. */
        public Lockout {
            if (maxFailures < 1 || maxFailures > 100) {
                throw new IllegalArgumentException("maxFailures must be 1-100, was " + maxFailures);
            }
            requireRange(window, "window", Duration.ofSeconds(1), Duration.ofHours(24));
            requireRange(coolOff, "coolOff", Duration.ofSeconds(1), Duration.ofHours(24));
        }

        /** Five failures within 15 minutes lock for 15 minutes. */
        public static Lockout defaults() {
            return new Lockout(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
        }
    }

    private static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }

    private static void requireRange(Duration value, String name, Duration min, Duration max) {
        Objects.requireNonNull(value, name);
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(name + " must be " + min + " to " + max + ", was " + value);
        }
    }
}
