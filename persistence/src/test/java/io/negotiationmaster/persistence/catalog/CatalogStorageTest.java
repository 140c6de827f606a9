package io.negotiationmaster.persistence.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.error.ConflictException;
import io.negotiationmaster.error.CorruptDataException;
import io.negotiationmaster.persistence.Database;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import io.negotiationmaster.scenario.ScenarioFilter;
import io.negotiationmaster.scenario.ScenarioView;
import io.negotiationmaster.scenario.TestScenarios;
import io.negotiationmaster.storage.PageRequest;
import java.util.stream.IntStream;

/** The bundled catalog and authored scenarios stored on both databases. */
class CatalogStorageTest {

    @DatabaseTest
    void catalogInstallsTwiceWithoutDuplicatesAndCoversEveryDifficulty(TestDatabase db) {
        var first = db.nm().scenarios().installCatalog();
        long scenarios = db.count("scenarios");
        long characters = db.count("ai_characters");
        var second = db.nm().scenarios().installCatalog();

        assertThat(scenarios).isGreaterThanOrEqualTo(10);
        assertThat(characters).isGreaterThanOrEqualTo(10);
        assertThat(db.count("scenarios")).isEqualTo(scenarios);
        assertThat(db.count("ai_characters")).isEqualTo(characters);
        assertThat(first).isNotEqualTo(second);
        var page = db.nm().scenarios().list(ScenarioFilter.all(), PageRequest.first(50));
        assertThat(page.items()).extracting(ScenarioView::difficulty).containsAll(
                IntStream.rangeClosed(1, 7).boxed().toList());
        assertThat(page.total()).isEqualTo(scenarios);
    }

    @DatabaseTest
    void everyStoredScenarioReadsBackEqualToTheBundledOne(TestDatabase db) {
        db.nm().scenarios().installCatalog();
        for (ScenarioView view : db.nm().scenarios().list(ScenarioFilter.all(), PageRequest.first(50)).items()) {
            String exported = db.nm().scenarios().exportScenario(view.slug());
            assertThat(db.nm().scenarios().getBySlug(view.slug())).isEqualTo(view);
            assertThat(exported).contains(view.slug());
        }
    }

    @DatabaseTest
    void usedCarScenarioKeepsTheSeedVariablesExactly(TestDatabase db) {
        db.nm().scenarios().installCatalog();
        String variables = String.valueOf(db.query(
                "SELECT scenario_variables FROM scenarios WHERE slug = ?", "used-car-honda-accord").get(0)
                .get("scenario_variables"));
        assertThat(variables).contains("\"asking_price\"").contains("24500").contains("19000").contains("21000")
                .contains("dealer_a").contains("23900");
    }

    @DatabaseTest
    void malformedStoredJsonNamesTableColumnAndRow(TestDatabase db) {
        db.nm().scenarios().installCatalog();
        String id = String.valueOf(db.query("SELECT id FROM scenarios WHERE slug = ?", "used-car-honda-accord")
                .get(0).get("id"));
        String broken = db.database() == Database.POSTGRESQL
                ? "UPDATE scenarios SET scenario_context = CAST('{\"situation\": 42, \"stakes\": [1]}' AS jsonb) WHERE slug = ?"
                : "UPDATE scenarios SET scenario_context = '{\"situation\": {\"nested\": true}}' WHERE slug = ?";
        db.update(broken, "used-car-honda-accord");

        assertThatThrownBy(() -> db.nm().scenarios().getBySlug("used-car-honda-accord"))
                .isInstanceOf(CorruptDataException.class)
                .hasMessageContaining("scenarios").hasMessageContaining("scenario_context").hasMessageContaining(id);
    }

    @DatabaseTest
    void creatingAScenarioWithATakenSlugIsAConflictNamingTheSlugAndWritesNothing(TestDatabase db) {
        db.nm().scenarios().installCatalog();
        var sarah = db.nm().characters().getBySlug(characterSlugOf(db, "used-car-honda-accord"));
        long before = db.count("scenarios");

        assertThatThrownBy(() -> db.nm().scenarios().create(TestScenarios.usedCarDraft(sarah.id())))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).field()).isEqualTo("slug"));
        assertThat(db.count("scenarios")).isEqualTo(before);
    }

    private static String characterSlugOf(TestDatabase db, String scenarioSlug) {
        return String.valueOf(db.query("SELECT c.slug FROM ai_characters c JOIN scenarios s "
                + "ON s.ai_character_id = c.id WHERE s.slug = ?", scenarioSlug).get(0).get("slug"));
    }
}
