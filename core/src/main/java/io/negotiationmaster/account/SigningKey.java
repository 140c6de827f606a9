package io.negotiationmaster.account;

import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key access tokens are signed and verified with: an HMAC secret (HS256, the default), an RSA key pair
 * (RS256) or a P-256 elliptic-curve key pair (ES256). Never printed.
 */
public sealed interface SigningKey permits SigningKey.Hmac, SigningKey.Rsa, SigningKey.Ec {
    /** The shortest HMAC secret accepted: 32 bytes, the output size of SHA-256 (RFC 7518 §3.2). */
    int MIN_HMAC_SECRET_BYTES = 32;

    /** The JOSE name of the algorithm: {@code HS256}, {@code RS256} or {@code ES256}. */
    String algorithm();

    /** An HS256 key over {@code secret} (at least 32 bytes; copied). */
    static SigningKey hs256(byte[] secret) {
        return new Hmac(secret);
    }

    /** An HS256 key of 32 fresh random bytes; tokens signed with it die with the instance that holds it. */
    static SigningKey randomHs256(SecureRandom random) {
        byte[] secret = new byte[MIN_HMAC_SECRET_BYTES];
        Objects.requireNonNull(random, "random").nextBytes(secret);
        return new Hmac(secret);
    }

    /** An RS256 key pair (modulus of at least 2048 bits). */
    static SigningKey rs256(RSAPublicKey publicKey, RSAPrivateKey privateKey) {
        return new Rsa(publicKey, privateKey);
    }

    /** An ES256 key pair on the P-256 curve. */
    static SigningKey es256(ECPublicKey publicKey, ECPrivateKey privateKey) {
        return new Ec(publicKey, privateKey);
    }

    /**
     * An HS256 secret.
     *
     * @param secret at least {@value SigningKey#MIN_HMAC_SECRET_BYTES} bytes; copied in and out
     */
    record Hmac(byte[] secret) implements SigningKey {
        /** Checks the length and takes a copy. */
        public Hmac {
            Objects.requireNonNull(secret, "secret");
            if (secret.length < MIN_HMAC_SECRET_BYTES) {
                throw new IllegalArgumentException("secret must be at least " + MIN_HMAC_SECRET_BYTES
                        + " bytes for HS256, was " + secret.length);
            }
            secret = secret.clone();
        }

        /** A copy of the secret. */
        @Override
        public byte[] secret() {
            return secret.clone();
        }

        @Override
        public String algorithm() {
            return "HS256";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Hmac h && Arrays.equals(secret, h.secret);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(secret);
        }

        /** Never prints the secret. */
        @Override
        public String toString() {
            return "Hmac[HS256, " + secret.length + " bytes]";
        }
    }

    /**
     * An RS256 key pair.
     *
     * @param publicKey verifies; modulus of at least 2048 bits
     * @param privateKey signs
     */
    record Rsa(RSAPublicKey publicKey, RSAPrivateKey privateKey) implements SigningKey {
        /** Checks presence and key size. */
        public Rsa {
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(privateKey, "privateKey");
            int bits = publicKey.getModulus().bitLength();
            if (bits < 2048) {
                throw new IllegalArgumentException("publicKey must have at least 2048 bits for RS256, was " + bits);
            }
        }

        @Override
        public String algorithm() {
            return "RS256";
        }

        /** Never prints the private key. */
        @Override
        public String toString() {
            return "Rsa[RS256, " + publicKey.getModulus().bitLength() + " bits]";
        }
    }

    /**
     * An ES256 key pair.
     *
     * @param publicKey verifies; on the P-256 curve
     * @param privateKey signs
     */
    record Ec(ECPublicKey publicKey, ECPrivateKey privateKey) implements SigningKey {
        /** Checks presence and curve size. */
        public Ec {
            Objects.requireNonNull(publicKey, "publicKey");
            Objects.requireNonNull(privateKey, "privateKey");
            int bits = publicKey.getParams().getCurve().getField().getFieldSize();
            if (bits != 256) {
                throw new IllegalArgumentException("publicKey must be on the P-256 curve for ES256, field size was " + bits);
            }
        }

        @Override
        public String algorithm() {
            return "ES256";
        }

        /** Never prints the private key. */
        @Override
        public String toString() {
            return "Ec[ES256]";
        }
    }
}
