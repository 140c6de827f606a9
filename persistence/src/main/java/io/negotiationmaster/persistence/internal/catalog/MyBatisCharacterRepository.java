package io.negotiationmaster.persistence.internal.catalog;

import io.negotiationmaster.persistence.internal.SqlTransactions;
import io.negotiationmaster.scenario.AiCharacter;
import io.negotiationmaster.scenario.CharacterFilter;
import io.negotiationmaster.scenario.CharacterRepository;
import io.negotiationmaster.storage.Page;
import io.negotiationmaster.storage.PageRequest;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** {@link CharacterRepository} over MyBatis. */
public final class MyBatisCharacterRepository implements CharacterRepository {
    private final SqlTransactions tx;

    /** @param tx the transactions whose thread-bound session the mapper joins */
    public MyBatisCharacterRepository(SqlTransactions tx) {
        this.tx = tx;
    }

    private CatalogMapper mapper() {
        return tx.mapper(CatalogMapper.class);
    }

    @Override
    public void insert(AiCharacter character) {
        mapper().insertCharacter(CharacterRow.of(character));
    }

    @Override
    public boolean update(AiCharacter character) {
        return mapper().updateCharacter(CharacterRow.of(character)) == 1;
    }

    @Override
    public Optional<AiCharacter> findById(UUID id) {
        return Optional.ofNullable(mapper().characterById(id)).map(CharacterRow::toCharacter);
    }

    @Override
    public Optional<AiCharacter> findBySlug(String slug) {
        return Optional.ofNullable(mapper().characterBySlug(slug)).map(CharacterRow::toCharacter);
    }

    @Override
    public boolean existsBySlug(String slug) {
        return mapper().characterBySlug(slug) != null;
    }

    @Override
    public Page<AiCharacter> list(CharacterFilter filter, PageRequest page) {
        String role = filter.role().map(r -> r.name().toLowerCase(Locale.ROOT)).orElse(null);
        var rows = mapper().characters(filter.activeOnly(), role, page.size(), page.offset());
        return new Page<>(rows.stream().map(CharacterRow::toCharacter).toList(), page,
                mapper().countCharacters(filter.activeOnly(), role));
    }
}
