package io.negotiationmaster.examples.web;

import io.javalin.http.Context;
import io.negotiationmaster.account.TokenPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The two session cookies: the access token (every path) and the refresh token (only {@code /auth}, where it is
 * exchanged or revoked). Both HttpOnly and SameSite=Strict, so scripts cannot read them and other sites cannot
 * send them; Secure when the host says it is served over HTTPS.
 */
final class AuthCookies {
    static final String ACCESS = "nm_access";
    static final String REFRESH = "nm_refresh";
    static final String REFRESH_PATH = "/auth";

    private final Clock clock;
    private final boolean secure;

    AuthCookies(Clock clock, boolean secure) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.secure = secure;
    }

    /** Sets both cookies from a fresh token pair. */
    void set(Context ctx, TokenPair pair) {
        add(ctx, ACCESS, pair.accessToken(), "/", maxAge(pair.accessTokenExpiresAt()));
        add(ctx, REFRESH, pair.refreshToken(), REFRESH_PATH, maxAge(pair.refreshTokenExpiresAt()));
    }

    /** Expires both cookies. */
    void clear(Context ctx) {
        add(ctx, ACCESS, "", "/", 0);
        add(ctx, REFRESH, "", REFRESH_PATH, 0);
    }

    private long maxAge(Instant expiresAt) {
        return Math.max(0, Duration.between(clock.instant(), expiresAt).getSeconds());
    }

    private void add(Context ctx, String name, String value, String path, long maxAgeSeconds) {
        ctx.res().addHeader("Set-Cookie", name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAgeSeconds
                + "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : ""));
    }
}
