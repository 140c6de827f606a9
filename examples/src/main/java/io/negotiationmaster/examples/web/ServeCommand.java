package io.negotiationmaster.examples.web;

import io.negotiationmaster.NegotiationMaster;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the web host on a SQLite file, until the process is stopped. The token-signing key comes from
 * the environment variable {@code NM_JWT_SECRET} (at least 32 bytes); without it a random key is drawn, so
 * sessions end when the server restarts.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app (sign up, negotiate in the browser, reports, progress).")
public final class ServeCommand implements Callable<Integer> {
    /** The environment variable holding the token-signing key. */
    public static final String SECRET_VARIABLE = "NM_JWT_SECRET";

    @Option(names = "--db", paramLabel = "PATH", defaultValue = "negotiationmaster.db",
            description = "SQLite database file (created, migrated and given the catalog). Default: ${DEFAULT-VALUE}")
    Path db;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (0 for any free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Interface to bind. Default: ${DEFAULT-VALUE}")
    String host;

    @Option(names = "--secure-cookies", description = "Mark cookies Secure (when served behind HTTPS).")
    boolean secureCookies;

    @Spec
    CommandSpec spec;

    /** Picocli's constructor. */
    public ServeCommand() {
        // options are injected by picocli
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        String configured = System.getenv(SECRET_VARIABLE);
        byte[] secret;
        if (configured != null && configured.getBytes(StandardCharsets.UTF_8).length >= 32) {
            secret = configured.getBytes(StandardCharsets.UTF_8);
        } else {
            secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            out.println("note: " + SECRET_VARIABLE + " is not set (or shorter than 32 bytes); sessions end when "
                    + "the server stops.");
        }
        try (NegotiationMaster nm = NegotiationMaster.builder().sqlite(db).jwtSecret(secret).build()) {
            nm.scenarios().installCatalog();
            try (WebHost web = WebHost.start(nm, new WebHost.Options(host, port, secureCookies))) {
                Runtime.getRuntime().addShutdownHook(new Thread(web::close, "negotiationmaster-web-stop"));
                out.println("NegotiationMaster is serving " + web.baseUrl() + " (database " + db + "); Ctrl+C stops it.");
                out.flush();
                web.awaitStop();
            }
        }
        return 0;
    }
}
