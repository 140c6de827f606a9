package io.negotiationmaster.examples.web;

import io.negotiationmaster.NegotiationMaster;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A web host on a temporary SQLite file and a free port, for one test class. */
final class WebTestServer implements AutoCloseable {
    private static final byte[] TEST_SECRET =
            "web-host-tests-only-signing-key-0123456789".getBytes(StandardCharsets.UTF_8);

    final Path folder;
    final NegotiationMaster nm;
    final WebHost web;

    WebTestServer() {
        try {
            folder = Files.createTempDirectory("nm-web-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        nm = NegotiationMaster.builder().sqlite(folder.resolve("web.db")).bcryptCost(4).jwtSecret(TEST_SECRET)
                .build();
        nm.scenarios().installCatalog();
        web = WebHost.start(nm, WebHost.Options.localhost(0));
    }

    String url(String path) {
        return web.baseUrl() + path;
    }

    @Override
    public void close() {
        web.close();
        nm.close();
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
