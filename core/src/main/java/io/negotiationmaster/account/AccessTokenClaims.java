package io.negotiationmaster.account;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The verified content of an access token.
 *
 * @param userId the account ({@code sub})
 * @param username the username at the time the token was issued
 * @param issuedAt {@code iat}
 * @param expiresAt {@code exp}
 * @param tokenId {@code jti}, unique per token (for a host's own deny-list or audit log)
 */
public record AccessTokenClaims(UUID userId, String username, Instant issuedAt, Instant expiresAt, String tokenId) {

    /** Checks that every claim is present. */
    public AccessTokenClaims {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(tokenId, "tokenId");
    }
}
