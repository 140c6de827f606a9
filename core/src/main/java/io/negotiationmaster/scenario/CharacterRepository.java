package io.negotiationmaster.scenario;

import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import java.util.Optional;
import java.util.UUID;

/**
 * Storage port for {@code ai_characters}. Plain records in and out; JSON columns hold the {@link CatalogJson} form
 * of the config records ({@code negotiation_tactics} is a JSON array of codes). Implementations run inside the
 * caller's {@link io.negotiationmaster.storage.Transactions} and report driver failures as
 * {@link io.negotiationmaster.error.StorageException} and unreadable JSON as
 * {@link io.negotiationmaster.error.CorruptDataException}.
 */
public interface CharacterRepository {

    /**
     * Inserts a new row.
     *
     * @throws io.negotiationmaster.error.ConflictException (field {@code slug}) when the slug is taken
     */
    void insert(AiCharacter character);

    /**
     * Overwrites every column of the row with {@code character.id()} except {@code id} and {@code created_at}.
     *
     * @return whether a row was updated (false: no row with that id)
     * @throws io.negotiationmaster.error.ConflictException (field {@code slug}) when the new slug is taken
     */
    boolean update(AiCharacter character);

    /** The character with {@code id}. */
    Optional<AiCharacter> findById(UUID id);

    /** The character with {@code slug}. */
    Optional<AiCharacter> findBySlug(String slug);

    /** Whether a character has {@code slug}. */
    boolean existsBySlug(String slug);

    /** One page of the characters passing {@code filter}, ordered by slug; with the total count. */
    Page<AiCharacter> list(CharacterFilter filter, PageRequest page);
}
