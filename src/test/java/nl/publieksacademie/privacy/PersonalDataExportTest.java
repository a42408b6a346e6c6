package nl.publieksacademie.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "All my data" (AVG art. 15) on the real schema (the Flyway migrations on an in-memory Derby). A person is
 * written into every table that can name them, the way the application writes them (signed in by e-mail address,
 * a draft saved, a grant, a course assigned); the export must hold each of those rows. The set of tables is
 * compared with the schema's own: a table added by a later migration fails this test until a row naming a person
 * is seeded here and found by the export (or it is listed as never naming anyone).
 */
class PersonalDataExportTest {

    static final String URL = "jdbc:derby:memory:export;create=true";
    static final String EMAIL = "p.zuidervaart@gemeente.nl";
    static final String USER = "pzuidervaart";
    static final String NAME = "Petronella Zuidervaart";

    /** Tables that hold content or whole-academy state, never a row about one person. */
    static final Set<String> NEVER_ABOUT_A_PERSON = Set.of("team", "scenario", "course", "course_file",
            "framework_version", "content_file", "level_snapshot", "job_lease", "scim_group");

    static {
        System.setProperty("derby.stream.error.file", "target/derby-unit.log");
    }

    @BeforeAll
    static void seed() throws SQLException {
        Flyway.configure().dataSource(URL, "pa", "pa").locations("classpath:db/migration")
                .placeholders(Map.of("text", "CLOB", "blob", "BLOB")).load().migrate();
        try (Connection db = DriverManager.getConnection(URL, "pa", "pa"); Statement sql = db.createStatement()) {
            String now = "CURRENT_TIMESTAMP";
            sql.execute("INSERT INTO team (id, name, department, version) VALUES (1, 'Balie', 'Burgerzaken', 0)");
            for (String[] p : new String[][] {{"7", USER, EMAIL, NAME}, {"8", "jzuid", "j.zuid@gemeente.nl", "Jan Zuid"}}) {
                sql.execute("INSERT INTO staff_member (id, username, email, full_name, team_id, job_role, active, "
                        + "password_hash, created_at, version) VALUES (" + p[0] + ", '" + p[1] + "', '" + p[2]
                        + "', '" + p[3] + "', 1, 'baliemedewerker', TRUE, 'geheim-hash', " + now + ", 0)");
            }
            sql.execute("INSERT INTO staff_role (staff_id, role_name) VALUES (7, 'hr'), (8, 'learner')");
            // signed in with the e-mail address (as typed), failed once before, from an address
            sql.execute("INSERT INTO audit_entry (occurred_at, actor, action, subject, detail) VALUES "
                    + "(" + now + ", '" + EMAIL.toUpperCase(Locale.ROOT) + "', 'sign-in-failed', '"
                    + EMAIL.toUpperCase(Locale.ROOT) + "', '10.0.0.7'), "
                    + "(" + now + ", '" + USER + "', 'sign-in', NULL, '10.0.0.7'), "
                    + "(" + now + ", 'hr', 'report.person', 'staff 7', 'Burgerzaken'), "
                    + "(" + now + ", 'jzuid', 'sign-in', NULL, '10.0.0.8'), "
                    + "(" + now + ", 'hr', 'report.person', 'staff 70', 'Burgerzaken')");
            sql.execute("INSERT INTO sign_in_failure (username, failures, last_failure) VALUES ('" + EMAIL
                    + "', 2, " + now + "), ('jzuid', 1, " + now + ")");
            sql.execute("INSERT INTO hr_grant (staff_id, department, granted_by, granted_at) VALUES "
                    + "(7, 'Burgerzaken', 'admin', " + now + ")");
            sql.execute("INSERT INTO scenario (id, slug, created_at) VALUES (1, 'loket', " + now + ")");
            sql.execute("INSERT INTO scenario_version (id, scenario_id, version_no, content_hash, title, setting, "
                    + "source, imported_at, imported_by) VALUES (1, 1, 1, 'h', 'Loket', 'balie', 'x', " + now
                    + ", '" + USER + "')");
            sql.execute("INSERT INTO scenario_draft (scenario_id, source, updated_by, updated_at, version) VALUES "
                    + "(1, 'geheime scenariotekst', '" + EMAIL + "', " + now + ", 3)");
            sql.execute("INSERT INTO attempt (id, staff_id, scenario_version_id, state, step, finished, started_at, "
                    + "updated_at, version) VALUES (1, 7, 1, '{}', 1, FALSE, " + now + ", " + now + ", 0), "
                    + "(2, 8, 1, '{}', 1, FALSE, " + now + ", " + now + ", 0)");
            sql.execute("INSERT INTO attempt_step (attempt_id, step_no, node, choice, taken_at) VALUES "
                    + "(1, 1, 'start', 'groet', " + now + "), (2, 1, 'start', 'negeer', " + now + ")");
            sql.execute("INSERT INTO course (id, slug, created_at) VALUES (1, 'basis', " + now + ")");
            sql.execute("INSERT INTO course_version (id, course_id, version_no, content_hash, title, imported_at, "
                    + "imported_by) VALUES (1, 1, 1, 'h', 'Basis', " + now + ", '" + EMAIL + "')");
            sql.execute("INSERT INTO course_draft (course_id, bundle, updated_by, updated_at, version) VALUES "
                    + "(1, '{}', '" + USER + "', " + now + ", 1)");
            sql.execute("INSERT INTO enrolment (id, staff_id, course_id, enrolled_at, assigned_by, version) VALUES "
                    + "(1, 7, 1, " + now + ", 'hr', 0), (2, 8, 1, " + now + ", '" + USER + "', 0)");
            sql.execute("INSERT INTO step_progress (enrolment_id, step_id, course_version_id, completed_at) VALUES "
                    + "(1, 'welkom', 1, " + now + ")");
            sql.execute("INSERT INTO quiz_submission (id, enrolment_id, step_id, course_version_id, submitted_at, "
                    + "answered_right, question_count, passed, answers) VALUES (1, 1, 'toets', 1, " + now
                    + ", 2, 2, TRUE, '{}')");
            sql.execute("INSERT INTO evidence (staff_id, competency, weight, reason, source_type, earned_at, factor) "
                    + "VALUES (7, 'dienen', 2, 'Groet vriendelijk', 'quiz', " + now + ", 1.0)");
            sql.execute("INSERT INTO competency_score (staff_id, competency, weighted_sum, factor_sum, "
                    + "evidence_count, half_life_days, updated_at) VALUES (7, 'dienen', 2, 1, 1, 90, " + now + ")");
            sql.execute("INSERT INTO level_month (competency, closed_month, staff_id, staff_level) VALUES "
                    + "('dienen', '2026-10', 7, 2)");
            // provisioned through SCIM: the identity provider's id and name parts, and a group membership
            sql.execute("INSERT INTO scim_user (staff_id, external_id, given_name, family_name) VALUES "
                    + "(7, 'entra-0b7f', 'Petronella', 'Zuidervaart'), (8, 'entra-9c2d', 'Jan', 'Zuid')");
            sql.execute("INSERT INTO scim_group (id, display_name, external_id, created_at, version) VALUES "
                    + "(1, 'academie-leerlingen', 'entra-g1', " + now + ", 0)");
            sql.execute("INSERT INTO scim_group_member (group_id, staff_id) VALUES (1, 7), (1, 8)");
        }
    }

    static Map<String, List<Map<String, Object>>> export(long staffId) throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "pa", "pa")) {
            return Privacy.collect(db, staffId);
        }
    }

    @Test
    void everyTableOfTheSchemaIsEitherExportedWithThePersonsRowsOrNeverAboutAPerson() throws SQLException {
        Map<String, List<Map<String, Object>>> mine = export(7);
        Set<String> schema = new TreeSet<>();
        try (Connection db = DriverManager.getConnection(URL, "pa", "pa");
                ResultSet rs = db.getMetaData().getTables(null, "PA", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith("flyway")) {
                    schema.add(table);
                }
            }
        }
        Set<String> exported = new TreeSet<>();
        mine.forEach((table, rows) -> {
            if (!rows.isEmpty()) {
                exported.add(table);
            }
        });
        Set<String> notCovered = new TreeSet<>(schema);
        notCovered.removeAll(exported);
        notCovered.removeAll(NEVER_ABOUT_A_PERSON);
        assertEquals(Set.of(), notCovered, "tables that can name a person but whose rows are not in the export "
                + "(a new table? seed a row naming the person in it above)");
        assertTrue(exported.containsAll(Set.of("audit_entry", "sign_in_failure", "hr_grant", "scenario_draft",
                "course_draft", "level_month")));
    }

    @Test
    void theExportHoldsTheSignInsWithTheirAddressesAndOnlyThisPersonsRows() throws SQLException {
        Map<String, List<Map<String, Object>>> mine = export(7);
        List<Map<String, Object>> audit = mine.get("audit_entry");
        assertEquals(3, audit.size(), "signed in by user name and by e-mail address, and viewed by HR: " + audit);
        assertTrue(audit.stream().anyMatch(r -> "sign-in".equals(r.get("action")) && "10.0.0.7".equals(r.get("detail"))));
        assertEquals(1, mine.get("sign_in_failure").size());
        assertEquals(1, mine.get("attempt").size());
        assertEquals(1, mine.get("attempt_step").size(), "through the attempt");
        assertEquals(1, mine.get("quiz_submission").size(), "through the enrolment");
        assertEquals(2, mine.get("enrolment").size(), "theirs, and the one they assigned to someone else");
        String all = mine.toString();
        assertFalse(all.contains("jzuid"), "nobody else's rows");
        assertFalse(all.contains("10.0.0.8"));
        assertFalse(all.contains("geheim-hash"), "no password hash");
        assertFalse(all.contains("geheime scenariotekst"), "the draft is named, its authored source is not copied");
    }

    @Test
    void aTableAddedLaterIsExportedWithoutChangingTheExport() throws SQLException {
        try (Connection db = DriverManager.getConnection(URL, "pa", "pa"); Statement sql = db.createStatement()) {
            sql.execute("CREATE TABLE visit_note (id BIGINT PRIMARY KEY, staff_id BIGINT NOT NULL, note VARCHAR(200),"
                    + " CONSTRAINT visit_note_fk FOREIGN KEY (staff_id) REFERENCES staff_member (id))");
            sql.execute("CREATE TABLE key_loan (tag VARCHAR(20) PRIMARY KEY, borrower VARCHAR(254))");
            sql.execute("INSERT INTO visit_note VALUES (1, 7, 'gesprek'), (2, 8, 'ander gesprek')");
            sql.execute("INSERT INTO key_loan VALUES ('k1', '" + EMAIL + "'), ('k2', 'jzuid')");
            try {
                Map<String, List<Map<String, Object>>> mine = Privacy.collect(db, 7);
                assertEquals(1, mine.get("visit_note").size());
                assertEquals(1, mine.get("key_loan").size());
            } finally {
                sql.execute("DROP TABLE visit_note");
                sql.execute("DROP TABLE key_loan");
            }
        }
    }
}
