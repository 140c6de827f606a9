package io.negotiationmaster.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A user account as a host may show it. Carries no password hash and no token.
 *
 * @param id the account's id (the {@code sub} of its access tokens)
 * @param email the normalised (trimmed, lower-case) e-mail address
 * @param username the username, as registered
 * @param firstName first name
 * @param lastName last name
 * @param emailVerified whether the e-mail verification token was redeemed
 * @param lastLogin the last successful login, empty before the first
 * @param createdAt when the account was registered
 */
public record User(UUID id, String email, String username, String firstName, String lastName,
        boolean emailVerified, Optional<Instant> lastLogin, Instant createdAt) {

    /** Checks that every component is present ({@code lastLogin} may be empty, not null). */
    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(lastLogin, "lastLogin");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
