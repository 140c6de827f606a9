package io.negotiationmaster.account;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.AlgorithmMismatchException;
import com.auth0.jwt.exceptions.IncorrectClaimException;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.MissingClaimException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import com.auth0.jwt.interfaces.DecodedJWT;
import io.negotiationmaster.account.InvalidTokenException.Kind;
import io.negotiationmaster.account.InvalidTokenException.Reason;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** Signs and verifies access tokens (JWT) with the configured key, issuer, audience and lifetime. */
final class AccessTokens {
    static final String USERNAME_CLAIM = "username";
    private final AccountSettings settings;
    private final Algorithm algorithm;
    private final JWTVerifier verifier;

    AccessTokens(AccountSettings settings, Clock clock) {
        this.settings = settings;
        this.algorithm = algorithm(settings.signingKey());
        // BaseVerification exposes build(Clock), so expiry is judged by the library's clock, not the wall clock.
        JWTVerifier.BaseVerification verification = (JWTVerifier.BaseVerification) JWT.require(algorithm)
                .withIssuer(settings.issuer())
                .withAudience(settings.audience())
                .withClaimPresence("sub")
                .withClaimPresence("exp")
                .withClaimPresence("iat")
                .withClaimPresence("jti")
                .withClaimPresence(USERNAME_CLAIM);
        this.verifier = verification.build(clock);
    }

    /** A signed token for {@code user}, issued at {@code now} (JWT times have whole seconds). */
    Signed sign(UUID userId, String username, Instant now) {
        Instant issuedAt = now.truncatedTo(ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(settings.accessTokenLifetime());
        String jwt = JWT.create()
                .withIssuer(settings.issuer())
                .withAudience(settings.audience())
                .withSubject(userId.toString())
                .withClaim(USERNAME_CLAIM, username)
                .withIssuedAt(issuedAt)
                .withExpiresAt(expiresAt)
                .withJWTId(UUID.randomUUID().toString())
                .sign(algorithm);
        return new Signed(jwt, expiresAt);
    }

    /** The claims of a valid token, or an {@link InvalidTokenException} saying why it is not. */
    AccessTokenClaims verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException(Kind.ACCESS, Reason.MALFORMED);
        }
        DecodedJWT jwt;
        try {
            jwt = verifier.verify(token.trim());
        } catch (AlgorithmMismatchException e) {
            throw new InvalidTokenException(Kind.ACCESS, Reason.WRONG_ALGORITHM, e);
        } catch (SignatureVerificationException e) {
            throw new InvalidTokenException(Kind.ACCESS, Reason.BAD_SIGNATURE, e);
        } catch (TokenExpiredException e) {
            throw new InvalidTokenException(Kind.ACCESS, Reason.EXPIRED, e);
        } catch (MissingClaimException | JWTDecodeException e) {
            throw new InvalidTokenException(Kind.ACCESS, Reason.MALFORMED, e);
        } catch (IncorrectClaimException e) {
            throw new InvalidTokenException(Kind.ACCESS, claimReason(e.getClaimName()), e);
        } catch (JWTVerificationException e) {
            throw new InvalidTokenException(Kind.ACCESS, Reason.MALFORMED, e);
        }
        String username = jwt.getClaim(USERNAME_CLAIM).asString();
        if (username == null || jwt.getId() == null) {
            throw new InvalidTokenException(Kind.ACCESS, Reason.MALFORMED);
        }
        UUID userId;
        try {
            userId = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            throw new InvalidTokenException(Kind.ACCESS, Reason.MALFORMED, e);
        }
        return new AccessTokenClaims(userId, username, jwt.getIssuedAtAsInstant(), jwt.getExpiresAtAsInstant(),
                jwt.getId());
    }

    private static Reason claimReason(String claim) {
        if ("iss".equals(claim)) {
            return Reason.WRONG_ISSUER;
        }
        if ("aud".equals(claim)) {
            return Reason.WRONG_AUDIENCE;
        }
        if ("exp".equals(claim)) {
            return Reason.EXPIRED;
        }
        return Reason.MALFORMED;
    }

    private static Algorithm algorithm(SigningKey key) {
        if (key instanceof SigningKey.Hmac hmac) {
            return Algorithm.HMAC256(hmac.secret());
        }
        if (key instanceof SigningKey.Rsa rsa) {
            return Algorithm.RSA256(rsa.publicKey(), rsa.privateKey());
        }
        SigningKey.Ec ec = (SigningKey.Ec) key;
        return Algorithm.ECDSA256(ec.publicKey(), ec.privateKey());
    }

    /** A signed token and its expiry. */
    record Signed(String token, Instant expiresAt) {
    }
}
