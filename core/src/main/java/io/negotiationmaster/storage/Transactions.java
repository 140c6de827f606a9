package io.negotiationmaster.storage;

import java.util.function.Supplier;

/**
 * Runs a use case as one database transaction: everything the work writes through the repositories commits
 * together, or, when it throws, nothing does. Nested calls join the outer transaction.
 */
public interface Transactions {

    /** Runs {@code work} in a transaction and returns its result; rolls back and rethrows when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Runs read-only {@code work}. Inside a transaction it joins it; outside one an implementation may run each
     * read on its own (on SQLite this keeps readers from queueing behind writers). The default is a transaction.
     */
    default <T> T readOnly(Supplier<T> work) {
        return inTransaction(work);
    }

    /** Runs {@code work} in a transaction; rolls back and rethrows when it throws. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
