package io.negotiationmaster.persistence.internal.account;

import io.negotiationmaster.account.UserRecord;
import io.negotiationmaster.account.UserRepository;
import io.negotiationmaster.persistence.internal.SqlTransactions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link UserRepository} over {@link AccountMapper}, joining the calling thread's transaction. */
public final class SqlUserRepository implements UserRepository {
    private final SqlTransactions transactions;

    /** @param transactions the source of mappers bound to the current transaction */
    public SqlUserRepository(SqlTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private AccountMapper mapper() {
        return transactions.mapper(AccountMapper.class);
    }

    @Override
    public void insert(UserRecord user) {
        mapper().insertUser(user);
    }

    @Override
    public Optional<UserRecord> findById(UUID id) {
        return mapper().findUserById(id);
    }

    @Override
    public Optional<UserRecord> findByEmail(String email) {
        return mapper().findUserByEmail(email);
    }

    @Override
    public Optional<UserRecord> findByUsername(String username) {
        return mapper().findUserByUsername(username);
    }

    @Override
    public Optional<UserRecord> findByVerificationTokenHash(String tokenHash) {
        return mapper().findUserByVerificationToken(tokenHash);
    }

    @Override
    public boolean markEmailVerified(UUID id, String tokenHash, Instant now) {
        return mapper().markEmailVerified(id, tokenHash, now) == 1;
    }

    @Override
    public boolean replaceVerificationToken(UUID id, String tokenHash, Instant expiresAt, Instant now) {
        return mapper().replaceVerificationToken(id, tokenHash, expiresAt, now) == 1;
    }

    @Override
    public void recordFailedLogin(UUID id, Instant now, Instant windowStart) {
        mapper().recordFailedLogin(id, now, windowStart);
    }

    @Override
    public boolean lockIfTooManyFailures(UUID id, int maxFailures, Instant lockedUntil, Instant now) {
        return mapper().lockIfTooManyFailures(id, maxFailures, lockedUntil, now) == 1;
    }

    @Override
    public boolean recordSuccessfulLogin(UUID id, Instant now) {
        return mapper().recordSuccessfulLogin(id, now) == 1;
    }

    @Override
    public boolean updatePasswordHash(UUID id, String passwordHash, Instant now) {
        return mapper().updatePasswordHash(id, passwordHash, now) == 1;
    }

    @Override
    public boolean delete(UUID id) {
        return mapper().deleteUser(id) == 1;
    }
}
