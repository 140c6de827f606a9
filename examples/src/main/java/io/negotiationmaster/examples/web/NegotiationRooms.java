package io.negotiationmaster.examples.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.websocket.WsContext;
import io.negotiationmaster.negotiation.NegotiationEvent;
import io.negotiationmaster.negotiation.NegotiationListener;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket room per negotiation: the sockets its owner opened. The library's events are pushed to the room
 * of their negotiation, and only to sockets of the event's own user (a socket joins only after the ownership
 * check, and every send checks it again). Sends to one socket are serialised, since turns of two tabs may run at
 * once.
 */
final class NegotiationRooms implements NegotiationListener {
    private static final Logger LOG = LoggerFactory.getLogger(NegotiationRooms.class);

    private final ObjectMapper json;
    private final Map<UUID, Set<Member>> rooms = new ConcurrentHashMap<>();
    private final Map<String, Member> bySession = new ConcurrentHashMap<>();

    NegotiationRooms(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** A socket of {@code userId} in the room of {@code negotiationId}, admitted until {@code expiresAt}. */
    record Member(WsContext socket, UUID userId, UUID negotiationId, Instant expiresAt) {
        Member {
            Objects.requireNonNull(socket, "socket");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(negotiationId, "negotiationId");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    void join(Member member) {
        rooms.computeIfAbsent(member.negotiationId(), id -> ConcurrentHashMap.newKeySet()).add(member);
        bySession.put(member.socket().sessionId(), member);
    }

    void leave(WsContext socket) {
        Member member = bySession.remove(socket.sessionId());
        if (member != null) {
            rooms.computeIfPresent(member.negotiationId(), (id, set) -> {
                set.remove(member);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** The member a socket joined as, or null when it never joined. */
    Member member(WsContext socket) {
        return bySession.get(socket.sessionId());
    }

    /** How many sockets are in the room (for tests and diagnostics). */
    int size(UUID negotiationId) {
        Set<Member> room = rooms.get(negotiationId);
        return room == null ? 0 : room.size();
    }

    @Override
    public void onEvent(NegotiationEvent event) {
        broadcast(event.negotiationId(), event.userId(), payload(event));
    }

    /** Sends {@code payload} to every socket of {@code userId} in the room of {@code negotiationId}. */
    void broadcast(UUID negotiationId, UUID userId, Map<String, Object> payload) {
        Set<Member> room = rooms.get(negotiationId);
        if (room == null) {
            return;
        }
        String text = write(payload);
        for (Member member : room) {
            if (member.userId().equals(userId)) {
                send(member.socket(), text);
            }
        }
    }

    /** Sends one JSON document to one socket; a socket that fails is logged and left to its close handler. */
    void send(WsContext socket, Map<String, Object> payload) {
        send(socket, write(payload));
    }

    private void send(WsContext socket, String text) {
        synchronized (socket.session) {
            if (!socket.session.isOpen()) {
                return;
            }
            try {
                socket.send(text);
            } catch (RuntimeException e) {
                LOG.debug("could not send to socket {}: {}", socket.sessionId(), e.toString());
            }
        }
    }

    private String write(Map<String, Object> payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write event " + payload.get("type"), e);
        }
    }

    static Map<String, Object> payload(NegotiationEvent event) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (event instanceof NegotiationEvent.Typing) {
            out.put("type", "typing");
        } else if (event instanceof NegotiationEvent.Replied replied) {
            out.put("type", "reply");
            out.put("message", WebViews.message(replied.reply()));
        } else if (event instanceof NegotiationEvent.OfferMade offer) {
            out.put("type", "offer");
            out.put("party", WebViews.party(offer.party()));
            out.put("offer", offer.offer());
        } else if (event instanceof NegotiationEvent.DealReached deal) {
            out.put("type", "deal");
            out.put("terms", deal.terms());
        } else if (event instanceof NegotiationEvent.Finished finished) {
            out.put("type", "finished");
            out.put("status", finished.status().name().toLowerCase(java.util.Locale.ROOT));
            out.put("outcome", finished.outcome().map(o -> o.name().toLowerCase(java.util.Locale.ROOT)).orElse(null));
        } else {
            throw new IllegalStateException("unknown event " + event.getClass().getName());
        }
        return out;
    }
}
