package io.negotiationmaster.persistence.internal.account;

import io.negotiationmaster.account.RefreshTokenRecord;
import io.negotiationmaster.account.UserRecord;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The SQL of {@code users} and {@code refresh_tokens}; statements in {@code AccountMapper.xml} beside it. */
public interface AccountMapper {

    int insertUser(UserRecord user);

    Optional<UserRecord> findUserById(UUID id);

    Optional<UserRecord> findUserByEmail(String email);

    Optional<UserRecord> findUserByUsername(String username);

    Optional<UserRecord> findUserByVerificationToken(String tokenHash);

    int markEmailVerified(UUID id, String tokenHash, Instant now);

    int replaceVerificationToken(UUID id, String tokenHash, Instant expiresAt, Instant now);

    int recordFailedLogin(UUID id, Instant now, Instant windowStart);

    int lockIfTooManyFailures(UUID id, int maxFailures, Instant lockedUntil, Instant now);

    int recordSuccessfulLogin(UUID id, Instant now);

    int updatePasswordHash(UUID id, String passwordHash, Instant now);

    int deleteUser(UUID id);

    int insertRefreshToken(RefreshTokenRecord token);

    Optional<RefreshTokenRecord> findRefreshTokenByHash(String tokenHash);

    int revokeRefreshToken(UUID id, String reason, UUID replacedBy, Instant now);

    int revokeAllRefreshTokens(UUID userId, String reason, Instant now);

    int deleteExpiredRefreshTokens(Instant now, Instant revokedBefore);
}
