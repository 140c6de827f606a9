package io.negotiationmaster.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.negotiationmaster.account.InvalidTokenException.Kind;
import io.negotiationmaster.account.InvalidTokenException.Reason;
import io.negotiationmaster.error.AuthenticationException;
import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.storage.Transactions;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts and sign-in, for a host's HTTP layer to call directly (the seed's "User Registration Flow"):
 *
 * <pre>{@code
 * Registered r = accounts.register(new Registration("ana@example.com", "ana", "correct horse battery", "Ana", "Ng"));
 * mailer.send(r.user().email(), "https://example.com/verify?token=" + r.verificationToken());
 * accounts.verifyEmail(tokenFromLink);
 * TokenPair pair = accounts.login("ana", "correct horse battery", request.getHeader("User-Agent"));
 * AccessTokenClaims who = accounts.verifyAccessToken(pair.accessToken());   // on every request
 * TokenPair next = accounts.refresh(pair.refreshToken());                  // when the access token expires
 * }</pre>
 *
 * <p>Security properties: passwords are kept only as bcrypt hashes; verification and refresh tokens only as
 * SHA-256 hashes; a wrong password and an unknown account give the same {@link AuthenticationException} after
 * the same bcrypt work; wrong passwords lock the account for a while (state in the database, so every host
 * instance agrees); refresh tokens are single-use and a replayed one signs the account out everywhere. Access
 * tokens are stateless: logout and password changes revoke refresh tokens, while an access token already issued
 * stays valid until it expires (15 minutes by default). Thread-safe.
 */
public final class Accounts {
    static final String ROTATED = "rotated";
    static final String LOGOUT = "logout";
    static final String LOGOUT_EVERYWHERE = "logout-everywhere";
    static final String PASSWORD_CHANGED = "password-changed";
    static final String REUSE_DETECTED = "reuse-detected";
    static final int MAX_DEVICE_INFO = 500;
    private static final Logger LOG = LoggerFactory.getLogger(Accounts.class);
    private static final String BAD_CREDENTIALS = "invalid email/username or password";

    private final UserRepository users;
    private final RefreshTokenRepository tokens;
    private final Transactions transactions;
    private final Clock clock;
    private final AccountSettings settings;
    private final Secrets secrets;
    private final AccessTokens accessTokens;
    private final String dummyHash;

    /**
     * @param users storage of {@code users}
     * @param tokens storage of {@code refresh_tokens}
     * @param transactions the transactions both repositories join
     * @param clock the source of every timestamp and expiry
     * @param settings hashing, signing and lockout settings
     */
    public Accounts(UserRepository users, RefreshTokenRepository tokens, Transactions transactions, Clock clock,
            AccountSettings settings) {
        this.users = Objects.requireNonNull(users, "users");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.secrets = new Secrets(new SecureRandom());
        this.accessTokens = new AccessTokens(settings, clock);
        // A well-formed hash nobody's password matches: verifying against it costs exactly what a real check costs.
        this.dummyHash = String.format(Locale.ROOT, "$2a$%02d$", settings.bcryptCost())
                + "N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy";
    }

    /** The settings this facet runs with. */
    public AccountSettings settings() {
        return settings;
    }

    /**
     * Creates an unverified account and its e-mail verification token (valid for
     * {@link AccountSettings#verificationTokenLifetime()}).
     *
     * @throws ValidationException naming the first bad field ({@code email}, {@code username}, {@code password},
     *     {@code first_name}, {@code last_name})
     * @throws ConflictException with field {@code email} or {@code username} when taken; nothing is written
     */
    public Registered register(Registration registration) {
        Objects.requireNonNull(registration, "registration");
        String email = RegistrationRules.email(registration.email());
        String username = RegistrationRules.username(registration.username());
        RegistrationRules.password("password", registration.password(), email, username);
        String firstName = RegistrationRules.name("first_name", registration.firstName());
        String lastName = RegistrationRules.name("last_name", registration.lastName());
        String hash = hash(registration.password());
        String token = secrets.newToken();
        Instant now = now();
        UserRecord user = new UserRecord(UUID.randomUUID(), email, username, hash, firstName, lastName, false,
                Secrets.sha256(token), now.plus(settings.verificationTokenLifetime()), null, 0, null, null, now, now);
        transactions.run(() -> {
            if (users.findByEmail(email).isPresent()) {
                throw new ConflictException("email", "email is already registered");
            }
            if (users.findByUsername(username).isPresent()) {
                throw new ConflictException("username", "username is already taken");
            }
            users.insert(user);
        });
        return new Registered(user.toUser(), token);
    }

    /**
     * Redeems an e-mail verification token: marks the e-mail verified and forgets the token.
     *
     * @return the verified account
     * @throws InvalidTokenException {@link Reason#UNKNOWN} for an unknown or already used token,
     *     {@link Reason#EXPIRED} for an expired one
     */
    public User verifyEmail(String verificationToken) {
        if (verificationToken == null || verificationToken.isBlank()) {
            throw new InvalidTokenException(Kind.EMAIL_VERIFICATION, Reason.MALFORMED);
        }
        String hash = Secrets.sha256(verificationToken.trim());
        Instant now = now();
        return transactions.inTransaction(() -> {
            UserRecord user = users.findByVerificationTokenHash(hash)
                    .orElseThrow(() -> new InvalidTokenException(Kind.EMAIL_VERIFICATION, Reason.UNKNOWN));
            if (user.verificationTokenExpiresAt() != null && !now.isBefore(user.verificationTokenExpiresAt())) {
                throw new InvalidTokenException(Kind.EMAIL_VERIFICATION, Reason.EXPIRED);
            }
            if (!users.markEmailVerified(user.id(), hash, now)) {
                throw new InvalidTokenException(Kind.EMAIL_VERIFICATION, Reason.UNKNOWN);
            }
            return users.findById(user.id()).orElseThrow(() -> new NotFoundException("user", user.id())).toUser();
        });
    }

    /**
     * Issues a new verification token for an unverified account (for a "send the e-mail again" button); the
     * previous token stops working.
     *
     * @throws NotFoundException when there is no such account
     * @throws ConflictException with field {@code email_verified} when the e-mail is already verified
     */
    public String renewVerificationToken(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        String token = secrets.newToken();
        Instant now = now();
        transactions.run(() -> {
            users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
            if (!users.replaceVerificationToken(userId, Secrets.sha256(token),
                    now.plus(settings.verificationTokenLifetime()), now)) {
                throw new ConflictException("email_verified", "email is already verified");
            }
        });
        return token;
    }

    /**
     * Signs in with e-mail or username and password, and issues a token pair. Unknown account and wrong password
     * are indistinguishable (same exception, same message, same bcrypt work). Each wrong password counts towards
     * the lockout; a success resets the count.
     *
     * @param emailOrUsername an e-mail address (any case) or a username (exact)
     * @param deviceInfo what the client says about itself (e.g. its User-Agent), kept with the refresh token,
     *     cut to 500 characters; may be null
     * @throws AccountLockedException while the account is locked, even with the right password
     * @throws AuthenticationException for an unknown account or a wrong password
     */
    public TokenPair login(String emailOrUsername, String password, String deviceInfo) {
        String login = emailOrUsername == null ? "" : emailOrUsername.trim();
        Optional<UserRecord> found = login.isEmpty() ? Optional.empty() : transactions.inTransaction(() ->
                login.contains("@") ? users.findByEmail(login.toLowerCase(Locale.ROOT)) : users.findByUsername(login));
        if (found.isEmpty()) {
            matches(password, dummyHash);
            throw new AuthenticationException(BAD_CREDENTIALS);
        }
        UserRecord user = found.get();
        checkPassword(user, password, BAD_CREDENTIALS);
        Instant now = now();
        return transactions.inTransaction(() -> {
            if (!users.recordSuccessfulLogin(user.id(), now)) {
                throw lockedException(user.id());
            }
            UserRecord current = users.findById(user.id()).orElseThrow(() -> new AuthenticationException(BAD_CREDENTIALS));
            return issue(current, deviceInfo, now);
        });
    }

    /**
     * Exchanges a refresh token for a new pair, in one transaction: the presented token is revoked (reason
     * {@code rotated}, pointing at its successor) and a new one issued. Of two concurrent exchanges of one token
     * exactly one succeeds; the other gets {@link Reason#ALREADY_ROTATED} and the winner's pair stays valid. A
     * token presented again later than {@link AccountSettings#refreshReuseGrace()} after its exchange is taken
     * as stolen: every live refresh token of the account is revoked and {@link Reason#REUSED} thrown.
     *
     * @throws InvalidTokenException {@link Reason#UNKNOWN}, {@link Reason#EXPIRED}, {@link Reason#REVOKED},
     *     {@link Reason#ALREADY_ROTATED} or {@link Reason#REUSED}
     */
    public TokenPair refresh(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            throw new InvalidTokenException(Kind.REFRESH, Reason.MALFORMED);
        }
        String hash = Secrets.sha256(refreshToken.trim());
        Instant now = now();
        RefreshOutcome outcome = transactions.inTransaction(() -> {
            Optional<RefreshTokenRecord> found = tokens.findByHash(hash);
            if (found.isEmpty()) {
                return RefreshOutcome.refused(Reason.UNKNOWN);
            }
            RefreshTokenRecord token = found.get();
            if (token.revoked()) {
                return refusedRevoked(token, now);
            }
            if (!now.isBefore(token.expiresAt())) {
                return RefreshOutcome.refused(Reason.EXPIRED);
            }
            Optional<UserRecord> user = users.findById(token.userId());
            if (user.isEmpty()) {
                return RefreshOutcome.refused(Reason.UNKNOWN);
            }
            UUID successor = UUID.randomUUID();
            if (!tokens.revoke(token.id(), ROTATED, successor, now)) {
                return RefreshOutcome.refused(Reason.ALREADY_ROTATED);
            }
            return RefreshOutcome.issued(issue(user.get(), successor, token.deviceInfo(), now));
        });
        if (outcome.pair() == null) {
            throw new InvalidTokenException(Kind.REFRESH, outcome.reason());
        }
        return outcome.pair();
    }

    private RefreshOutcome refusedRevoked(RefreshTokenRecord token, Instant now) {
        if (!ROTATED.equals(token.revokedReason())) {
            return RefreshOutcome.refused(Reason.REVOKED);
        }
        Instant rotatedAt = token.revokedAt() == null ? Instant.MIN : token.revokedAt();
        if (now.isBefore(rotatedAt.plus(settings.refreshReuseGrace()))) {
            return RefreshOutcome.refused(Reason.ALREADY_ROTATED);
        }
        int revoked = tokens.revokeAllForUser(token.userId(), REUSE_DETECTED, now);
        LOG.warn("refresh token {} of user {} was presented again after rotation; revoked {} live refresh tokens",
                token.id(), token.userId(), revoked);
        return RefreshOutcome.refused(Reason.REUSED);
    }

    /**
     * Checks an access token's signature, algorithm, issuer, audience and expiry.
     *
     * @throws InvalidTokenException saying why the token is refused
     */
    public AccessTokenClaims verifyAccessToken(String accessToken) {
        return accessTokens.verify(accessToken);
    }

    /**
     * Revokes one refresh token (reason {@code logout}). Idempotent.
     *
     * @return whether a live token was revoked (false for an unknown, expired or already revoked one)
     */
    public boolean logout(String refreshToken) {
        if (refreshToken == null || refreshToken.isBlank()) {
            return false;
        }
        String hash = Secrets.sha256(refreshToken.trim());
        Instant now = now();
        return transactions.inTransaction(() -> tokens.findByHash(hash)
                .filter(t -> !t.revoked() && now.isBefore(t.expiresAt()))
                .map(t -> tokens.revoke(t.id(), LOGOUT, null, now))
                .orElse(false));
    }

    /** Revokes every live refresh token of the user (reason {@code logout-everywhere}); returns how many. */
    public int logoutEverywhere(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        Instant now = now();
        return transactions.inTransaction(() -> tokens.revokeAllForUser(userId, LOGOUT_EVERYWHERE, now));
    }

    /**
     * Replaces the password after checking the current one, and revokes every refresh token of the account. A
     * wrong current password counts towards the lockout like a failed login.
     *
     * @throws NotFoundException when there is no such account
     * @throws ValidationException with field {@code new_password} when the new password breaks a rule or equals
     *     the current one
     * @throws AccountLockedException while the account is locked
     * @throws AuthenticationException when the current password is wrong
     */
    public void changePassword(UUID userId, String currentPassword, String newPassword) {
        Objects.requireNonNull(userId, "userId");
        UserRecord user = transactions.inTransaction(() -> users.findById(userId))
                .orElseThrow(() -> new NotFoundException("user", userId));
        RegistrationRules.password("new_password", newPassword, user.email(), user.username());
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("new_password", "new_password must differ from the current password");
        }
        checkPassword(user, currentPassword, "current password is incorrect");
        String hash = hash(newPassword);
        Instant now = now();
        transactions.run(() -> {
            users.updatePasswordHash(userId, hash, now);
            tokens.revokeAllForUser(userId, PASSWORD_CHANGED, now);
        });
    }

    /**
     * Deletes the account and, through the schema's cascades, everything that belongs to it (tokens,
     * negotiations, messages, reports, progress).
     *
     * @throws NotFoundException when there is no such account
     */
    public void deleteAccount(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        transactions.run(() -> {
            if (!users.delete(userId)) {
                throw new NotFoundException("user", userId);
            }
        });
        LOG.info("deleted user {}", userId);
    }

    /** The account with this id, if any. */
    public Optional<User> user(UUID userId) {
        Objects.requireNonNull(userId, "userId");
        return transactions.inTransaction(() -> users.findById(userId)).map(UserRecord::toUser);
    }

    /**
     * Maintenance: deletes refresh tokens that have expired, and revoked ones older than the refresh-token
     * lifetime (by then they would have expired anyway, so reuse detection loses nothing).
     *
     * @return how many rows were deleted
     */
    public int purgeExpiredTokens() {
        Instant now = now();
        return transactions.inTransaction(() -> tokens.deleteExpired(now, now.minus(settings.refreshTokenLifetime())));
    }

    private void checkPassword(UserRecord user, String password, String failureMessage) {
        boolean matches = matches(password, user.passwordHash());
        Instant now = now();
        if (user.lockedAt(now)) {
            throw new AccountLockedException(user.lockedUntil());
        }
        if (!matches) {
            AccountSettings.Lockout lockout = settings.lockout();
            boolean locked = transactions.inTransaction(() -> {
                users.recordFailedLogin(user.id(), now, now.minus(lockout.window()));
                return users.lockIfTooManyFailures(user.id(), lockout.maxFailures(), now.plus(lockout.coolOff()), now);
            });
            if (locked) {
                LOG.warn("user {} locked until {} after {} failed sign-in attempts", user.id(),
                        now.plus(lockout.coolOff()), lockout.maxFailures());
            }
            throw new AuthenticationException(failureMessage);
        }
    }

    private AccountLockedException lockedException(UUID userId) {
        Instant until = users.findById(userId).map(UserRecord::lockedUntil).orElse(now());
        return new AccountLockedException(until);
    }

    private TokenPair issue(UserRecord user, String deviceInfo, Instant now) {
        return issue(user, UUID.randomUUID(), deviceInfo, now);
    }

    private TokenPair issue(UserRecord user, UUID refreshTokenId, String deviceInfo, Instant now) {
        String refreshToken = secrets.newToken();
        Instant refreshExpiresAt = now.plus(settings.refreshTokenLifetime());
        tokens.insert(new RefreshTokenRecord(refreshTokenId, user.id(), Secrets.sha256(refreshToken),
                refreshExpiresAt, deviceInfo(deviceInfo), false, null, null, null, now));
        AccessTokens.Signed access = accessTokens.sign(user.id(), user.username(), now);
        return new TokenPair(access.token(), access.expiresAt(), refreshToken, refreshExpiresAt, user.toUser());
    }

    private String hash(String password) {
        return BCrypt.withDefaults().hashToString(settings.bcryptCost(), password.toCharArray());
    }

    /** bcrypt verification; an impossible password (null, over 72 bytes) still costs one verification. */
    private boolean matches(String password, String hash) {
        boolean usable = password != null
                && password.getBytes(StandardCharsets.UTF_8).length <= RegistrationRules.MAX_PASSWORD_BYTES;
        char[] chars = usable ? password.toCharArray() : new char[] {'x'};
        boolean verified = BCrypt.verifyer().verify(chars, usable ? hash : dummyHash).verified;
        return usable && verified;
    }

    static String deviceInfo(String deviceInfo) {
        if (deviceInfo == null || deviceInfo.isBlank()) {
            return null;
        }
        String trimmed = deviceInfo.strip();
        if (trimmed.length() <= MAX_DEVICE_INFO) {
            return trimmed;
        }
        int end = Character.isHighSurrogate(trimmed.charAt(MAX_DEVICE_INFO - 1)) ? MAX_DEVICE_INFO - 1 : MAX_DEVICE_INFO;
        return trimmed.substring(0, end);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** What the refresh transaction decided: a new pair, or the reason for refusing (thrown after commit). */
    private record RefreshOutcome(TokenPair pair, Reason reason) {
        static RefreshOutcome issued(TokenPair pair) {
            return new RefreshOutcome(pair, null);
        }

        static RefreshOutcome refused(Reason reason) {
            return new RefreshOutcome(null, reason);
        }
    }
}
