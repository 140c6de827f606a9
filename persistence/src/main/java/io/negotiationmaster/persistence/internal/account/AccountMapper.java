package io.negotiationmaster.persistence.internal.account;

import io.negotiationmaster.account.RefreshTokenRecord;
import io.negotiationmaster.account.UserRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The SQL of {@code users} and {@code refresh_tokens}; statements in {@code AccountMapper.xml} beside it. */
public interface AccountMapper {

    /** Inserts a user row; the unique constraints on email and username guard against races. */
    int insertUser(UserRecord user);

    /** The user with this id. */
    Optional<UserRecord> findUserById(UUID id);

    /** The user with this normalised e-mail. */
    Optional<UserRecord> findUserByEmail(String email);

    /** The user with this username (exact match). */
    Optional<UserRecord> findUserByUsername(String username);

    /** The user whose pending verification token has this hash. */
    Optional<UserRecord> findUserByVerificationToken(String tokenHash);

    /** Verifies the e-mail and clears the token if the token is still {@code tokenHash}; 1 or 0 rows. */
    int markEmailVerified(UUID id, String tokenHash, Instant now);

    /** Replaces the pending token while the e-mail is unverified; 1 or 0 rows. */
    int replaceVerificationToken(UUID id, String tokenHash, Instant expiresAt, Instant now);

    /** Counts a wrong password in one atomic statement, restarting the window when it is older than {@code windowStart}. */
    int recordFailedLogin(UUID id, Instant now, Instant windowStart);

    /** Locks and resets the counter when at least {@code maxFailures} were counted; 1 or 0 rows. */
    int lockIfTooManyFailures(UUID id, int maxFailures, Instant lockedUntil, Instant now);

    /** Sets last_login and clears the failure state unless locked at {@code now}; 1 or 0 rows. */
    int recordSuccessfulLogin(UUID id, Instant now);

    /** Replaces the password hash. */
    int updatePasswordHash(UUID id, String passwordHash, Instant now);

    /** Deletes the user; the schema cascades. */
    int deleteUser(UUID id);

    /** Inserts a refresh token row (its hash only). */
    int insertRefreshToken(RefreshTokenRecord token);

    /** The refresh token with this hash. */
    Optional<RefreshTokenRecord> findRefreshTokenByHash(String tokenHash);

    /** Revokes the token only if still unrevoked (compare-and-set); 1 or 0 rows. */
    int revokeRefreshToken(UUID id, String reason, UUID replacedBy, Instant now);

    /** Revokes every unrevoked, unexpired token of the user; the number revoked. */
    int revokeAllRefreshTokens(UUID userId, String reason, Instant now);

    /** Deletes expired tokens and tokens revoked before {@code revokedBefore}; the number deleted. */
    int deleteExpiredRefreshTokens(Instant now, Instant revokedBefore);
}
