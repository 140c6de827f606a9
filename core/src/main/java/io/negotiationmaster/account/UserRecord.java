package io.negotiationmaster.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of {@code users} as the storage port reads and writes it, secrets included (as hashes). Not for hosts:
 * {@link Accounts} turns it into a {@link User}.
 *
 * @param id the account id
 * @param email normalised e-mail
 * @param username username
 * @param passwordHash the bcrypt hash
 * @param firstName first name
 * @param lastName last name
 * @param emailVerified whether the e-mail was verified
 * @param verificationTokenHash SHA-256 hex of the pending verification token, or null
 * @param verificationTokenExpiresAt when that token expires, or null
 * @param lastLogin the last successful login, or null
 * @param failedLoginCount wrong passwords since {@code firstFailedLoginAt}
 * @param firstFailedLoginAt the start of the current failure window, or null
 * @param lockedUntil the end of a lockout, or null
 * @param createdAt registration time
 * @param updatedAt last change
 */
public record UserRecord(UUID id, String email, String username, String passwordHash, String firstName,
        String lastName, boolean emailVerified, String verificationTokenHash, Instant verificationTokenExpiresAt,
        Instant lastLogin, int failedLoginCount, Instant firstFailedLoginAt, Instant lockedUntil, Instant createdAt,
        Instant updatedAt) {

    /** Checks the columns that are NOT NULL in the schema. */
    public UserRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** The public view, without hash, token or lockout state. */
    public User toUser() {
        return new User(id, email, username, firstName, lastName, emailVerified, Optional.ofNullable(lastLogin),
                createdAt);
    }

    /** Whether a lockout is in force at {@code now}. */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Never prints the hashes. */
    @Override
    public String toString() {
        return "UserRecord[id=" + id + ", username=" + username + ", emailVerified=" + emailVerified
                + ", failedLoginCount=" + failedLoginCount + ", lockedUntil=" + lockedUntil + "]";
    }
}
