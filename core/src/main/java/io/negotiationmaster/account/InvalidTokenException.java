package io.negotiationmaster.account;

import io.negotiationmaster.error.AuthenticationException;
import java.util.Objects;

/**
 * An access, refresh or e-mail verification token was refused; {@link #kind()} says which token and
 * {@link #reason()} why. Maps to HTTP 401.
 */
public class InvalidTokenException extends AuthenticationException {
    private static final long serialVersionUID = 1L;
    private final Kind kind;
    private final Reason reason;

    /** Which kind of token was refused. */
    public enum Kind {
        /** A JWT access token. */
        ACCESS("access token"),
        /** An opaque refresh token. */
        REFRESH("refresh token"),
        /** A one-time e-mail verification token. */
        EMAIL_VERIFICATION("verification token");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** How the kind reads in a message, e.g. {@code "refresh token"}. */
        public String label() {
            return label;
        }
    }

    /** Why a token was refused. */
    public enum Reason {
        /** Not a well-formed token, or required claims are missing. */
        MALFORMED("is malformed"),
        /** The signature does not match the configured key. */
        BAD_SIGNATURE("has an invalid signature"),
        /** Signed with another algorithm than the configured one, including {@code alg=none}. */
        WRONG_ALGORITHM("is signed with an unexpected algorithm"),
        /** The issuer claim is not the configured issuer. */
        WRONG_ISSUER("has the wrong issuer"),
        /** The audience claim does not contain the configured audience. */
        WRONG_AUDIENCE("has the wrong audience"),
        /** The token's lifetime has passed. */
        EXPIRED("has expired"),
        /** No such token is stored (never issued, already used, or purged). */
        UNKNOWN("is unknown or was already used"),
        /** The token was revoked (logout, password change, or reuse detection). */
        REVOKED("was revoked"),
        /** A concurrent refresh already exchanged this token moments ago; the other request holds the new pair. */
        ALREADY_ROTATED("was just exchanged by another request; use the newest token"),
        /** An already exchanged refresh token was presented again: every session of the account was revoked. */
        REUSED("was already used; every session of this account was signed out");

        private final String phrase;

        Reason(String phrase) {
            this.phrase = phrase;
        }

        /** How the reason reads after the token's kind, e.g. {@code "has expired"}. */
        public String phrase() {
            return phrase;
        }
    }

    /** @param kind which token; @param reason why it was refused */
    public InvalidTokenException(Kind kind, Reason reason) {
        super(Objects.requireNonNull(kind, "kind").label() + " " + Objects.requireNonNull(reason, "reason").phrase());
        this.kind = kind;
        this.reason = reason;
    }

    /** @param kind which token; @param reason why it was refused; @param cause the JWT library's exception */
    public InvalidTokenException(Kind kind, Reason reason, Throwable cause) {
        super(Objects.requireNonNull(kind, "kind").label() + " " + Objects.requireNonNull(reason, "reason").phrase(),
                cause);
        this.kind = kind;
        this.reason = reason;
    }

    /** Which kind of token was refused. */
    public Kind kind() {
        return kind;
    }

    /** Why it was refused. */
    public Reason reason() {
        return reason;
    }
}
