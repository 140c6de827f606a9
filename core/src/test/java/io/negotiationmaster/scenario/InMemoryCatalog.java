package io.negotiationmaster.scenario;

import io.negotiationmaster.storage.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * In-memory repositories, transactions that roll the repositories back when the work throws, a fixed clock and
 * sequential ids, wired into the two facets. For tests of this and other modules (through core's test-jar).
 */
public final class InMemoryCatalog implements Transactions {
    /** The instant of the fixed clock. */
    public static final Instant NOW = Instant.parse("2025-08-02T10:00:00Z");

    private final InMemoryCharacterRepository characterRepository = new InMemoryCharacterRepository();
    private final InMemoryScenarioRepository scenarioRepository = new InMemoryScenarioRepository(characterRepository);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final AtomicLong nextId = new AtomicLong(1);
    private final Supplier<UUID> ids = () -> new UUID(0x4e4d000000000000L, nextId.getAndIncrement());
    private int depth;

    /** The scenario facet over these repositories. */
    public Scenarios scenarios() {
        return new Scenarios(scenarioRepository, characterRepository, this, clock, ids);
    }

    /** The character facet over these repositories. */
    public Characters characters() {
        return new Characters(characterRepository, this, clock, ids);
    }

    /** The engine-only catalog over these repositories. */
    public ScenarioCatalog engineCatalog() {
        return new ScenarioCatalog(scenarioRepository, characterRepository);
    }

    /** The scenario repository. */
    public InMemoryScenarioRepository scenarioRepository() {
        return scenarioRepository;
    }

    /** The character repository. */
    public InMemoryCharacterRepository characterRepository() {
        return characterRepository;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth > 0) {
            return work.get();
        }
        Map<UUID, Scenario> scenarios = scenarioRepository.snapshot();
        Map<UUID, AiCharacter> characters = characterRepository.snapshot();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            scenarioRepository.restore(scenarios);
            characterRepository.restore(characters);
            throw e;
        } finally {
            depth--;
        }
    }
}
