package io.negotiationmaster.examples.web;

import io.javalin.http.Context;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.AccessTokenClaims;
import io.negotiationmaster.error.AuthenticationException;
import java.util.Locale;

/** Who is asking (the access-token cookie) and whether a request comes from this server's own pages. */
final class Sessions {
    private Sessions() {
    }

    /**
     * The signed-in user of the request.
     *
     * @throws AuthenticationException without a cookie or with an invalid or expired token
     */
    static AccessTokenClaims who(NegotiationMaster nm, Context ctx) {
        String token = ctx.cookie(AuthCookies.ACCESS);
        if (token == null || token.isBlank()) {
            throw new AuthenticationException("not signed in");
        }
        return nm.accounts().verifyAccessToken(token);
    }

    /** This server's origin as the browser sees it: scheme, host and port of the request. */
    static String ownOrigin(Context ctx) {
        return ctx.scheme().toLowerCase(Locale.ROOT) + "://" + ctx.host();
    }

    /**
     * Whether a state-changing request may proceed: a browser always sends {@code Origin} on such requests, and it
     * must be ours; a client without one (curl, a server) cannot be a cross-site page.
     */
    static boolean sameOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        return origin == null || origin.equalsIgnoreCase(ownOrigin(ctx));
    }

    /** Whether a WebSocket upgrade carries our own origin; browsers always send one, so it is required. */
    static boolean sameOriginRequired(Context ctx) {
        String origin = ctx.header("Origin");
        String expected = (ctx.scheme().equalsIgnoreCase("https") ? "https" : "http") + "://" + ctx.host();
        return origin != null && origin.equalsIgnoreCase(expected);
    }

    /** {@code next} when it is a path on this server, else {@code /} (no open redirect). */
    static String localPath(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.contains("\r") || next.contains("\n")) {
            return "/";
        }
        return next;
    }
}
