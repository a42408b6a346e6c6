package nl.publieksacademie.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.Database;
import nl.publieksacademie.platform.NotFound;

/**
 * Personal data: a staff member's own data as one JSON-ready map (the right of access), and pseudonymization of a
 * departed member by an admin (identity gone everywhere, aggregates kept). Both are audited.
 */
@ApplicationScoped
public class Privacy {

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    /** Per table the rows about {@code staffId}: the tables and the column that names the person. */
    static final List<String[]> MINE = List.of(
            new String[] {"staff_member", "SELECT id, username, email, full_name, team_id, job_role, active "
                    + "FROM staff_member WHERE id = ?"},
            new String[] {"staff_role", "SELECT role_name FROM staff_role WHERE staff_id = ?"},
            new String[] {"attempt", "SELECT id, scenario_version_id, step, finished, ending, outcome, started_at, "
                    + "updated_at FROM attempt WHERE staff_id = ? ORDER BY id"},
            new String[] {"attempt_step", "SELECT s.attempt_id, s.step_no, s.node, s.choice, s.taken_at FROM "
                    + "attempt_step s JOIN attempt a ON a.id = s.attempt_id WHERE a.staff_id = ? ORDER BY "
                    + "s.attempt_id, s.step_no"},
            new String[] {"evidence", "SELECT id, competency, weight, reason, source_type, scenario_version_id, "
                    + "attempt_id, step_no, node, choice, course_version_id, submission_id, question, earned_at "
                    + "FROM evidence WHERE staff_id = ? ORDER BY id"},
            new String[] {"competency_score", "SELECT competency, weighted_sum, factor_sum, evidence_count, "
                    + "updated_at FROM competency_score WHERE staff_id = ?"},
            new String[] {"enrolment", "SELECT e.id, c.slug, e.enrolled_at, e.assigned_by, e.due_on, e.completed_at, "
                    + "e.certificate_code FROM enrolment e JOIN course c ON c.id = e.course_id WHERE e.staff_id = ?"},
            new String[] {"step_progress", "SELECT p.enrolment_id, p.step_id, p.completed_at FROM step_progress p "
                    + "JOIN enrolment e ON e.id = p.enrolment_id WHERE e.staff_id = ?"},
            new String[] {"quiz_submission", "SELECT q.id, q.enrolment_id, q.step_id, q.submitted_at, "
                    + "q.answered_right, q.question_count, q.passed, q.answers FROM quiz_submission q JOIN enrolment e "
                    + "ON e.id = q.enrolment_id WHERE e.staff_id = ?"});

    /** Everything stored about {@code staffId}, by table, each row as column → value. */
    @Transactional
    public Map<String, List<Map<String, Object>>> export(long staffId, String by) {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        try (Connection db = dataSource.getConnection()) {
            for (String[] table : MINE) {
                all.put(table[0], rows(db, table[1], staffId));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the personal data of " + staffId, e);
        }
        audit.record(by, "privacy.export", "staff " + staffId, "own data");
        return all;
    }

    @Transactional
    public void pseudonymize(long staffId, String by) {
        if (em.createNativeQuery("SELECT COUNT(*) FROM staff_member WHERE id = ?1 AND active = TRUE")
                .setParameter(1, staffId).getSingleResult() instanceof Number n && n.longValue() > 0) {
            throw new nl.publieksacademie.platform.InvalidInput(java.util.List.of(
                    nl.publieksacademie.platform.Problem.onField("staff", "privacy.activeFirst")));
        }
        try (Connection db = dataSource.getConnection()) {
            if (!Pseudonymization.apply(db, staffId)) {
                throw new NotFound("staff member", staffId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot pseudonymize " + staffId, e);
        }
        em.getEntityManagerFactory().getCache().evictAll();
        audit.record(by, "privacy.pseudonymize", "staff " + staffId, Pseudonymization.pseudonym(staffId));
    }

    private static List<Map<String, Object>> rows(Connection db, String sql, long staffId) throws SQLException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, staffId);
            try (ResultSet rs = query.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        Object value = rs.getObject(i);
                        if (value instanceof java.sql.Clob clob) {
                            value = clob.getSubString(1, (int) clob.length());
                        } else if (value instanceof java.sql.Timestamp ts) {
                            value = ts.toLocalDateTime().toString();
                        } else if (value instanceof java.sql.Date d) {
                            value = d.toLocalDate().toString();
                        }
                        row.put(meta.getColumnLabel(i).toLowerCase(), value);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }
}
