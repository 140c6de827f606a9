package io.negotiationmaster.persistence.proof;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads what a database holds about negotiations with plain JDBC and lists every violation of "no turn is
 * half-stored": messages numbered 0..n-1 without gaps, the opening and every reply from the AI at even seqs, every
 * user message at odd seq k answered at k+1, every AI message with exactly one {@code ai_responses} row and at
 * least one move, and {@code negotiations.message_count} equal to the number of stored messages.
 */
final class StoredTurns {
    /** Tables the library writes; the order deletes children first. */
    static final List<String> TABLES = List.of("ai_responses", "negotiation_moves", "feedback", "performance_milestones",
            "negotiation_performance", "user_performance_progress", "messages", "negotiations", "user_progress",
            "refresh_tokens", "users", "scenarios", "ai_characters");

    private StoredTurns() {
    }

    /** Every invariant violation found, as readable lines; empty when the database is consistent. */
    static List<String> violations(Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT CAST(id AS VARCHAR(64)) AS id, message_count FROM negotiations")) {
            while (rs.next()) {
                counts.put(rs.getString("id"), rs.getInt("message_count"));
            }
        }
        String sql = "SELECT CAST(m.id AS VARCHAR(64)) AS id, m.seq, m.sender_type,"
                + " (SELECT COUNT(*) FROM ai_responses r WHERE r.message_id = m.id) AS responses,"
                + " (SELECT COUNT(*) FROM negotiation_moves v WHERE v.message_id = m.id) AS moves"
                + " FROM messages m WHERE m.negotiation_id = CAST(? AS " + uuidType(c) + ") ORDER BY m.seq";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (Map.Entry<String, Integer> n : counts.entrySet()) {
                ps.setString(1, n.getKey());
                int expected = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int seq = rs.getInt("seq");
                        String sender = rs.getString("sender_type");
                        String where = "negotiation " + n.getKey() + " seq " + seq;
                        if (seq != expected) {
                            problems.add(where + ": expected seq " + expected);
                        }
                        expected = seq + 1;
                        boolean ai = seq % 2 == 0;
                        if (!(ai ? "ai" : "user").equals(sender)) {
                            problems.add(where + ": sender " + sender + " at a " + (ai ? "reply" : "user") + " seq");
                        }
                        if (ai && rs.getInt("responses") != 1) {
                            problems.add(where + ": " + rs.getInt("responses") + " ai_responses rows");
                        }
                        if (ai && rs.getInt("moves") < 1) {
                            problems.add(where + ": reply without moves");
                        }
                    }
                }
                if (expected != n.getValue()) {
                    problems.add("negotiation " + n.getKey() + ": message_count " + n.getValue() + " but "
                            + expected + " messages");
                }
                if (expected % 2 == 0) {
                    problems.add("negotiation " + n.getKey() + ": " + expected
                            + " messages, so a user message has no reply");
                }
            }
        }
        return problems;
    }

    /** Whether the message {@code seq} of negotiation {@code id} is stored. */
    static boolean hasMessage(Connection c, String negotiationId, int seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM messages WHERE negotiation_id = CAST(? AS "
                + uuidType(c) + ") AND seq = ?")) {
            ps.setString(1, negotiationId);
            ps.setInt(2, seq);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    /** Row counts of every table the library writes, read in one statement. */
    static Map<String, Long> rowCounts(Connection c) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < TABLES.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(TABLES.get(i)).append(')');
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql.toString())) {
            rs.next();
            for (int i = 0; i < TABLES.size(); i++) {
                counts.put(TABLES.get(i), rs.getLong(i + 1));
            }
        }
        return counts;
    }

    private static String uuidType(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres")
                ? "uuid" : "TEXT";
    }
}
