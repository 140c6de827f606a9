package io.negotiationmaster.account;

/**
 * What a person submits to create an account. Deliberately unvalidated here so that a host can pass a form
 * through as it came: {@link Accounts#register(Registration)} checks every field and reports the first problem
 * as a {@link io.negotiationmaster.error.ValidationException} naming the field ({@code email}, {@code username},
 * {@code password}, {@code first_name}, {@code last_name}).
 *
 * @param email the e-mail address (trimmed and lower-cased on registration)
 * @param username 3–30 ASCII letters, digits, {@code _} or {@code -}; case-sensitive
 * @param password at least 10 characters, at most 72 bytes in UTF-8, not the e-mail or the username
 * @param firstName non-blank, at most 255 characters (trimmed)
 * @param lastName non-blank, at most 255 characters (trimmed)
 */
public record Registration(String email, String username, String password, String firstName, String lastName) {

    /** Never prints the password. */
    @Override
    public String toString() {
        return "Registration[email=" + email + ", username=" + username + ", password=<hidden>, firstName="
                + firstName + ", lastName=" + lastName + "]";
    }
}
