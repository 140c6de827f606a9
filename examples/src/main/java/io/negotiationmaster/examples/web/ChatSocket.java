package io.negotiationmaster.examples.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.websocket.WsContext;
import io.javalin.websocket.WsMessageContext;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.AccessTokenClaims;
import io.negotiationmaster.error.AccessDeniedException;
import io.negotiationmaster.error.AuthenticationException;
import io.negotiationmaster.error.NegotiationMasterException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.negotiation.Turn;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * {@code /ws/negotiations/{id}}: the chat socket of one negotiation. The upgrade is refused (no socket at all)
 * without our own {@code Origin} (403), without a valid access token (401), for an unknown negotiation (404) and
 * for someone else's (403). Client → server: {@code {"type":"say","text":"…"}}; server → client: the library's
 * events ({@code typing}, {@code reply}, {@code offer}, {@code deal}, {@code finished}), {@code turn} after each
 * turn and {@code error}.
 */
final class ChatSocket {
    static final String PATH = "/ws/negotiations/{id}";
    /** Close code when the access token behind the socket has expired: refresh and reconnect. */
    static final int EXPIRED = 4001;
    /** Close code of a policy violation (RFC 6455). */
    static final int POLICY = 1008;

    private final NegotiationMaster nm;
    private final NegotiationRooms rooms;
    private final ObjectMapper json;

    ChatSocket(NegotiationMaster nm, NegotiationRooms rooms, ObjectMapper json) {
        this.nm = Objects.requireNonNull(nm, "nm");
        this.rooms = Objects.requireNonNull(rooms, "rooms");
        this.json = Objects.requireNonNull(json, "json");
    }

    void register(Javalin app) {
        app.wsBeforeUpgrade(PATH, this::checkUpgrade);
        app.ws(PATH, ws -> {
            ws.onConnect(this::admit);
            ws.onMessage(this::receive);
            ws.onClose(rooms::leave);
            ws.onError(rooms::leave);
        });
    }

    private void checkUpgrade(Context ctx) {
        if (!Sessions.sameOriginRequired(ctx)) {
            throw new HttpResponseException(403, "cross-origin socket refused");
        }
        AccessTokenClaims who;
        try {
            who = Sessions.who(nm, ctx);
        } catch (AuthenticationException e) {
            throw new HttpResponseException(401, "not signed in");
        }
        UUID id = HttpRoutes.negotiationIdOrNull(ctx.pathParam("id"));
        if (id == null) {
            throw new HttpResponseException(404, "not found");
        }
        try {
            nm.negotiations().get(who.userId(), id);
        } catch (AccessDeniedException e) {
            throw new HttpResponseException(403, "this negotiation belongs to another user");
        } catch (NotFoundException e) {
            throw new HttpResponseException(404, "not found");
        }
    }

    /** Checks again on the socket itself (the upgrade check ran on the same request), then joins the room. */
    private void admit(WsContext ctx) {
        String token = ctx.cookie(AuthCookies.ACCESS);
        UUID id = HttpRoutes.negotiationIdOrNull(ctx.pathParam("id"));
        try {
            if (token == null || id == null) {
                ctx.closeSession(POLICY, "refused");
                return;
            }
            AccessTokenClaims who = nm.accounts().verifyAccessToken(token);
            nm.negotiations().get(who.userId(), id);
            rooms.join(new NegotiationRooms.Member(ctx, who.userId(), id, who.expiresAt()));
            rooms.send(ctx, Map.of("type", "ready"));
        } catch (NegotiationMasterException e) {
            ctx.closeSession(POLICY, "refused");
        }
    }

    private void receive(WsMessageContext ctx) {
        NegotiationRooms.Member member = rooms.member(ctx);
        if (member == null) {
            ctx.closeSession(POLICY, "refused");
            return;
        }
        if (!nm.clock().instant().isBefore(member.expiresAt())) {
            ctx.closeSession(EXPIRED, "session expired");
            return;
        }
        JsonNode message;
        try {
            message = json.readTree(ctx.message());
        } catch (IOException e) {
            rooms.send(ctx, error(400, "a message must be a JSON object"));
            return;
        }
        if (message == null || !"say".equals(message.path("type").asText())) {
            rooms.send(ctx, error(400, "unknown message type"));
            return;
        }
        String text = message.path("text").asText("");
        if (text.isBlank()) {
            rooms.send(ctx, error(400, "text must not be empty"));
            return;
        }
        if (text.length() > WebHost.MAX_MESSAGE_CHARS) {
            rooms.send(ctx, error(400, "text must be at most " + WebHost.MAX_MESSAGE_CHARS + " characters"));
            return;
        }
        try {
            Turn turn = nm.negotiations().say(member.userId(), member.negotiationId(), text);
            Map<String, Object> done = new LinkedHashMap<>();
            done.put("type", "turn");
            done.put("userMessage", WebViews.message(turn.userMessage()));
            done.put("state", WebViews.state(turn.negotiation()));
            rooms.broadcast(member.negotiationId(), member.userId(), done);
        } catch (NegotiationMasterException e) {
            int status = HttpRoutes.status(e);
            rooms.send(ctx, error(status, HttpRoutes.message(e)));
            if (status == 403) {
                ctx.closeSession(POLICY, "refused");
            }
        }
    }

    private static Map<String, Object> error(int status, String message) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "error");
        out.put("status", status);
        out.put("error", message);
        return out;
    }
}
