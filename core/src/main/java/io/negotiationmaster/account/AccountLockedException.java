package io.negotiationmaster.account;

import io.negotiationmaster.error.AuthenticationException;
import java.time.Instant;
import java.util.Objects;

/**
 * Too many wrong passwords were tried for one account within the lockout window; every attempt, even with the
 * right password, is refused until {@link #lockedUntil()}. Maps to HTTP 401 (or 429 with {@code Retry-After}).
 */
public class AccountLockedException extends AuthenticationException {
    private static final long serialVersionUID = 1L;
    private final Instant lockedUntil;

    /** @param lockedUntil when attempts are accepted again */
    public AccountLockedException(Instant lockedUntil) {
        super("too many failed sign-in attempts; try again after " + Objects.requireNonNull(lockedUntil, "lockedUntil"));
        this.lockedUntil = lockedUntil;
    }

    /** When sign-in attempts are accepted again. */
    public Instant lockedUntil() {
        return lockedUntil;
    }
}
