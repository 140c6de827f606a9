package io.negotiationmaster.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.negotiationmaster.persistence.testing.DatabaseTest;
import io.negotiationmaster.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.SoftAssertions;

/**
 * Introspects the migrated database through JDBC metadata and compares it with the seed document
 * ({@code shared/seed/negotiationmaster-database-schema.md}): every documented table, column (type family,
 * nullability, default, uniqueness), index and cascading foreign key, plus the four tables the seed only names.
 */
class SchemaMatchesSeedTest {

    /**
     * The seed's tables, transcribed: {@code column FAMILY [notnull] [default] [unique] [fk=table]}.
     * FAMILY: ID, STRING, TEXT, JSON, INTEGER, BOOLEAN, TIMESTAMP, DECIMAL_p_s, FLOAT. {@code index:} lines list
     * the documented indexes (a composite one joined with +).
     */
    private static final String SEED = """
            table users
            id ID pk
            email STRING notnull unique
            username STRING notnull unique
            password_hash STRING notnull
            first_name STRING notnull
            last_name STRING notnull
            email_verified BOOLEAN default
            verification_token STRING
            last_login TIMESTAMP
            created_at TIMESTAMP default
            updated_at TIMESTAMP default
            index: email, username

            table refresh_tokens
            id ID pk
            user_id ID fk=users
            token_hash STRING notnull
            expires_at TIMESTAMP notnull
            device_info STRING
            is_revoked BOOLEAN default
            created_at TIMESTAMP default
            updated_at TIMESTAMP default
            index: user_id, token_hash, expires_at

            table scenarios
            id ID pk
            title STRING notnull
            description TEXT notnull
            difficulty_level INTEGER notnull
            ai_character_id ID fk=ai_characters
            ai_character_config JSON notnull
            scenario_context JSON notnull
            scenario_variables JSON
            evaluation_criteria JSON notnull
            system_prompt TEXT
            initial_message TEXT
            is_active BOOLEAN default
            created_at TIMESTAMP default
            updated_at TIMESTAMP default
            index: difficulty_level, is_active, ai_character_id

            table ai_characters
            id ID pk
            name STRING notnull
            description TEXT notnull
            role STRING notnull
            personality_profile JSON notnull
            behavior_parameters JSON notnull
            interests_template JSON notnull
            batna_range_min DECIMAL_10_2
            batna_range_max DECIMAL_10_2
            communication_style TEXT notnull
            negotiation_tactics JSON notnull
            confidential_instructions TEXT
            is_active BOOLEAN default
            created_at TIMESTAMP default
            updated_at TIMESTAMP default
            index: role, is_active

            table negotiations
            id ID pk
            user_id ID fk=users
            scenario_id ID fk=scenarios
            status STRING default
            started_at TIMESTAMP default
            completed_at TIMESTAMP
            deal_terms JSON
            deal_reached BOOLEAN default
            created_at TIMESTAMP default
            updated_at TIMESTAMP default
            index: user_id, scenario_id, status, started_at

            table messages
            id ID pk
            negotiation_id ID fk=negotiations
            sender_type STRING notnull
            sender_id ID
            content TEXT notnull
            message_type STRING
            metadata JSON
            timestamp TIMESTAMP default
            index: negotiation_id, timestamp, message_type

            table feedback
            id ID pk
            negotiation_id ID fk=negotiations
            user_id ID fk=users
            feedback_type STRING
            theory_category STRING
            score DECIMAL_5_2
            content TEXT notnull
            recommendations JSON
            theory_references JSON
            created_at TIMESTAMP default
            index: negotiation_id, user_id, feedback_type, theory_category

            table user_progress
            id ID pk
            user_id ID fk=users
            total_negotiations INTEGER default
            completed_negotiations INTEGER default
            successful_deals INTEGER default
            avg_claiming_value_score DECIMAL_5_2 default
            avg_creating_value_score DECIMAL_5_2 default
            avg_managing_relationships_score DECIMAL_5_2 default
            avg_overall_score DECIMAL_5_2 default
            highest_scenario_completed INTEGER default
            last_activity TIMESTAMP
            created_at TIMESTAMP default
            updated_at TIMESTAMP default
            index: user_id, avg_overall_score, highest_scenario_completed

            table negotiation_performance
            id ID pk
            negotiation_id ID fk=negotiations
            user_id ID fk=users
            scenario_id ID fk=scenarios
            claiming_value_score FLOAT
            claiming_value_analysis TEXT
            claiming_value_rating STRING
            creating_value_score FLOAT
            creating_value_analysis TEXT
            creating_value_rating STRING
            managing_relationships_score FLOAT
            managing_relationships_analysis TEXT
            managing_relationships_rating STRING
            overall_score FLOAT
            overall_rating STRING
            overall_feedback TEXT
            conversation_duration_seconds INTEGER
            turn_count INTEGER
            interruption_count INTEGER
            speaking_time_percentage FLOAT
            conversation_analysis JSON
            negotiation_moves JSON
            improvement_suggestions JSON
            negotiation_style_identified STRING
            personality_insights JSON
            learning_objectives_met JSON
            created_at TIMESTAMP default
            updated_at TIMESTAMP default
            index: user_id+scenario_id, overall_score, created_at

            table ai_responses
            id ID pk
            negotiation_id ID fk=negotiations
            message_id ID fk=messages
            decided_move STRING notnull
            moves JSON notnull
            offer_amount DECIMAL_14_2
            reasoning TEXT
            writer STRING notnull
            latency_ms INTEGER default
            created_at TIMESTAMP default
            index: negotiation_id

            table negotiation_moves
            id ID pk
            negotiation_id ID fk=negotiations
            message_id ID fk=messages
            actor STRING notnull
            turn_number INTEGER notnull
            move_type STRING notnull
            issue STRING
            amount DECIMAL_14_2
            concession_size DECIMAL_14_2
            details JSON
            created_at TIMESTAMP default
            index: negotiation_id+turn_number, move_type

            table performance_milestones
            id ID pk
            performance_id ID fk=negotiation_performance
            negotiation_id ID fk=negotiations
            milestone_type STRING notnull
            turn_index INTEGER
            party STRING
            description TEXT notnull
            impact FLOAT default
            details JSON
            created_at TIMESTAMP default
            index: performance_id, negotiation_id

            table user_performance_progress
            id ID pk
            user_id ID fk=users unique
            sessions_count INTEGER default
            claiming_value_skill FLOAT default
            creating_value_skill FLOAT default
            managing_relationships_skill FLOAT default
            overall_skill FLOAT default
            strongest_skill STRING
            weakest_skill STRING
            created_at TIMESTAMP default
            updated_at TIMESTAMP default
            """;

    @DatabaseTest
    void everySeedTableColumnIndexAndCascadeExists(TestDatabase db) throws SQLException {
        db.nm();
        List<TableSpec> tables = parse(SEED);
        assertThat(tables).extracting(TableSpec::name).hasSize(13);
        SoftAssertions soft = new SoftAssertions();
        try (Connection c = db.connect()) {
            DatabaseMetaData meta = c.getMetaData();
            String schema = db.schema();
            for (TableSpec table : tables) {
                Map<String, ColumnInfo> actual = columns(meta, schema, table.name);
                soft.assertThat(actual).as("table %s", table.name).isNotEmpty();
                for (ColumnSpec col : table.columns) {
                    ColumnInfo info = actual.get(col.name);
                    soft.assertThat(info).as("%s.%s exists", table.name, col.name).isNotNull();
                    if (info == null) {
                        continue;
                    }
                    String expected = col.family.replaceAll("_\\d+_\\d+$", "");
                    String actualFamily = family(info, db.database());
                    if (db.database() == Database.SQLITE && actualFamily.equals("TEXT")
                            && (expected.equals("ID") || expected.equals("JSON"))) {
                        actualFamily = expected; // SQLite keeps UUIDs and JSON in TEXT columns
                    }
                    soft.assertThat(actualFamily)
                            .as("%s.%s type family (declared %s)", table.name, col.name, info.type)
                            .isEqualTo(expected);
                    if (col.family.startsWith("DECIMAL_") && db.database() == Database.POSTGRESQL) {
                        String[] ps = col.family.split("_");
                        soft.assertThat(info.size + "," + info.digits).as("%s.%s precision", table.name, col.name)
                                .isEqualTo(ps[1] + "," + ps[2]);
                    }
                    if (col.notNull || col.pk) {
                        soft.assertThat(info.nullable).as("%s.%s NOT NULL", table.name, col.name).isFalse();
                    }
                    if (!col.notNull && !col.pk && !col.hasDefault && col.fk == null) {
                        soft.assertThat(info.nullable).as("%s.%s nullable", table.name, col.name).isTrue();
                    }
                    if (col.hasDefault) {
                        soft.assertThat(info.defaultValue).as("%s.%s default", table.name, col.name).isNotNull();
                    }
                }
                Set<String> indexed = new HashSet<>();
                Set<String> unique = new HashSet<>();
                indexes(meta, schema, table.name, indexed, unique);
                for (String index : table.indexes) {
                    soft.assertThat(indexed).as("%s index on %s", table.name, index).contains(index);
                }
                for (ColumnSpec col : table.columns) {
                    if (col.unique) {
                        soft.assertThat(unique).as("%s.%s unique", table.name, col.name).contains(col.name);
                    }
                }
                Map<String, String> fks = foreignKeys(meta, schema, table.name, soft);
                for (ColumnSpec col : table.columns) {
                    if (col.fk != null) {
                        soft.assertThat(fks.get(col.name)).as("%s.%s references", table.name, col.name)
                                .isEqualTo(col.fk);
                    }
                }
            }
        }
        soft.assertAll();
    }

    private record ColumnInfo(String type, boolean nullable, String defaultValue, int size, int digits) {
    }

    private static Map<String, ColumnInfo> columns(DatabaseMetaData meta, String schema, String table)
            throws SQLException {
        Map<String, ColumnInfo> columns = new LinkedHashMap<>();
        try (ResultSet rs = meta.getColumns(null, schema, table, null)) {
            while (rs.next()) {
                columns.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), new ColumnInfo(
                        rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT),
                        rs.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                        rs.getString("COLUMN_DEF"),
                        rs.getInt("COLUMN_SIZE"),
                        rs.getInt("DECIMAL_DIGITS")));
            }
        }
        return columns;
    }

    private static void indexes(DatabaseMetaData meta, String schema, String table, Set<String> indexed,
            Set<String> unique) throws SQLException {
        Map<String, List<String>> byName = new LinkedHashMap<>();
        Map<String, Boolean> isUnique = new HashMap<>();
        try (ResultSet rs = meta.getIndexInfo(null, schema, table, false, false)) {
            while (rs.next()) {
                String name = rs.getString("INDEX_NAME");
                String column = rs.getString("COLUMN_NAME");
                if (name == null || column == null) {
                    continue;
                }
                byName.computeIfAbsent(name, k -> new ArrayList<>()).add(column.toLowerCase(Locale.ROOT).replace("\"", ""));
                isUnique.put(name, !rs.getBoolean("NON_UNIQUE"));
            }
        }
        for (var e : byName.entrySet()) {
            List<String> cols = e.getValue();
            indexed.add(String.join("+", cols));
            indexed.add(cols.get(0));
            if (cols.size() == 1 && isUnique.get(e.getKey())) {
                unique.add(cols.get(0));
            }
        }
    }

    private static Map<String, String> foreignKeys(DatabaseMetaData meta, String schema, String table,
            SoftAssertions soft) throws SQLException {
        Map<String, String> fks = new HashMap<>();
        try (ResultSet rs = meta.getImportedKeys(null, schema, table)) {
            while (rs.next()) {
                String column = rs.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT);
                fks.put(column, rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT));
                soft.assertThat(rs.getShort("DELETE_RULE")).as("%s.%s ON DELETE CASCADE", table, column)
                        .isEqualTo((short) DatabaseMetaData.importedKeyCascade);
            }
        }
        return fks;
    }

    private static String family(ColumnInfo info, Database database) {
        String t = info.type.replaceAll("\\(.*", "").trim();
        if (database == Database.POSTGRESQL) {
            return switch (t) {
                case "uuid" -> "ID";
                case "varchar", "bpchar" -> "STRING";
                case "text" -> "TEXT";
                case "jsonb", "json" -> "JSON";
                case "int4", "int8", "int2", "serial", "bigserial" -> "INTEGER";
                case "bool" -> "BOOLEAN";
                case "timestamptz" -> "TIMESTAMP";
                case "numeric" -> "DECIMAL";
                case "float8", "float4" -> "FLOAT";
                default -> "?" + t;
            };
        }
        return switch (t) {
            case "varchar" -> "STRING";
            case "text" -> "TEXT";
            case "integer", "bigint" -> "INTEGER";
            case "boolean" -> "BOOLEAN";
            case "timestamp" -> "TIMESTAMP";
            case "numeric", "decimal" -> "DECIMAL";
            case "real", "double" -> "FLOAT";
            default -> "?" + t;
        };
    }

    private record ColumnSpec(String name, String family, boolean pk, boolean notNull, boolean hasDefault,
            boolean unique, String fk) {
    }

    private record TableSpec(String name, List<ColumnSpec> columns, List<String> indexes) {
    }

    private static List<TableSpec> parse(String text) {
        List<TableSpec> tables = new ArrayList<>();
        String name = null;
        List<ColumnSpec> columns = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        for (String raw : (text + "\n").split("\n")) {
            String line = raw.trim();
            if (line.isEmpty()) {
                if (name != null) {
                    tables.add(new TableSpec(name, List.copyOf(columns), List.copyOf(indexes)));
                    name = null;
                    columns.clear();
                    indexes.clear();
                }
            } else if (line.startsWith("table ")) {
                name = line.substring(6);
            } else if (line.startsWith("index: ")) {
                for (String i : line.substring(7).split(", ")) {
                    indexes.add(i.trim());
                }
            } else {
                String[] w = line.split(" ");
                List<String> flags = List.of(w).subList(2, w.length);
                String fk = flags.stream().filter(f -> f.startsWith("fk=")).map(f -> f.substring(3)).findFirst()
                        .orElse(null);
                columns.add(new ColumnSpec(w[0], w[1], flags.contains("pk"), flags.contains("notnull"),
                        flags.contains("default"), flags.contains("unique"), fk));
            }
        }
        if (name != null) {
            tables.add(new TableSpec(name, List.copyOf(columns), List.copyOf(indexes)));
        }
        return tables;
    }
}
