package io.negotiationmaster.persistence.internal.catalog;

import io.negotiationmaster.persistence.internal.SqlTransactions;
import io.negotiationmaster.scenario.Scenario;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.scenario.ScenarioRepository;
import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link ScenarioRepository} over MyBatis. */
public final class MyBatisScenarioRepository implements ScenarioRepository {
    private final SqlTransactions tx;

    /** @param tx the transactions whose thread-bound session the mapper joins */
    public MyBatisScenarioRepository(SqlTransactions tx) {
        this.tx = tx;
    }

    private CatalogMapper mapper() {
        return tx.mapper(CatalogMapper.class);
    }

    @Override
    public void insert(Scenario scenario) {
        mapper().insertScenario(ScenarioRow.of(scenario));
    }

    @Override
    public boolean update(Scenario scenario) {
        return mapper().updateScenario(ScenarioRow.of(scenario)) == 1;
    }

    @Override
    public Optional<Scenario> findById(UUID id) {
        return Optional.ofNullable(mapper().scenarioById(id)).map(ScenarioRow::toScenario);
    }

    @Override
    public Optional<Scenario> findBySlug(String slug) {
        return Optional.ofNullable(mapper().scenarioBySlug(slug)).map(ScenarioRow::toScenario);
    }

    @Override
    public boolean existsBySlug(String slug) {
        return mapper().scenarioBySlug(slug) != null;
    }

    @Override
    public Page<Scenario> list(ScenarioFilter filter, PageRequest page) {
        String role = filter.characterRole().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null);
        var rows = mapper().scenarios(filter.minDifficulty(), filter.maxDifficulty(), filter.activeOnly(), role,
                page.size(), page.offset());
        long total = mapper().countScenarios(filter.minDifficulty(), filter.maxDifficulty(), filter.activeOnly(), role);
        return new Page<>(rows.stream().map(ScenarioRow::toScenario).toList(), page, total);
    }
}
