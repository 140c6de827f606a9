package io.negotiationmaster.examples.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.AccessTokenClaims;
import io.negotiationmaster.account.AccountLockedException;
import io.negotiationmaster.account.Registered;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.account.TokenPair;
import io.negotiationmaster.account.User;
import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.AuthenticationException;
import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NegotiationFinishedException;
import io.negotiationmaster.error.NegotiationMasterException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.negotiation.Negotiation;
import io.negotiationmaster.negotiation.NegotiationFilter;
import io.negotiationmaster.negotiation.Turn;
import io.negotiationmaster.performance.PerformanceReport;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.scenario.ScenarioView;
import io.negotiationmaster.storage.PageRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pages and JSON endpoints; every library exception is mapped to its HTTP status here. */
final class HttpRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(HttpRoutes.class);
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final NegotiationMaster nm;
    private final AuthCookies cookies;
    private final ObjectMapper json;

    HttpRoutes(NegotiationMaster nm, AuthCookies cookies, ObjectMapper json) {
        this.nm = Objects.requireNonNull(nm, "nm");
        this.cookies = Objects.requireNonNull(cookies, "cookies");
        this.json = Objects.requireNonNull(json, "json");
    }

    record SignupForm(String email, String username, String password, String firstName, String lastName) {
    }

    record LoginForm(String login, String password) {
    }

    record TokenForm(String token) {
    }

    record StartForm(String scenario) {
    }

    void register(Javalin app) {
        app.before(this::guard);

        app.get("/login", ctx -> page(ctx, "login.html"));
        app.get("/signup", ctx -> page(ctx, "signup.html"));
        app.get("/verify", ctx -> page(ctx, "verify.html"));
        app.get("/", ctx -> {
            Sessions.who(nm, ctx);
            page(ctx, "catalog.html");
        });
        app.get("/progress", ctx -> {
            Sessions.who(nm, ctx);
            page(ctx, "progress.html");
        });
        app.get("/negotiations/{id}", ctx -> {
            nm.negotiations().get(Sessions.who(nm, ctx).userId(), negotiationId(ctx));
            page(ctx, "negotiation.html");
        });
        app.get("/negotiations/{id}/report", ctx -> {
            nm.negotiations().get(Sessions.who(nm, ctx).userId(), negotiationId(ctx));
            page(ctx, "report.html");
        });

        app.post("/auth/signup", this::signup);
        app.post("/auth/verify", ctx -> {
            User user = nm.accounts().verifyEmail(body(ctx, TokenForm.class).token());
            ctx.json(Map.of("username", user.username(), "emailVerified", user.emailVerified()));
        });
        app.post("/auth/login", this::login);
        app.post("/auth/refresh", ctx -> {
            TokenPair pair = refresh(ctx);
            ctx.json(Map.of("username", pair.user().username(), "accessTokenExpiresAt",
                    pair.accessTokenExpiresAt().toString()));
        });
        app.get("/auth/resume", this::resume);
        app.post("/auth/logout", ctx -> {
            nm.accounts().logout(ctx.cookie(AuthCookies.REFRESH));
            cookies.clear(ctx);
            ctx.status(HttpStatus.NO_CONTENT);
        });

        app.get("/api/me", ctx -> {
            AccessTokenClaims who = Sessions.who(nm, ctx);
            User user = nm.accounts().user(who.userId()).orElseThrow(
                    () -> new AuthenticationException("the account no longer exists"));
            ctx.json(Map.of("username", user.username(), "firstName", user.firstName(), "emailVerified",
                    user.emailVerified()));
        });
        app.get("/api/scenarios", ctx -> {
            Sessions.who(nm, ctx);
            ctx.json(nm.scenarios().list(ScenarioFilter.active(), PageRequest.first(50)).items().stream()
                    .map(WebViews::card).toList());
        });
        app.get("/api/negotiations", ctx -> {
            AccessTokenClaims who = Sessions.who(nm, ctx);
            Function<UUID, ScenarioView> scenarios = scenarioLookup();
            ctx.json(nm.negotiations().list(who.userId(), NegotiationFilter.all(), PageRequest.first(20)).items()
                    .stream().map(n -> summary(n, scenarios.apply(n.scenarioId()))).toList());
        });
        app.post("/api/negotiations", ctx -> {
            AccessTokenClaims who = Sessions.who(nm, ctx);
            String slug = body(ctx, StartForm.class).scenario();
            if (slug == null || slug.isBlank()) {
                throw new ValidationException("scenario", "scenario is required");
            }
            Negotiation started = nm.negotiations().start(who.userId(), slug);
            ctx.status(HttpStatus.CREATED).json(Map.of("id", started.id(), "url", "/negotiations/" + started.id()));
        });
        app.get("/api/negotiations/{id}", ctx -> {
            UUID user = Sessions.who(nm, ctx).userId();
            UUID id = negotiationId(ctx);
            Negotiation n = nm.negotiations().get(user, id);
            ctx.json(WebViews.detail(n, nm.scenarios().get(n.scenarioId()), nm.performance().chart(user, id),
                    nm.negotiations().history(user, id)));
        });
        app.post("/api/negotiations/{id}/accept", ctx -> turn(ctx,
                nm.negotiations().accept(Sessions.who(nm, ctx).userId(), negotiationId(ctx))));
        app.post("/api/negotiations/{id}/walk-away", ctx -> turn(ctx,
                nm.negotiations().walkAway(Sessions.who(nm, ctx).userId(), negotiationId(ctx))));
        app.post("/api/negotiations/{id}/finish", ctx -> {
            UUID id = negotiationId(ctx);
            PerformanceReport report = nm.performance().finish(Sessions.who(nm, ctx).userId(), id);
            ctx.json(Map.of("report", "/negotiations/" + id + "/report", "overall", report.overall().score()));
        });
        app.get("/api/negotiations/{id}/report", ctx ->
                ctx.json(nm.performance().report(Sessions.who(nm, ctx).userId(), negotiationId(ctx))));
        app.get("/api/negotiations/{id}/chart", ctx ->
                ctx.json(nm.performance().chart(Sessions.who(nm, ctx).userId(), negotiationId(ctx))));
        app.get("/api/negotiations/{id}/what-ifs", ctx -> ctx.json(nm.coaching()
                .whatIfs(Sessions.who(nm, ctx).userId(), negotiationId(ctx)).stream().map(WebViews::whatIf).toList()));
        app.get("/api/progress", ctx -> {
            AccessTokenClaims who = Sessions.who(nm, ctx);
            ctx.json(WebViews.progress(nm.performance().progress(who.userId()), scenarioLookup()));
        });

        app.exception(NegotiationMasterException.class, (e, ctx) -> failure(ctx, status(e), message(e), e));
        app.exception(IllegalArgumentException.class, (e, ctx) -> failure(ctx, 400, e.getMessage(), e));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            failure(ctx, 500, "unexpected server error", e);
        });
    }

    /** Security headers, the body limit and the origin check of state-changing requests. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        if (ctx.contentLength() > WebHost.MAX_BODY_BYTES) {
            throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
                    "request body larger than " + WebHost.MAX_BODY_BYTES + " bytes");
        }
        String method = ctx.method().name();
        if (!"GET".equals(method) && !"HEAD".equals(method) && !Sessions.sameOrigin(ctx)) {
            throw new HttpResponseException(HttpStatus.FORBIDDEN.getCode(), "cross-origin request refused");
        }
    }

    private void signup(Context ctx) {
        SignupForm f = body(ctx, SignupForm.class);
        Registered r = nm.accounts().register(new Registration(f.email(), f.username(), f.password(), f.firstName(),
                f.lastName()));
        // No mail server in this example: the link that would be mailed is shown on screen instead.
        ctx.status(HttpStatus.CREATED).json(Map.of("username", r.user().username(), "verifyUrl",
                "/verify?token=" + URLEncoder.encode(r.verificationToken(), StandardCharsets.UTF_8)));
    }

    private void login(Context ctx) {
        LoginForm f = body(ctx, LoginForm.class);
        TokenPair pair = nm.accounts().login(f.login(), f.password(), ctx.userAgent());
        cookies.set(ctx, pair);
        ctx.json(Map.of("username", pair.user().username(), "accessTokenExpiresAt",
                pair.accessTokenExpiresAt().toString()));
    }

    private TokenPair refresh(Context ctx) {
        try {
            TokenPair pair = nm.accounts().refresh(ctx.cookie(AuthCookies.REFRESH));
            cookies.set(ctx, pair);
            return pair;
        } catch (AuthenticationException e) {
            cookies.clear(ctx);
            throw e;
        }
    }

    /** A page whose access token expired: rotate the refresh token and go back, or go to the login page. */
    private void resume(Context ctx) {
        String next = Sessions.localPath(ctx.queryParam("next"));
        try {
            refresh(ctx);
            ctx.redirect(next, HttpStatus.SEE_OTHER);
        } catch (AuthenticationException e) {
            ctx.redirect("/login?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        }
    }

    private void turn(Context ctx, Turn turn) {
        ctx.json(Map.of("userMessage", WebViews.message(turn.userMessage()), "reply",
                WebViews.message(turn.reply()), "state", WebViews.state(turn.negotiation())));
    }

    private Map<String, Object> summary(Negotiation n, ScenarioView s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", n.id());
        out.put("scenarioTitle", s.title());
        out.put("startedAt", n.startedAt());
        out.put("state", WebViews.state(n));
        return out;
    }

    private Function<UUID, ScenarioView> scenarioLookup() {
        Map<UUID, ScenarioView> seen = new HashMap<>();
        return id -> seen.computeIfAbsent(id, nm.scenarios()::get);
    }

    private <T> T body(Context ctx, Class<T> type) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw new ValidationException("body", "body must be a JSON object");
        }
        try {
            T value = json.readValue(bytes, type);
            if (value == null) {
                throw new ValidationException("body", "body must be a JSON object");
            }
            return value;
        } catch (IOException e) {
            throw new ValidationException("body", "body must be a JSON object with the expected fields");
        }
    }

    static UUID negotiationId(Context ctx) {
        UUID id = negotiationIdOrNull(ctx.pathParam("id"));
        if (id == null) {
            throw new NotFoundException("negotiation", ctx.pathParam("id"));
        }
        return id;
    }

    /** The UUID in {@code raw}, or null when it is not one. */
    static UUID negotiationIdOrNull(String raw) {
        try {
            return raw == null ? null : UUID.fromString(raw);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static int status(NegotiationMasterException e) {
        if (e instanceof ValidationException) {
            return 400;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof AccessDeniedException) {
            return 403;
        }
        if (e instanceof AccountLockedException) {
            return 429;
        }
        if (e instanceof AuthenticationException) {
            return 401;
        }
        if (e instanceof ConflictException || e instanceof NegotiationFinishedException) {
            return 409;
        }
        return 500;
    }

    /** What the client is told: the library's message, except for refusals and server faults. */
    static String message(NegotiationMasterException e) {
        return switch (status(e)) {
            case 403 -> "this negotiation belongs to another user";
            case 404 -> "not found";
            case 500 -> "server error";
            default -> e.getMessage();
        };
    }

    private void failure(Context ctx, int status, String message, Exception e) {
        if (status >= 500) {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
        } else {
            LOG.debug("{} {} → {}: {}", ctx.method(), ctx.path(), status, e.toString());
        }
        boolean page = "GET".equals(ctx.method().name()) && !ctx.path().startsWith("/api/")
                && !ctx.path().startsWith("/auth/");
        if (page && status == 401) {
            ctx.redirect("/auth/resume?next=" + URLEncoder.encode(ctx.path(), StandardCharsets.UTF_8),
                    HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(status);
        if (page) {
            ctx.html(errorPage(status));
        } else {
            ctx.json(WebViews.error(status, message == null ? "error" : message));
        }
    }

    private static String errorPage(int status) {
        String title = switch (status) {
            case 403 -> "This negotiation belongs to another user.";
            case 404 -> "There is nothing here.";
            case 400 -> "That request was not understood.";
            default -> "Something went wrong on our side.";
        };
        return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + status
                + " · NegotiationMaster</title><link rel=\"stylesheet\" href=\"/static/app.css\"></head>"
                + "<body><main class=\"narrow\"><section class=\"card error-page\"><h1 id=\"error-status\">" + status
                + "</h1><p id=\"error-text\">" + title + "</p><p><a href=\"/\">Back to the scenarios</a></p>"
                + "</section></main></body></html>";
    }

    static void page(Context ctx, String name) {
        try (InputStream in = HttpRoutes.class.getResourceAsStream(WebHost.STATIC_ROOT + "/" + name)) {
            if (in == null) {
                throw new NotFoundException("page", name);
            }
            ctx.html(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + name, e);
        }
    }
}
