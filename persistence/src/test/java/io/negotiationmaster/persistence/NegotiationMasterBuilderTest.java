package io.negotiationmaster.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.negotiationmaster.NegotiationMaster;
import io.negotiationmaster.error.StorageException;
import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Building, migrating and closing the entry point. */
class NegotiationMasterBuilderTest {

    @Test
    void buildWithoutADatabaseNamesTheChoices() {
        assertThatThrownBy(() -> NegotiationMaster.builder().build())
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("sqlite(path)").hasMessageContaining("postgres(");
    }

    @Test
    void buildWithTwoDatabasesIsRefused() {
        assertThatThrownBy(() -> NegotiationMaster.builder().sqliteInMemory().sqlite(Path.of("x.db")).build())
                .isInstanceOf(ValidationException.class).hasMessageContaining("2 given");
    }

    @Test
    void sqliteFileIsCreatedWithItsFolderAndMigratedToTheLatestVersion() throws Exception {
        Path file = Files.createTempDirectory("nm").resolve("nested/dir/nm.db");
        try (NegotiationMaster nm = NegotiationMaster.builder().sqlite(file).build()) {
            assertThat(nm.database()).isEqualTo(Database.SQLITE);
            assertThat(nm.schemaVersion()).isEqualTo("17");
        }
        assertThat(file).exists();
    }

    @Test
    void migrateOffLeavesAnEmptyDatabaseEmptyForHostsThatMigrateThemselves() throws Exception {
        Path file = Files.createTempDirectory("nm").resolve("nm.db");
        try (NegotiationMaster nm = NegotiationMaster.builder().sqlite(file).migrate(false).build()) {
            assertThat(nm.schemaVersion()).isEqualTo("unknown");
        }
        assertThat(Migrations.location(Database.SQLITE)).isEqualTo("classpath:db/negotiationmaster/sqlite");
        assertThat(Migrations.location(Database.POSTGRESQL)).isEqualTo("classpath:db/negotiationmaster/postgresql");
    }

    @Test
    void closeLeavesTheHostsOwnDataSourceOpen() throws Exception {
        Path file = Files.createTempDirectory("nm").resolve("host.db");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + file);
        try (HikariDataSource host = new HikariDataSource(config)) {
            NegotiationMaster nm = NegotiationMaster.builder().dataSource(host).build();
            assertThat(nm.database()).isEqualTo(Database.SQLITE);
            nm.close();
            assertThat(host.isClosed()).isFalse();
            try (var c = host.getConnection(); var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM " + Migrations.HISTORY_TABLE)) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(16);
            }
        }
    }

    @Test
    void postgresOnTheSameServerGetsItsOwnHistoryTableBesideAHostsFlyway() {
        TestDatabase.requirePostgres();
        try (TestDatabase db = TestDatabase.create(Database.POSTGRESQL)) {
            db.nm();
            assertThat(db.query("SELECT COUNT(*) AS n FROM " + Migrations.HISTORY_TABLE).get(0).get("n"))
                    .isNotNull();
            assertThat(db.query("SELECT to_regclass('flyway_schema_history') AS t").get(0).get("t")).isNull();
        }
    }

    @Test
    void unreachablePostgresIsAStorageExceptionNotARawDriverError() {
        assertThatThrownBy(() -> NegotiationMaster.builder()
                .postgres("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=1", "nobody", "x").build())
                .isInstanceOf(StorageException.class).hasMessageContaining("cannot open");
    }
}
