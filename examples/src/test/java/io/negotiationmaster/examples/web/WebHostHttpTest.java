package io.negotiationmaster.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTTP and WebSocket contract without a browser: status codes, cookies, limits, ownership, origin. */
class WebHostHttpTest {
    private static WebTestServer server;

    @BeforeAll
    static void start() {
        server = new WebTestServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void endpointsWithoutAnAccessTokenAnswer401() {
        HttpSession anonymous = new HttpSession(server);
        for (String path : List.of("/api/scenarios", "/api/me", "/api/progress", "/api/negotiations")) {
            HttpResponse<String> response = anonymous.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(401);
            assertThat(response.body()).as(path).contains("\"status\":401");
        }
        assertThat(anonymous.post("/api/negotiations", "{\"scenario\":\"used-car-honda-accord\"}").statusCode())
                .isEqualTo(401);
    }

    @Test
    void pagesWithoutAnAccessTokenGoThroughRefreshToTheLoginPage() {
        HttpSession anonymous = new HttpSession(server);
        HttpResponse<String> page = anonymous.get("/progress");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/auth/resume?next=%2Fprogress");
        HttpResponse<String> resume = anonymous.get("/auth/resume?next=%2Fprogress");
        assertThat(resume.statusCode()).isEqualTo(303);
        assertThat(resume.headers().firstValue("Location")).hasValue("/login?next=%2Fprogress");
    }

    @Test
    void resumeNeverRedirectsOffTheSite() {
        assertThat(Sessions.localPath("//evil.example/x")).isEqualTo("/");
        assertThat(Sessions.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(Sessions.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(Sessions.localPath("/negotiations/1")).isEqualTo("/negotiations/1");
    }

    @Test
    void invalidRegistrationAnswers400NamingTheField() {
        HttpResponse<String> response = new HttpSession(server).post("/auth/signup",
                "{\"email\":\"not-an-address\",\"username\":\"val1\",\"password\":\"a-long-passphrase\","
                        + "\"firstName\":\"V\",\"lastName\":\"L\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("email is not a valid address");
    }

    @Test
    void malformedJsonAnswers400() {
        HttpResponse<String> response = new HttpSession(server).post("/auth/login", "{not json");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("body must be a JSON object");
    }

    @Test
    void bodiesOver16KilobytesAnswer413() {
        String big = "{\"login\":\"" + "x".repeat(WebHost.MAX_BODY_BYTES) + "\",\"password\":\"p\"}";
        HttpResponse<String> response = new HttpSession(server).post("/auth/login", big);
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void aTakenUsernameAnswers409AndAWrongPassword401() {
        new HttpSession(server).signedIn("conflict1");
        HttpResponse<String> again = new HttpSession(server).post("/auth/signup", "{\"email\":\"other@example.com\","
                + "\"username\":\"conflict1\",\"password\":\"a-long-passphrase-x\",\"firstName\":\"C\",\"lastName\":\"D\"}");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).contains("username is already taken");
        HttpResponse<String> wrong = new HttpSession(server).post("/auth/login",
                "{\"login\":\"conflict1\",\"password\":\"not-the-password\"}");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("invalid email/username or password");
    }

    @Test
    void loginSetsHttpOnlyStrictCookiesWithThePathLimitedRefreshToken() {
        HttpSession session = new HttpSession(server).signedIn("cookies1");
        assertThat(session.setCookieHeaders).anySatisfy(h -> assertThat(h).startsWith(AuthCookies.ACCESS + "=")
                .contains("Path=/;", "HttpOnly", "SameSite=Strict"));
        assertThat(session.setCookieHeaders).anySatisfy(h -> assertThat(h).startsWith(AuthCookies.REFRESH + "=")
                .contains("Path=/auth;", "HttpOnly", "SameSite=Strict"));
    }

    @Test
    void refreshRotatesTheRefreshTokenAndLogoutRevokesIt() {
        HttpSession session = new HttpSession(server).signedIn("rotate1");
        String first = session.cookies.get(AuthCookies.REFRESH);
        assertThat(session.post("/auth/refresh", null).statusCode()).isEqualTo(200);
        String second = session.cookies.get(AuthCookies.REFRESH);
        assertThat(second).isNotBlank().isNotEqualTo(first);
        assertThat(session.get("/api/me").body()).contains("\"username\":\"rotate1\"");
        assertThat(session.post("/auth/logout", null).statusCode()).isEqualTo(204);
        assertThat(session.cookies).doesNotContainKeys(AuthCookies.ACCESS, AuthCookies.REFRESH);
        session.cookies.put(AuthCookies.REFRESH, second);
        assertThat(session.post("/auth/refresh", null).statusCode()).isEqualTo(401);
    }

    @Test
    void anotherUsersNegotiationAnswers403EverywhereAndChangesNothing() {
        HttpSession alice = new HttpSession(server).signedIn("owner1");
        String id = alice.startUsedCar();
        HttpSession mallory = new HttpSession(server).signedIn("intruder1");
        assertThat(mallory.get("/api/negotiations/" + id).statusCode()).isEqualTo(403);
        assertThat(mallory.get("/api/negotiations/" + id).body()).doesNotContain("Sarah", "Accord");
        assertThat(mallory.get("/api/negotiations/" + id + "/chart").statusCode()).isEqualTo(403);
        assertThat(mallory.post("/api/negotiations/" + id + "/walk-away", null).statusCode()).isEqualTo(403);
        assertThat(mallory.post("/api/negotiations/" + id + "/finish", null).statusCode()).isEqualTo(403);
        HttpResponse<String> page = mallory.get("/negotiations/" + id);
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(page.body()).contains("This negotiation belongs to another user.");
        assertThat(alice.get("/api/negotiations/" + id).body()).contains("\"status\":\"in_progress\"");
    }

    @Test
    void unknownNegotiationsAnswer404() {
        HttpSession user = new HttpSession(server).signedIn("finder1");
        assertThat(user.get("/api/negotiations/00000000-0000-0000-0000-000000000000").statusCode()).isEqualTo(404);
        assertThat(user.get("/api/negotiations/not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    void crossOriginPostsAreRefused() {
        HttpSession user = new HttpSession(server).signedIn("origin1");
        HttpResponse<String> response = user.send(HttpRequest.newBuilder(URI.create(server.url("/api/negotiations")))
                .header("Content-Type", "application/json").header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"used-car-honda-accord\"}")));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void theSocketOfAnotherUsersNegotiationIsRefusedAtTheUpgrade() {
        HttpSession alice = new HttpSession(server).signedIn("owner2");
        String id = alice.startUsedCar();
        HttpSession mallory = new HttpSession(server).signedIn("intruder2");
        Listener listener = new Listener();
        assertThatThrownBy(() -> open(mallory, id, origin(), listener))
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(403));
        assertThat(listener.received).isEmpty();
    }

    @Test
    void sockets403WithAForeignOriginAnd401WithoutAToken() {
        HttpSession alice = new HttpSession(server).signedIn("owner3");
        String id = alice.startUsedCar();
        assertThatThrownBy(() -> open(alice, id, "https://evil.example", new Listener()))
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(403));
        assertThatThrownBy(() -> open(new HttpSession(server), id, origin(), new Listener()))
                .satisfies(e -> assertThat(((WebSocketHandshakeException) e.getCause()).getResponse().statusCode())
                        .isEqualTo(401));
    }

    @Test
    void aMessageOverTheSocketGetsTypingThenTheReplyThenTheTurn() throws Exception {
        HttpSession alice = new HttpSession(server).signedIn("talker1");
        String id = alice.startUsedCar();
        Listener listener = new Listener();
        WebSocket socket = open(alice, id, origin(), listener);
        assertThat(listener.next()).contains("\"type\":\"ready\"");
        socket.sendText("{\"type\":\"say\",\"text\":\"Hi Sarah! Would you take $19,000 for the Accord?\"}", true)
                .get(30, TimeUnit.SECONDS);
        assertThat(listener.next()).contains("\"type\":\"typing\"");
        String reply = listener.next();
        assertThat(reply).contains("\"type\":\"reply\"", "\"sender\":\"ai\"");
        String turn = listener.until("\"type\":\"turn\"");
        assertThat(turn).contains("Would you take $19,000", "\"status\":\"in_progress\"");

        socket.sendText("{\"type\":\"say\",\"text\":\"" + "a".repeat(WebHost.MAX_MESSAGE_CHARS + 1) + "\"}", true)
                .get(30, TimeUnit.SECONDS);
        assertThat(listener.next()).contains("\"type\":\"error\"", "\"status\":400", "at most 4000 characters");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(30, TimeUnit.SECONDS);
    }

    private static String origin() {
        return server.web.baseUrl();
    }

    private static WebSocket open(HttpSession session, String id, String origin, Listener listener)
            throws InterruptedException, ExecutionException, java.util.concurrent.TimeoutException {
        WebSocket.Builder builder = session.client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(20))
                .header("Origin", origin);
        if (!session.cookies.isEmpty()) {
            builder.header("Cookie", session.cookieHeader());
        }
        CompletableFuture<WebSocket> opening = builder.buildAsync(
                URI.create(server.url("/ws/negotiations/" + id).replace("http://", "ws://")), listener);
        return opening.get(30, TimeUnit.SECONDS);
    }

    /** Collects whole text messages. */
    static final class Listener implements WebSocket.Listener {
        final List<String> received = new CopyOnWriteArrayList<>();
        private final LinkedBlockingQueue<String> queue = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                received.add(partial.toString());
                queue.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        String next() throws InterruptedException {
            String message = queue.poll(60, TimeUnit.SECONDS);
            assertThat(message).as("a socket message within 60 s").isNotNull();
            return message;
        }

        String until(String marker) throws InterruptedException {
            while (true) {
                String message = next();
                if (message.contains(marker)) {
                    return message;
                }
            }
        }
    }
}
