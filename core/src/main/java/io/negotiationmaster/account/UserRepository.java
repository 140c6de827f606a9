package io.negotiationmaster.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage port for {@code users}. Every method runs in the caller's transaction
 * ({@link io.negotiationmaster.storage.Transactions}); the conditional updates are single statements so that
 * several host instances over one database stay consistent.
 */
public interface UserRepository {

    /** Inserts a new account; a taken e-mail or username fails with a ConflictException naming the column. */
    void insert(UserRecord user);

    /** The account with this id. */
    Optional<UserRecord> findById(UUID id);

    /** The account with this (normalised) e-mail. */
    Optional<UserRecord> findByEmail(String email);

    /** The account with this username (exact match). */
    Optional<UserRecord> findByUsername(String username);

    /** The account whose pending verification token has this SHA-256 hash. */
    Optional<UserRecord> findByVerificationTokenHash(String tokenHash);

    /** Marks the e-mail verified and clears the token, only if the token is still {@code tokenHash}. */
    boolean markEmailVerified(UUID id, String tokenHash, Instant now);

    /** Replaces the pending verification token, only while the e-mail is unverified. */
    boolean replaceVerificationToken(UUID id, String tokenHash, Instant expiresAt, Instant now);

    /**
     * Counts one wrong password: the counter restarts at 1 when the current window began before
     * {@code windowStart}, otherwise grows by one. Atomic.
     */
    void recordFailedLogin(UUID id, Instant now, Instant windowStart);

    /** Locks until {@code lockedUntil} (and resets the counter) if at least {@code maxFailures} were counted. */
    boolean lockIfTooManyFailures(UUID id, int maxFailures, Instant lockedUntil, Instant now);

    /** Sets {@code last_login} and clears the failure state, unless a lockout is in force at {@code now}. */
    boolean recordSuccessfulLogin(UUID id, Instant now);

    /** Replaces the password hash. */
    boolean updatePasswordHash(UUID id, String passwordHash, Instant now);

    /** Deletes the account; the schema cascades to everything that references it. */
    boolean delete(UUID id);
}
