package io.negotiationmaster.account;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A row of {@code refresh_tokens} as the storage port reads and writes it. The token itself is never stored.
 *
 * @param id the token's id
 * @param userId the owner
 * @param tokenHash SHA-256 hex of the token
 * @param expiresAt end of validity
 * @param deviceInfo what the client said about itself (at most 500 characters), or null
 * @param revoked whether the token was revoked (rotation, logout, password change, reuse detection)
 * @param revokedAt when it was revoked, or null
 * @param revokedReason why: {@code rotated}, {@code logout}, {@code logout-everywhere}, {@code password-changed},
 *     {@code reuse-detected}; or null
 * @param replacedBy the token that replaced it on rotation, or null
 * @param createdAt issue time
 */
public record RefreshTokenRecord(UUID id, UUID userId, String tokenHash, Instant expiresAt, String deviceInfo,
        boolean revoked, Instant revokedAt, String revokedReason, UUID replacedBy, Instant createdAt) {

    /** Checks the columns that are NOT NULL in the schema. */
    public RefreshTokenRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
