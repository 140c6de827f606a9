package io.negotiationmaster.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A database created at migration 8 and holding data upgrades to the latest version with its data intact. */
class UpgradeFromMigrationEightTest {

    @DatabaseTest
    void databaseAtMigrationEightWithDataUpgradesToLatestWithDataIntact(TestDatabase db) {
        assertThat(Migrations.migrateTo(db.dataSource(), db.database(), db.schema(), "8")).isEqualTo("8");
        boolean pg = db.database() == Database.POSTGRESQL;
        String json = pg ? "CAST(? AS jsonb)" : "?";
        String uuid = pg ? "CAST(? AS uuid)" : "?";
        String ts = pg ? "CAST(? AS timestamptz)" : "?";
        String user = UUID.randomUUID().toString();
        String scenario = UUID.randomUUID().toString();
        String character = UUID.randomUUID().toString();
        String negotiation = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        db.update("INSERT INTO users (id, email, username, password_hash, first_name, last_name) VALUES ("
                + uuid + ", 'alice@example.com', 'alice', '$2a$12$hash', 'Alice', 'Ng')", user);
        db.update("INSERT INTO scenarios (id, title, description, difficulty_level, ai_character_config, "
                + "scenario_context, evaluation_criteria) VALUES (" + uuid + ", 'Used car', 'Buy a used car', 2, "
                + json + ", " + json + ", " + json + ")", scenario, "{\"name\":\"Sarah Chen\",\"flexibility\":0.15}",
                "{\"situation\":\"A 2019 Honda Accord\"}", "{\"claiming_value\":{\"excellent\":\"below $22,000\"}}");
        db.update("INSERT INTO ai_characters (id, name, description, role, personality_profile, behavior_parameters, "
                + "interests_template, batna_range_min, batna_range_max, communication_style, negotiation_tactics) "
                + "VALUES (" + uuid + ", 'Sarah Chen', 'Dealer', 'seller', " + json + ", " + json + ", " + json
                + ", 21000.00, 22500.00, 'Friendly', " + json + ")", character, "{\"openness\":0.6}", "{}", "{}",
                "[\"flinch\"]");
        db.update("INSERT INTO negotiations (id, user_id, scenario_id) VALUES (" + uuid + ", " + uuid + ", " + uuid
                + ")", negotiation, user, scenario);
        db.update("INSERT INTO messages (id, negotiation_id, sender_type, content, \"timestamp\") VALUES (" + uuid
                + ", " + uuid + ", 'ai', 'Welcome!', " + ts + ")", first, negotiation, "2025-08-01T10:00:00.000Z");
        db.update("INSERT INTO messages (id, negotiation_id, sender_type, sender_id, content, \"timestamp\") VALUES ("
                + uuid + ", " + uuid + ", 'user', " + uuid + ", 'Would you take 21,500?', " + ts + ")",
                second, negotiation, user, "2025-08-01T10:00:05.000Z");
        db.update("INSERT INTO feedback (id, negotiation_id, user_id, content, score) VALUES (" + uuid + ", " + uuid
                + ", " + uuid + ", 'Good anchor', 72.50)", UUID.randomUUID().toString(), negotiation, user);

        String latest = Migrations.migrate(db.dataSource(), db.database(), db.schema());

        assertThat(latest).isEqualTo("17");
        assertThat(db.query("SELECT email, username, password_hash FROM users").get(0))
                .containsEntry("email", "alice@example.com").containsEntry("username", "alice")
                .containsEntry("password_hash", "$2a$12$hash");
        List<Map<String, Object>> messages = db.query(
                "SELECT content, seq FROM messages ORDER BY seq");
        assertThat(messages).extracting(m -> m.get("content")).containsExactly("Welcome!", "Would you take 21,500?");
        assertThat(messages).extracting(m -> ((Number) m.get("seq")).intValue()).containsExactly(0, 1);
        assertThat(db.query("SELECT message_count, version FROM negotiations").get(0))
                .satisfies(row -> assertThat(((Number) row.get("message_count")).intValue()).isEqualTo(2));
        assertThat(db.query("SELECT ai_character_id, slug FROM scenarios").get(0))
                .containsEntry("ai_character_id", null).containsEntry("slug", null);
        assertThat(db.query("SELECT name, confidential_instructions FROM ai_characters").get(0))
                .containsEntry("name", "Sarah Chen").containsEntry("confidential_instructions", null);
        assertThat(db.query("SELECT content FROM feedback").get(0)).containsEntry("content", "Good anchor");
        assertThat(db.count("negotiation_performance")).isZero();
    }
}
