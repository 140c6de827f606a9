package io.negotiationmaster.persistence.internal.account;

import io.negotiationmaster.account.RefreshTokenRecord;
import io.negotiationmaster.account.RefreshTokenRepository;
import io.negotiationmaster.persistence.internal.SqlTransactions;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** {@link RefreshTokenRepository} over {@link AccountMapper}, joining the calling thread's transaction. */
public final class SqlRefreshTokenRepository implements RefreshTokenRepository {
    private final SqlTransactions transactions;

    /** @param transactions the source of mappers bound to the current transaction */
    public SqlRefreshTokenRepository(SqlTransactions transactions) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    private AccountMapper mapper() {
        return transactions.mapper(AccountMapper.class);
    }

    @Override
    public void insert(RefreshTokenRecord token) {
        mapper().insertRefreshToken(token);
    }

    @Override
    public Optional<RefreshTokenRecord> findByHash(String tokenHash) {
        return mapper().findRefreshTokenByHash(tokenHash);
    }

    @Override
    public boolean revoke(UUID id, String reason, UUID replacedBy, Instant now) {
        return mapper().revokeRefreshToken(id, reason, replacedBy, now) == 1;
    }

    @Override
    public int revokeAllForUser(UUID userId, String reason, Instant now) {
        return mapper().revokeAllRefreshTokens(userId, reason, now);
    }

    @Override
    public int deleteExpired(Instant now, Instant revokedBefore) {
        return mapper().deleteExpiredRefreshTokens(now, revokedBefore);
    }
}
