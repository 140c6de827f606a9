package io.negotiationmaster.scenario;

import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An in-memory {@link CharacterRepository} for tests, with the same contract as the SQL one: unique slugs
 * ({@link ConflictException} on field {@code slug}), listings ordered by slug. Not thread-safe.
 */
public final class InMemoryCharacterRepository implements CharacterRepository {
    private final Map<UUID, AiCharacter> rows = new LinkedHashMap<>();

    @Override
    public void insert(AiCharacter character) {
        if (rows.containsKey(character.id())) {
            throw new IllegalStateException("duplicate id " + character.id());
        }
        requireFreeSlug(character);
        rows.put(character.id(), character);
    }

    @Override
    public boolean update(AiCharacter character) {
        if (!rows.containsKey(character.id())) {
            return false;
        }
        requireFreeSlug(character);
        AiCharacter old = rows.get(character.id());
        rows.put(character.id(), new AiCharacter(character.id(), character.slug(), character.name(),
                character.description(), character.role(), character.personality(), character.behavior(),
                character.interests(), character.batnaMin(), character.batnaMax(), character.communicationStyle(),
                character.tactics(), character.confidentialInstructions(), character.active(), old.createdAt(),
                character.updatedAt()));
        return true;
    }

    @Override
    public Optional<AiCharacter> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<AiCharacter> findBySlug(String slug) {
        return rows.values().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    @Override
    public boolean existsBySlug(String slug) {
        return findBySlug(slug).isPresent();
    }

    @Override
    public Page<AiCharacter> list(CharacterFilter filter, PageRequest page) {
        List<AiCharacter> all = rows.values().stream().filter(filter::matches)
                .sorted(Comparator.comparing(AiCharacter::slug)).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }

    /** The number of stored rows. */
    public int size() {
        return rows.size();
    }

    Map<UUID, AiCharacter> snapshot() {
        return new LinkedHashMap<>(rows);
    }

    void restore(Map<UUID, AiCharacter> snapshot) {
        rows.clear();
        rows.putAll(snapshot);
    }

    private void requireFreeSlug(AiCharacter character) {
        findBySlug(character.slug()).filter(other -> !other.id().equals(character.id())).ifPresent(other -> {
            throw new ConflictException("slug", "slug already taken: " + character.slug());
        });
    }
}
