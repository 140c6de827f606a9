package io.negotiationmaster.persistence.internal;

import io.negotiationmaster.storage.Transactions;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSessionManager;

/**
 * {@link Transactions} over MyBatis: the work runs with one SQL session bound to the calling thread, which every
 * mapper obtained from {@link #mapper(Class)} joins. Nested calls join the outer transaction; failures roll back
 * and come out as the library's typed exceptions (see {@link SqlErrors}).
 */
public final class SqlTransactions implements Transactions {
    private final SqlSessionManager sessions;

    /** @param sessions the session manager built over the library's MyBatis configuration */
    public SqlTransactions(SqlSessionManager sessions) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
    }

    /** A mapper that runs in the calling thread's transaction (or, outside one, in its own auto-commit session). */
    public <M> M mapper(Class<M> type) {
        return sessions.getMapper(type);
    }

    @Override
    public <T> T readOnly(Supplier<T> work) {
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            throw SqlErrors.translate(e);
        }
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (sessions.isManagedSessionStarted()) {
            return work.get();
        }
        sessions.startManagedSession(ExecutorType.REUSE, false);
        boolean committed = false;
        try {
            T result = work.get();
            sessions.commit(true);
            committed = true;
            return result;
        } catch (RuntimeException | Error e) {
            throw SqlErrors.translate(e);
        } finally {
            try {
                if (!committed) {
                    sessions.rollback(true);
                }
            } catch (RuntimeException rollbackFailure) {
                // the connection is already broken; closing below returns it to the pool to be evicted
            } finally {
                sessions.close();
            }
        }
    }
}
