package io.negotiationmaster.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.negotiationmaster.error.ValidationException;
import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** The seed's maintenance procedures on both databases. */
class MaintenanceTest {

    @DatabaseTest
    void tableStatsCountRowsOfEveryLibraryTable(TestDatabase db) {
        db.nm();
        db.update("INSERT INTO users (id, email, username, password_hash, first_name, last_name) VALUES ("
                + (db.database() == Database.POSTGRESQL ? "CAST(? AS uuid)" : "?")
                + ", 'a@example.com', 'a_user', 'x', 'A', 'B')", java.util.UUID.randomUUID().toString());

        var stats = db.nm().maintenance().tableStats();

        assertThat(stats).extracting(TableStats::table).containsExactlyElementsOf(Maintenance.TABLES);
        assertThat(stats).filteredOn(t -> t.table().equals("users")).singleElement()
                .satisfies(t -> assertThat(t.rows()).isEqualTo(1));
        assertThat(stats).allSatisfy(t -> assertThat(t.bytes()).isPresent());
    }

    @DatabaseTest
    void analyzeAndVacuumRunWithoutError(TestDatabase db) {
        db.nm().maintenance().analyze();
        db.nm().maintenance().vacuum();
        assertThat(db.count("users")).isZero();
    }

    @DatabaseTest
    void sqliteBackupIsAConsistentReadableCopyAndPostgresIsRefusedWithAReason(TestDatabase db) throws Exception {
        if (db.database() == Database.POSTGRESQL) {
            assertThatThrownBy(() -> db.nm().maintenance().backupTo(Path.of("never.db")))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("pg_dump");
            return;
        }
        db.nm();
        db.update("INSERT INTO users (id, email, username, password_hash, first_name, last_name) VALUES "
                + "('11111111-1111-1111-1111-111111111111', 'b@example.com', 'b_user', 'x', 'B', 'C')");
        Path target = Files.createTempDirectory("nm-backup").resolve("copy.db");

        db.nm().maintenance().backupTo(target);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT email FROM users")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("b@example.com");
        }
        assertThatThrownBy(() -> db.nm().maintenance().backupTo(target))
                .isInstanceOf(ValidationException.class).hasMessageContaining("already exists");
    }
}
