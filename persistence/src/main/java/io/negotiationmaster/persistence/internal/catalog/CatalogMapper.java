package io.negotiationmaster.persistence.internal.catalog;

import java.util.List;
import java.util.UUID;
import org.apache.ibatis.annotations.Param;

/** SQL for {@code scenarios} and {@code ai_characters}; statements in {@code CatalogMapper.xml}. */
public interface CatalogMapper {
    int insertScenario(ScenarioRow row);

    int updateScenario(ScenarioRow row);

    ScenarioRow scenarioById(UUID id);

    ScenarioRow scenarioBySlug(String slug);

    List<ScenarioRow> scenarios(@Param("minDifficulty") int minDifficulty, @Param("maxDifficulty") int maxDifficulty,
            @Param("activeOnly") boolean activeOnly, @Param("role") String role, @Param("limit") int limit,
            @Param("offset") long offset);

    long countScenarios(@Param("minDifficulty") int minDifficulty, @Param("maxDifficulty") int maxDifficulty,
            @Param("activeOnly") boolean activeOnly, @Param("role") String role);

    int insertCharacter(CharacterRow row);

    int updateCharacter(CharacterRow row);

    CharacterRow characterById(UUID id);

    CharacterRow characterBySlug(String slug);

    List<CharacterRow> characters(@Param("activeOnly") boolean activeOnly, @Param("role") String role,
            @Param("limit") int limit, @Param("offset") long offset);

    long countCharacters(@Param("activeOnly") boolean activeOnly, @Param("role") String role);
}
