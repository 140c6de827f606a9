package io.negotiationmaster.persistence.account;

import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

/** Shared inputs of the account tests: a fast bcrypt cost, a fixed JWT secret and two people. */
final class AccountFixtures {
    static final byte[] SECRET = "test-secret-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);
    static final byte[] OTHER_SECRET = "another-secret-of-at-least-32-bytes".getBytes(StandardCharsets.UTF_8);
    static final String ANA_PASSWORD = "correct horse battery";
    static final String BEN_PASSWORD = "staple-gun-42-sunrise";

    private AccountFixtures() {
    }

    /** An instance over {@code db} with bcrypt cost 4 and {@link #SECRET}. */
    static NegotiationMaster open(TestDatabase db) {
        return db.open(b -> b.bcryptCost(4).jwtSecret(SECRET));
    }

    static Registration ana() {
        return new Registration("Ana@Example.com", "ana_ng", ANA_PASSWORD, "Ana", "Ng");
    }

    static Registration ben() {
        return new Registration("ben@example.org", "ben-okafor", BEN_PASSWORD, "Ben", "Okafor");
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SQLite answers booleans as 0/1, PostgreSQL as Boolean. */
    static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : ((Number) value).intValue() != 0;
    }

    static Map<String, Object> row(TestDatabase db, String sql, Object... params) {
        var rows = db.query(sql, params);
        if (rows.size() != 1) {
            throw new IllegalStateException("expected one row, got " + rows.size() + " for " + sql);
        }
        return rows.get(0);
    }
}
