package io.negotiationmaster.examples.cli;

import io.negotiationmaster.NegotiationMaster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Opens the demo commands' SQLite file: migrated, with the scenario catalog installed. */
final class DemoDatabase {
    /**
     * The demo's token-signing key. The demo signs users in only to learn their id and never hands tokens out,
     * so a fixed, public key is harmless here; a host application must configure its own secret.
     */
    private static final String DEMO_ONLY_SIGNING_SECRET = "negotiationmaster-demo-cli-only-not-a-secret";

    private DemoDatabase() {
    }

    /** The library on {@code file} (created and migrated when needed) with the catalog installed (idempotent). */
    static NegotiationMaster open(Path file) {
        NegotiationMaster nm = NegotiationMaster.builder()
                .sqlite(file)
                .bcryptCost(10)
                .jwtSecret(DEMO_ONLY_SIGNING_SECRET.getBytes(StandardCharsets.UTF_8))
                .build();
        try {
            nm.scenarios().installCatalog();
            return nm;
        } catch (RuntimeException e) {
            nm.close();
            throw e;
        }
    }
}
