package io.negotiationmaster.scenario;

import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage port for {@code scenarios}. Plain records in and out; JSON columns hold the {@link CatalogJson} form of
 * the config records. Implementations run inside the caller's {@link io.negotiationmaster.storage.Transactions}
 * and report driver failures as {@link io.negotiationmaster.error.StorageException} and unreadable JSON as
 * {@link io.negotiationmaster.error.CorruptDataException}.
 */
public interface ScenarioRepository {

    /**
     * Inserts a new row.
     *
     * @throws io.negotiationmaster.error.ConflictException (field {@code slug}) when the slug is taken
     */
    void insert(Scenario scenario);

    /**
     * Overwrites every column of the row with {@code scenario.id()} except {@code id} and {@code created_at}.
     *
     * @return whether a row was updated (false: no row with that id)
     * @throws io.negotiationmaster.error.ConflictException (field {@code slug}) when the new slug is taken
     */
    boolean update(Scenario scenario);

    /** The scenario with {@code id}. */
    Optional<Scenario> findById(UUID id);

    /** The scenario with {@code slug}. */
    Optional<Scenario> findBySlug(String slug);

    /** Whether a scenario has {@code slug}. */
    boolean existsBySlug(String slug);

    /** One page of the scenarios passing {@code filter}, ordered by difficulty, then slug; with the total count. */
    Page<Scenario> list(ScenarioFilter filter, PageRequest page);
}
