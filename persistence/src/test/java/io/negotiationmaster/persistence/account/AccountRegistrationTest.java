package io.negotiationmaster.persistence.account;

import static io.negotiationmaster.persistence.account.AccountFixtures.ANA_PASSWORD;
import static io.negotiationmaster.persistence.account.AccountFixtures.ana;
import static io.negotiationmaster.persistence.account.AccountFixtures.ben;
import static io.negotiationmaster.persistence.account.AccountFixtures.row;
import static io.negotiationmaster.persistence.account.AccountFixtures.sha256;
import static io.negotiationmaster.persistence.account.AccountFixtures.truthy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.negotiationmaster.account.AccountSettings;
import io.negotiationmaster.account.Accounts;
import io.negotiationmaster.account.InvalidTokenException;
import io.negotiationmaster.account.Registered;
import io.negotiationmaster.account.Registration;
import io.negotiationmaster.account.User;
import io.negotiationmaster.account.UserRecord;
import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.NotFoundException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.persistence.internal.SqlTransactions;
import io.negotiationmaster.persistence.internal.account.SqlUserRepository;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

class AccountRegistrationTest {

    @DatabaseTest
    void registrationStoresANormalisedEmailAndOnlyABcryptHashOfThePassword(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();

        Registered registered = accounts.register(new Registration("  Ana@Example.COM ", "ana_ng", ANA_PASSWORD,
                " Ana ", "Ng"));

        User user = registered.user();
        assertThat(user.email()).isEqualTo("ana@example.com");
        assertThat(user.firstName()).isEqualTo("Ana");
        assertThat(user.emailVerified()).isFalse();
        assertThat(user.lastLogin()).isEmpty();
        assertThat(user.createdAt()).isEqualTo(db.clock().instant());
        Map<String, Object> stored = row(db, "SELECT * FROM users WHERE id = ?", user.id());
        String hash = (String) stored.get("password_hash");
        assertThat(hash).isNotEqualTo(ANA_PASSWORD).doesNotContain(ANA_PASSWORD).startsWith("$2a$04$");
        assertThat(BCrypt.verifyer().verify(ANA_PASSWORD.toCharArray(), hash).verified).isTrue();
        assertThat(stored.get("email")).isEqualTo("ana@example.com");
        assertThat(truthy(stored.get("email_verified"))).isFalse();
        assertThat(accounts.user(user.id())).contains(user);
    }

    @DatabaseTest
    void theVerificationTokenIsStoredOnlyAsItsSha256AndWorksOnce(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        Registered registered = accounts.register(ana());
        String token = registered.verificationToken();
        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        Map<String, Object> before = row(db, "SELECT * FROM users WHERE id = ?", registered.user().id());
        assertThat(before.get("verification_token")).isEqualTo(sha256(token));
        assertThat(before.get("verification_token_expires_at")).isNotNull();

        User verified = accounts.verifyEmail(token);

        assertThat(verified.emailVerified()).isTrue();
        Map<String, Object> after = row(db, "SELECT * FROM users WHERE id = ?", registered.user().id());
        assertThat(truthy(after.get("email_verified"))).isTrue();
        assertThat(after.get("verification_token")).isNull();
        assertThatThrownBy(() -> accounts.verifyEmail(token))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("verification token is unknown or was already used")
                .extracting(e -> ((InvalidTokenException) e).reason())
                .isEqualTo(InvalidTokenException.Reason.UNKNOWN);
        assertThatThrownBy(() -> accounts.verifyEmail("no-such-token"))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("verification token is unknown or was already used");
    }

    @DatabaseTest
    void anExpiredVerificationTokenIsRefusedAndCanBeRenewed(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        Registered registered = accounts.register(ana());
        db.clock().advance(Duration.ofHours(48));

        assertThatThrownBy(() -> accounts.verifyEmail(registered.verificationToken()))
                .isInstanceOf(InvalidTokenException.class)
                .hasMessage("verification token has expired");
        assertThat(accounts.user(registered.user().id()).orElseThrow().emailVerified()).isFalse();

        String renewed = accounts.renewVerificationToken(registered.user().id());
        assertThatThrownBy(() -> accounts.verifyEmail(registered.verificationToken()))
                .hasMessage("verification token is unknown or was already used");
        assertThat(accounts.verifyEmail(renewed).emailVerified()).isTrue();
        assertThatThrownBy(() -> accounts.renewVerificationToken(registered.user().id()))
                .isInstanceOf(ConflictException.class)
                .hasMessage("email is already verified");
    }

    @DatabaseTest
    void aTakenEmailIsAConflictNamingTheEmailAndWritesNothing(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());

        assertThatThrownBy(() -> accounts.register(new Registration("ANA@example.com ", "someone_else",
                "another-password-1", "Ana", "Other")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("email is already registered")
                .extracting(e -> ((ConflictException) e).field())
                .isEqualTo("email");
        assertThat(db.count("users")).isEqualTo(1);
    }

    @DatabaseTest
    void aTakenUsernameIsAConflictNamingTheUsernameAndWritesNothing(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();
        accounts.register(ana());

        assertThatThrownBy(() -> accounts.register(new Registration("other@example.com", "ana_ng",
                "another-password-1", "Ana", "Other")))
                .isInstanceOf(ConflictException.class)
                .hasMessage("username is already taken")
                .extracting(e -> ((ConflictException) e).field())
                .isEqualTo("username");
        assertThat(db.count("users")).isEqualTo(1);
    }

    @DatabaseTest
    void theUniqueConstraintsNameTheFieldWhenARaceSlipsPastTheCheck(TestDatabase db) {
        var nm = AccountFixtures.open(db);
        User ana = nm.accounts().register(ana()).user();
        SqlTransactions transactions = (SqlTransactions) nm.transactions();
        SqlUserRepository users = new SqlUserRepository(transactions);
        var now = db.clock().instant();

        assertThatThrownBy(() -> transactions.run(() -> users.insert(new UserRecord(UUID.randomUUID(), ana.email(),
                "racer", "$2a$04$x", "R", "R", false, null, null, null, 0, null, null, now, now))))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field())
                .isEqualTo("email");
        assertThatThrownBy(() -> transactions.run(() -> users.insert(new UserRecord(UUID.randomUUID(),
                "racer@example.com", ana.username(), "$2a$04$x", "R", "R", false, null, null, null, 0, null, null,
                now, now))))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).field())
                .isEqualTo("username");
        assertThat(db.count("users")).isEqualTo(1);
    }

    @DatabaseTest
    void invalidFieldsAreRefusedNamingTheFieldAndWriteNothing(TestDatabase db) {
        Accounts accounts = AccountFixtures.open(db).accounts();

        assertThatThrownBy(() -> accounts.register(new Registration("not-an-email", "ana_ng", ANA_PASSWORD, "A", "N")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("email is not a valid address: not-an-email");
        assertThatThrownBy(() -> accounts.register(new Registration("a@example.com", "a", ANA_PASSWORD, "A", "N")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("username must be 3-30 letters, digits, '_' or '-', was 'a'");
        assertThatThrownBy(() -> accounts.register(new Registration("a@example.com", "ana_ng", "Ana_NG", "A", "N")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("password must be at least 10 characters, was 6");
        assertThatThrownBy(() -> accounts.register(new Registration("a@example.com", "ana_ng", "x".repeat(73), "A", "N")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("password must be at most 72 bytes in UTF-8, was 73");
        assertThatThrownBy(() -> accounts.register(new Registration("ana@example.com", "ana_ng",
                "ANA@EXAMPLE.COM", "A", "N")))
                .isInstanceOf(ValidationException.class)
                .hasMessage("password must not be the email or the username");
        assertThatThrownBy(() -> accounts.register(new Registration("a@example.com", "ana_ng", ANA_PASSWORD, " ", "N")))
                .isInstanceOf(ValidationException.class)
                .extracting(e -> ((ValidationException) e).field())
                .isEqualTo("first_name");
        assertThat(db.count("users")).isZero();
    }

    @DatabaseTest
    void theDefaultBcryptCostIsAtLeastTwelve(TestDatabase db) {
        AccountSettings settings = db.open(b -> b.jwtSecret(AccountFixtures.SECRET)).accounts().settings();

        assertThat(settings.bcryptCost()).isGreaterThanOrEqualTo(12);
        assertThat(AccountSettings.DEFAULT_BCRYPT_COST).isGreaterThanOrEqualTo(12);
    }

    @DatabaseTest
    void aBadAccountSettingIsAValidationErrorAtBuild(TestDatabase db) {
        assertThatThrownBy(() -> db.open(b -> b.bcryptCost(3)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("accountSettings: bcryptCost must be 4-31, was 3");
        assertThatThrownBy(() -> db.open(b -> b.jwtSecret(new byte[16])))
                .isInstanceOf(ValidationException.class)
                .hasMessage("accountSettings: secret must be at least 32 bytes for HS256, was 16");
    }

    @DatabaseTest
    void deletingAnAccountLeavesNothingOfTheUserInAnyTable(TestDatabase db) throws Exception {
        var nm = AccountFixtures.open(db);
        Accounts accounts = nm.accounts();
        User ana = accounts.register(ana()).user();
        User ben = accounts.register(ben()).user();
        accounts.login("ana_ng", ANA_PASSWORD, "phone");
        accounts.login("ana_ng", ANA_PASSWORD, "laptop");
        accounts.login("ben-okafor", AccountFixtures.BEN_PASSWORD, "phone");
        for (User u : new User[] {ana, ben}) {
            db.update("INSERT INTO user_progress (id, user_id) VALUES (?, ?)", UUID.randomUUID(), u.id());
            db.update("INSERT INTO user_performance_progress (id, user_id) VALUES (?, ?)", UUID.randomUUID(), u.id());
        }
        var tables = tablesWithUserId(db);
        assertThat(tables).contains("refresh_tokens", "user_progress", "user_performance_progress", "negotiations");

        accounts.deleteAccount(ana.id());

        assertThat(db.query("SELECT id FROM users WHERE id = ?", ana.id())).isEmpty();
        for (String table : tables) {
            assertThat(db.query("SELECT COUNT(*) AS n FROM " + table + " WHERE user_id = ?", ana.id()).get(0).get("n"))
                    .as(table).isIn(0, 0L);
        }
        assertThat(db.count("refresh_tokens")).isEqualTo(1);
        assertThat(db.count("user_progress")).isEqualTo(1);
        assertThat(accounts.user(ana.id())).isEmpty();
        assertThat(accounts.user(ben.id())).isPresent();
        assertThatThrownBy(() -> accounts.deleteAccount(ana.id()))
                .isInstanceOf(NotFoundException.class)
                .hasMessage("user not found: " + ana.id());
    }

    private static java.util.List<String> tablesWithUserId(TestDatabase db) throws Exception {
        var tables = new java.util.ArrayList<String>();
        try (var c = db.connect(); var rs = c.getMetaData().getColumns(null, db.schema(), "%", "user_id")) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return tables;
    }
}
