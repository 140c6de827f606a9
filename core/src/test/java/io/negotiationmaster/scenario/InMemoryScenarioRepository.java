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
 * An in-memory {@link ScenarioRepository} for tests, with the same contract as the SQL one: unique slugs
 * ({@link ConflictException} on field {@code slug}), listings ordered by difficulty then slug, the role filter
 * resolved through the characters (like the SQL join). Not thread-safe.
 */
public final class InMemoryScenarioRepository implements ScenarioRepository {
    private final Map<UUID, Scenario> rows = new LinkedHashMap<>();
    private final CharacterRepository characters;

    /** @param characters resolves a scenario's character role for {@link ScenarioFilter#characterRole()} */
    public InMemoryScenarioRepository(CharacterRepository characters) {
        this.characters = characters;
    }

    @Override
    public void insert(Scenario scenario) {
        if (rows.containsKey(scenario.id())) {
            throw new IllegalStateException("duplicate id " + scenario.id());
        }
        requireFreeSlug(scenario);
        rows.put(scenario.id(), scenario);
    }

    @Override
    public boolean update(Scenario scenario) {
        Scenario old = rows.get(scenario.id());
        if (old == null) {
            return false;
        }
        requireFreeSlug(scenario);
        rows.put(scenario.id(), new Scenario(scenario.id(), scenario.slug(), scenario.title(),
                scenario.description(), scenario.difficulty(), scenario.characterId(), scenario.characterConfig(),
                scenario.context(), scenario.variables(), scenario.evaluationCriteria(), scenario.systemPrompt(),
                scenario.initialMessage(), scenario.active(), old.createdAt(), scenario.updatedAt()));
        return true;
    }

    @Override
    public Optional<Scenario> findById(UUID id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public Optional<Scenario> findBySlug(String slug) {
        return rows.values().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    @Override
    public boolean existsBySlug(String slug) {
        return findBySlug(slug).isPresent();
    }

    @Override
    public Page<Scenario> list(ScenarioFilter filter, PageRequest page) {
        List<Scenario> all = rows.values().stream()
                .filter(s -> filter.matches(s, characters.findById(s.characterId()).map(AiCharacter::role)
                        .orElse(null)))
                .sorted(Comparator.comparingInt(Scenario::difficulty).thenComparing(Scenario::slug)).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
    }

    /** The number of stored rows. */
    public int size() {
        return rows.size();
    }

    Map<UUID, Scenario> snapshot() {
        return new LinkedHashMap<>(rows);
    }

    void restore(Map<UUID, Scenario> snapshot) {
        rows.clear();
        rows.putAll(snapshot);
    }

    private void requireFreeSlug(Scenario scenario) {
        findBySlug(scenario.slug()).filter(other -> !other.id().equals(scenario.id())).ifPresent(other -> {
            throw new ConflictException("slug", "slug already taken: " + scenario.slug());
        });
    }
}
