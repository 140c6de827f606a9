package io.negotiationmaster.account;

import java.util.Objects;

/**
 * The result of a registration: the new account and its one-time e-mail verification token. The token exists
 * only here (the database keeps its SHA-256 hash); the host mails it, typically as a link, and hands it back
 * to {@link Accounts#verifyEmail(String)}.
 *
 * @param user the new account
 * @param verificationToken the one-time token, URL-safe base64 of 256 random bits
 */
public record Registered(User user, String verificationToken) {

    /** Checks that both components are present. */
    public Registered {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(verificationToken, "verificationToken");
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "Registered[user=" + user + ", verificationToken=<hidden>]";
    }
}
