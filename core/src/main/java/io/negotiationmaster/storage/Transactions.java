package io.negotiationmaster.storage;

import java.util.function.Supplier;

/**
 * Runs a use case as one database transaction: everything the work writes through the repositories commits
 * together, or, when it throws, nothing does. Nested calls join the outer transaction.
 */
public interface Transactions {

    /** Runs {@code work} in a transaction and returns its result; rolls back and rethrows when it throws. */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} in a transaction; rolls back and rethrows when it throws. */
    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
