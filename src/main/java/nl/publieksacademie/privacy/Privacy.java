package nl.publieksacademie.privacy;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
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

    /**
     * Every row that names {@code staffId}, by table: rows linked to the account (also through other rows, such as
     * an attempt's steps) and rows whose text holds their user name, e-mail address or name, or refers to
     * "staff {id}" (sign-ins and their addresses, sign-in failures, drafts and versions they saved, courses they
     * assigned, HR's views of them). The tables come from the schema ({@link PersonalSchema}), not from a list.
     * Authored sources and the password hash are left out of the rows.
     */
    static Map<String, List<Map<String, Object>>> collect(Connection db, long staffId) throws SQLException {
        Map<String, List<Map<String, Object>>> all = new LinkedHashMap<>();
        PersonalSchema schema = PersonalSchema.read(db);
        List<Map<String, Object>> me = schema.linkedRows(db, PersonalSchema.STAFF, staffId);
        if (me.isEmpty()) {
            return all;
        }
        Map<String, Object> account = me.get(0);
        Identity who = new Identity(staffId, (String) account.get("username"), (String) account.get("email"),
                (String) account.get("full_name"));
        List<String> needles = new ArrayList<>(who.needles());
        needles.add("staff " + staffId);
        needles.add("staff:" + staffId);
        for (String table : schema.tables().keySet()) {
            Map<List<Object>, Map<String, Object>> rows = new LinkedHashMap<>();
            for (Map<String, Object> row : schema.linkedRows(db, table, staffId)) {
                rows.putIfAbsent(schema.identity(table, row), row);
            }
            if (!table.equals(PersonalSchema.STAFF)) {
                for (Map<String, Object> row : schema.textRows(db, table, needles, who::refersTo)) {
                    rows.putIfAbsent(schema.identity(table, row), row);
                }
            }
            if (!rows.isEmpty()) {
                List<Map<String, Object>> shown = new ArrayList<>();
                for (Map<String, Object> row : rows.values()) {
                    Map<String, Object> out = new LinkedHashMap<>();
                    row.forEach((column, value) -> {
                        if (!PersonalSchema.NOT_EXPORTED.contains(table + "." + column)) {
                            out.put(column, plain(value));
                        }
                    });
                    shown.add(out);
                }
                all.put(table, shown);
            }
        }
        return all;
    }

    private static Object plain(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toString();
        } else if (value instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        } else if (value instanceof java.sql.Time t) {
            return t.toLocalTime().toString();
        }
        return value;
    }

    /** Everything stored about {@code staffId}, by table, each row as column → value. */
    @Transactional
    public Map<String, List<Map<String, Object>>> export(long staffId, String by) {
        Map<String, List<Map<String, Object>>> all;
        try (Connection db = dataSource.getConnection()) {
            all = collect(db, staffId);
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
}
