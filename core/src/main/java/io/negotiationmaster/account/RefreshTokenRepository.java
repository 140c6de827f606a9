package io.negotiationmaster.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Storage port for {@code refresh_tokens}. Every method runs in the caller's transaction. */
public interface RefreshTokenRepository {

    /** Stores a newly issued token (its hash). */
    void insert(RefreshTokenRecord token);

    /** The token with this SHA-256 hash. */
    Optional<RefreshTokenRecord> findByHash(String tokenHash);

    /**
     * Revokes the token only if it is not revoked yet ({@code … WHERE id = ? AND is_revoked = FALSE}); returns
     * whether this call revoked it, so that of two concurrent callers exactly one wins.
     *
     * @param replacedBy the successor on rotation, or null
     */
    boolean revoke(UUID id, String reason, UUID replacedBy, Instant now);

    /** Revokes every unrevoked, unexpired token of the user; returns how many. */
    int revokeAllForUser(UUID userId, String reason, Instant now);

    /** Deletes tokens expired at {@code now} and tokens revoked before {@code revokedBefore}; returns how many. */
    int deleteExpired(Instant now, Instant revokedBefore);
}
