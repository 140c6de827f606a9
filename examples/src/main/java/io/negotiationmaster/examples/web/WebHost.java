package io.negotiationmaster.examples.web;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.negotiation.Negotiations;
import java.util.Objects;

/**
 * The web host: Javalin (Jetty) serving the pages, the JSON endpoints and one WebSocket room per negotiation, all
 * on the library's public API. Every page, endpoint and socket except sign-up, verification and login requires a
 * valid access-token cookie; another user's negotiation gives 403 and nothing else.
 *
 * <pre>{@code
 * try (NegotiationMaster nm = NegotiationMaster.builder().sqlite(Path.of("nm.db")).jwtSecret(key).build();
 *      WebHost web = WebHost.start(nm, WebHost.Options.localhost(8080))) {
 *     nm.scenarios().installCatalog();
 *     System.out.println("open " + web.baseUrl());
 *     web.awaitStop();
 * }
 * }</pre>
 */
public final class WebHost implements AutoCloseable {
    /** Largest request body accepted, in bytes (larger → 413). */
    public static final int MAX_BODY_BYTES = 16_384;
    /** Largest chat message accepted, in characters (the library's own limit). */
    public static final int MAX_MESSAGE_CHARS = Negotiations.MAX_MESSAGE_LENGTH;
    /** Classpath folder of the pages, styles and scripts. */
    static final String STATIC_ROOT = "/io/negotiationmaster/examples/web/static";

    private final NegotiationMaster nm;
    private final NegotiationRooms rooms;
    private final Javalin app;
    private final Options options;
    private final Object stopLock = new Object();
    private boolean stopped;

    /**
     * Where and how to listen.
     *
     * @param host the interface to bind, e.g. {@code 127.0.0.1} or {@code 0.0.0.0}
     * @param port the port, 0 for any free one
     * @param secureCookies whether cookies get the {@code Secure} flag (set it when served over HTTPS)
     */
    public record Options(String host, int port, boolean secureCookies) {
        /** Validates the host and port. */
        public Options {
            Objects.requireNonNull(host, "host");
            if (host.isBlank()) {
                throw new IllegalArgumentException("host must not be blank");
            }
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException("port must be 0-65535, was " + port);
            }
        }

        /** Loopback only, plain HTTP, on {@code port} (0 for any free one). */
        public static Options localhost(int port) {
            return new Options("127.0.0.1", port, false);
        }
    }

    private WebHost(NegotiationMaster nm, Options options) {
        this.nm = Objects.requireNonNull(nm, "nm");
        this.options = Objects.requireNonNull(options, "options");
        ObjectMapper json = objectMapper();
        this.rooms = new NegotiationRooms(json);
        AuthCookies cookies = new AuthCookies(nm.clock(), options.secureCookies());
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.jsonMapper(new JavalinJackson(json, false));
            config.jetty.modifyWebSocketServletFactory(factory -> {
                factory.setMaxTextMessageSize(MAX_BODY_BYTES);
                factory.setMaxBinaryMessageSize(1_024);
            });
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = STATIC_ROOT;
                files.location = Location.CLASSPATH;
                files.skipFileFunction = request -> request.getRequestURI().endsWith(".html");
            });
        });
        new HttpRoutes(nm, cookies, json).register(app);
        new ChatSocket(nm, rooms, json).register(app);
        nm.negotiations().addListener(rooms);
    }

    /**
     * Starts a web host over {@code nm} (whose catalog the host should have installed) and returns once it
     * listens.
     */
    public static WebHost start(NegotiationMaster nm, Options options) {
        WebHost host = new WebHost(nm, options);
        try {
            host.app.start(options.host(), options.port());
        } catch (RuntimeException e) {
            host.nm.negotiations().removeListener(host.rooms);
            throw e;
        }
        return host;
    }

    /** The port it listens on (the chosen one when started on port 0). */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port}, for links and tests. */
    public String baseUrl() {
        String host = "0.0.0.0".equals(options.host()) ? "127.0.0.1" : options.host();
        return "http://" + host + ":" + port();
    }

    /** Blocks until {@link #close()} is called from another thread (or the JVM shuts down). */
    public void awaitStop() throws InterruptedException {
        synchronized (stopLock) {
            while (!stopped) {
                stopLock.wait();
            }
        }
    }

    /** Stops the server and unregisters its listener; the {@link NegotiationMaster} stays open. */
    @Override
    public void close() {
        nm.negotiations().removeListener(rooms);
        app.stop();
        synchronized (stopLock) {
            stopped = true;
            stopLock.notifyAll();
        }
    }

    static ObjectMapper objectMapper() {
        return new ObjectMapper()
                .registerModule(new Jdk8Module())
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
