package io.negotiationmaster.account;

import java.time.Instant;
import java.util.Objects;

/**
 * What a successful login or refresh returns: a short-lived signed access token (a JWT the host checks on
 * every request with {@link Accounts#verifyAccessToken(String)}) and a long-lived, single-use refresh token
 * (exchanged for a new pair with {@link Accounts#refresh(String)}).
 *
 * @param accessToken the JWT
 * @param accessTokenExpiresAt when the JWT stops being accepted
 * @param refreshToken the opaque refresh token (URL-safe base64 of 256 random bits); stored only as a hash
 * @param refreshTokenExpiresAt when the refresh token stops being accepted
 * @param user the account the tokens belong to
 */
public record TokenPair(String accessToken, Instant accessTokenExpiresAt, String refreshToken,
        Instant refreshTokenExpiresAt, User user) {

    /** Checks that every component is present. */
    public TokenPair {
        Objects.requireNonNull(accessToken, "accessToken");
        Objects.requireNonNull(accessTokenExpiresAt, "accessTokenExpiresAt");
        Objects.requireNonNull(refreshToken, "refreshToken");
        Objects.requireNonNull(refreshTokenExpiresAt, "refreshTokenExpiresAt");
        Objects.requireNonNull(user, "user");
    }

    /** Never prints the tokens. */
    @Override
    public String toString() {
        return "TokenPair[accessToken=<hidden>, accessTokenExpiresAt=" + accessTokenExpiresAt
                + ", refreshToken=<hidden>, refreshTokenExpiresAt=" + refreshTokenExpiresAt + ", user=" + user + "]";
    }
}
