package io.negotiationmaster.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/** Opaque tokens (256 random bits, URL-safe base64 without padding) and the SHA-256 hex form they are stored in. */
final class Secrets {
    static final int TOKEN_BYTES = 32;
    private final SecureRandom random;

    Secrets(SecureRandom random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A fresh token of {@value #TOKEN_BYTES} random bytes. */
    String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Lower-case hex SHA-256 of the token's UTF-8 bytes. */
    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
