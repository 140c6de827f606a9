package io.negotiationmaster.account;

import io.negotiationmaster.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** The field rules of a registration; each check returns the normalised value or throws naming the field. */
final class RegistrationRules {
    static final int MIN_PASSWORD_CHARS = 10;
    static final int MAX_PASSWORD_BYTES = 72;
    static final int MAX_TEXT = 255;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_-]{3,30}");
    private static final String LABEL = "[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?";
    private static final Pattern EMAIL = Pattern.compile(
            "[a-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@" + LABEL + "(?:\\." + LABEL + ")+");

    private RegistrationRules() {
    }

    /** Trimmed, lower-cased, at most 255 characters, {@code local@domain.tld} in ASCII. */
    static String email(String email) {
        if (email == null || email.isBlank()) {
            throw new ValidationException("email", "email is required");
        }
        String normalised = email.trim().toLowerCase(Locale.ROOT);
        if (normalised.length() > MAX_TEXT) {
            throw new ValidationException("email", "email must be at most " + MAX_TEXT + " characters, was "
                    + normalised.length());
        }
        if (normalised.contains("..") || !EMAIL.matcher(normalised).matches()) {
            throw new ValidationException("email", "email is not a valid address: " + normalised);
        }
        return normalised;
    }

    /** 3–30 ASCII letters, digits, {@code _} or {@code -}; returned as given (surrounding blanks removed). */
    static String username(String username) {
        if (username == null || username.isBlank()) {
            throw new ValidationException("username", "username is required");
        }
        String trimmed = username.trim();
        if (!USERNAME.matcher(trimmed).matches()) {
            throw new ValidationException("username",
                    "username must be 3-30 letters, digits, '_' or '-', was '" + trimmed + "'");
        }
        return trimmed;
    }

    /** At least 10 characters, at most 72 UTF-8 bytes (bcrypt's limit), not the e-mail or the username. */
    static void password(String field, String password, String email, String username) {
        if (password == null || password.isEmpty()) {
            throw new ValidationException(field, field + " is required");
        }
        int chars = password.codePointCount(0, password.length());
        if (chars < MIN_PASSWORD_CHARS) {
            throw new ValidationException(field, field + " must be at least " + MIN_PASSWORD_CHARS
                    + " characters, was " + chars);
        }
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            throw new ValidationException(field, field + " must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8, was " + bytes);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (lower.equals(email.toLowerCase(Locale.ROOT)) || lower.equals(username.toLowerCase(Locale.ROOT))) {
            throw new ValidationException(field, field + " must not be the email or the username");
        }
    }

    /** Trimmed, non-blank, at most 255 characters. */
    static String name(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, field + " is required");
        }
        String trimmed = value.trim();
        if (trimmed.length() > MAX_TEXT) {
            throw new ValidationException(field, field + " must be at most " + MAX_TEXT + " characters, was "
                    + trimmed.length());
        }
        return trimmed;
    }
}
