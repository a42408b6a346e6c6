package nl.publieksacademie.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Pseudonymization on the real schema (the Flyway migrations on an in-memory Derby): afterwards no character
 * column of any table holds the person's name, e-mail address or user name (in any case: people type their e-mail
 * address as they like), whichever of them they signed in or acted with, and what they did is still there.
 */
class PseudonymizationTest {

    static final String NAME = "Petronella Zuidervaart";
    static final String EMAIL = "p.zuidervaart@gemeente.nl";
    static final String USER = "pzuidervaart";

    static {
        System.setProperty("derby.stream.error.file", "target/derby-unit.log");
    }

    @Test
    void leavesNoTraceOfTheNameAndKeepsWhatTheyDid() throws SQLException {
        String url = "jdbc:derby:memory:pseudonymization;create=true";
        Flyway.configure().dataSource(url, "pa", "pa").locations("classpath:db/migration")
                .placeholders(Map.of("text", "CLOB", "blob", "BLOB")).load().migrate();
        try (Connection db = DriverManager.getConnection(url, "pa", "pa"); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO team (id, name, department, version) VALUES (1, 'Balie Noord', 'Burgerzaken', 0)");
            sql.execute("INSERT INTO staff_member (id, username, email, full_name, team_id, job_role, active, "
                    + "password_hash, created_at, version) VALUES (7, '" + USER + "', '" + EMAIL + "', '" + NAME
                    + "', 1, 'baliemedewerker', TRUE, 'hash', CURRENT_TIMESTAMP, 0)");
            sql.execute("INSERT INTO staff_role (staff_id, role_name) VALUES (7, 'trainer')");
            sql.execute("INSERT INTO audit_entry (occurred_at, actor, action, subject, detail) VALUES "
                    + "(CURRENT_TIMESTAMP, 'admin', 'staff.create', 'staff 7', '" + NAME + " <" + EMAIL + ">'), "
                    + "(CURRENT_TIMESTAMP, '" + USER + "', 'sign-in', '" + USER + "', NULL)");
            sql.execute("INSERT INTO sign_in_failure (username, failures, last_failure) VALUES ('" + USER
                    + "', 1, CURRENT_TIMESTAMP)");
            // signed in (and failed to) with the e-mail address, typed in another case; acted by e-mail elsewhere
            String typed = EMAIL.toUpperCase();
            sql.execute("INSERT INTO audit_entry (occurred_at, actor, action, subject, detail) VALUES "
                    + "(CURRENT_TIMESTAMP, '" + typed + "', 'sign-in-failed', '" + typed + "', '10.0.0.7'), "
                    + "(CURRENT_TIMESTAMP, 'admin', 'staff-changed', 'staff:7', '" + USER + ", " + EMAIL + ", "
                    + NAME.toUpperCase() + "'), "
                    + "(CURRENT_TIMESTAMP, 'admin', 'staff-deactivated', 'staff:7', '" + USER + "')");
            sql.execute("INSERT INTO sign_in_failure (username, failures, last_failure) VALUES ('" + EMAIL
                    + "', 3, CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO hr_grant (staff_id, department, granted_by, granted_at) VALUES "
                    + "(7, 'Burgerzaken', 'admin', CURRENT_TIMESTAMP)");
            // someone else, whose rows must stay as they are
            sql.execute("INSERT INTO staff_member (id, username, email, full_name, team_id, job_role, active, "
                    + "password_hash, created_at, version) VALUES (8, 'jzuid', 'j.zuid@gemeente.nl', 'Jan Zuid', "
                    + "1, 'baliemedewerker', TRUE, 'hash', CURRENT_TIMESTAMP, 0)");
            sql.execute("INSERT INTO audit_entry (occurred_at, actor, action, subject, detail) VALUES "
                    + "(CURRENT_TIMESTAMP, 'jzuid', 'sign-in', NULL, '10.0.0.8')");
            sql.execute("INSERT INTO hr_grant (staff_id, department, granted_by, granted_at) VALUES "
                    + "(8, 'Burgerzaken', '" + EMAIL + "', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO scenario (id, slug, created_at) VALUES (1, 'loket', CURRENT_TIMESTAMP)");
            sql.execute("INSERT INTO scenario_version (id, scenario_id, version_no, content_hash, title, setting, "
                    + "source, imported_at, imported_by) VALUES (1, 1, 1, 'h', 'Loket', 'balie', 'x', "
                    + "CURRENT_TIMESTAMP, '" + USER + "')");
            sql.execute("INSERT INTO scenario_draft (scenario_id, source, updated_by, updated_at, version) VALUES "
                    + "(1, 'x', '" + EMAIL + "', CURRENT_TIMESTAMP, 0)");
            sql.execute("INSERT INTO evidence (staff_id, competency, weight, reason, source_type, earned_at, factor) "
                    + "VALUES (7, 'dienen', 2, 'Groet vriendelijk', 'quiz', CURRENT_TIMESTAMP, 1.0)");
            sql.execute("INSERT INTO competency_score (staff_id, competency, weighted_sum, factor_sum, "
                    + "evidence_count, half_life_days, updated_at) VALUES (7, 'dienen', 2, 1, 1, 90, CURRENT_TIMESTAMP)");

            sql.execute("INSERT INTO scim_user (staff_id, external_id, given_name, family_name) VALUES "
                    + "(7, 'entra-0b7f', 'Petra', 'Zuidervaart')");
            sql.execute("INSERT INTO scim_group (id, display_name, created_at, version) VALUES "
                    + "(1, 'academie-trainers', CURRENT_TIMESTAMP, 0)");
            sql.execute("INSERT INTO scim_group_member (group_id, staff_id) VALUES (1, 7), (1, 8)");
            assertTrue(Pseudonymization.apply(db, 7));

            assertEquals(List.of(), traces(db));
            assertEquals(1, count(sql, "SELECT COUNT(*) FROM evidence WHERE staff_id = 7"), "evidence kept");
            assertEquals(1, count(sql, "SELECT COUNT(*) FROM competency_score WHERE staff_id = 7"), "aggregates kept");
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM staff_member WHERE id = 7 AND active = TRUE"));
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM staff_role WHERE staff_id = 7"));
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM staff_member WHERE id = 7 AND password_hash IS NOT NULL"));
            assertEquals(2, count(sql, "SELECT COUNT(*) FROM audit_entry WHERE actor = 'oud-medewerker-7'"),
                    "signed in by user name and by e-mail address: both pseudonymized");
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM sign_in_failure"), "the throttle rows go");
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM hr_grant WHERE staff_id = 7"), "rights go");
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM scim_user WHERE staff_id = 7"),
                    "what the identity provider said about them goes");
            assertEquals(0, count(sql, "SELECT COUNT(*) FROM scim_group_member WHERE staff_id = 7"),
                    "their group memberships go");
            assertEquals(1, count(sql, "SELECT COUNT(*) FROM scim_group_member WHERE staff_id = 8"), "others' stay");
            assertEquals(1, count(sql, "SELECT COUNT(*) FROM hr_grant WHERE staff_id = 8 AND granted_by = "
                    + "'oud-medewerker-7'"), "a grant they gave someone else stays, the giver pseudonymized");
            assertEquals(1, count(sql, "SELECT COUNT(*) FROM audit_entry WHERE actor = 'jzuid' AND detail = '10.0.0.8'"),
                    "others' rows stay");
            assertEquals(1, count(sql, "SELECT COUNT(*) FROM staff_member WHERE full_name = 'Jan Zuid'"));
        }
    }

    /** Every table and character column that still holds the name, e-mail address or user name. */
    static List<String> traces(Connection db) throws SQLException {
        List<String> found = new ArrayList<>();
        DatabaseMetaData meta = db.getMetaData();
        List<String[]> columns = new ArrayList<>();
        try (ResultSet rs = meta.getColumns(null, "PA", "%", "%")) {
            while (rs.next()) {
                String type = rs.getString("TYPE_NAME");
                if ((type.contains("CHAR") || type.contains("CLOB"))
                        && !rs.getString("TABLE_NAME").toLowerCase().startsWith("flyway")) {
                    columns.add(new String[] {rs.getString("TABLE_NAME"), rs.getString("COLUMN_NAME"), type});
                }
            }
        }
        assertTrue(columns.size() > 20, "the scan sees the schema");
        try (Statement sql = db.createStatement()) {
            for (String[] c : columns) {
                String column = "\"" + c[1] + "\"";
                String value = c[2].contains("CLOB") ? "CAST(" + column + " AS VARCHAR(32000))" : column;
                for (String trace : List.of(NAME, EMAIL, USER, "Zuidervaart")) {
                    if (count(sql, "SELECT COUNT(*) FROM \"" + c[0] + "\" WHERE LOWER(" + value + ") LIKE '%"
                            + trace.toLowerCase() + "%'") > 0) {
                        found.add(c[0] + "." + c[1] + " holds " + trace);
                    }
                }
            }
        }
        return found;
    }

    static long count(Statement sql, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
