package nl.publieksacademie.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.staff.PersonAccess;

/**
 * Which departments an HR user may see, as an admin grants and withdraws them (audited). What a caller may see
 * follows from these grants and the caller's roles in one place: {@link PersonAccess}.
 */
@ApplicationScoped
public class Grants {

    @PersistenceContext
    EntityManager em;

    @Inject
    PersonAccess access;

    @Inject
    AuditLog audit;

    /** A grant as the admin page lists it. */
    public record Grant(long staffId, String name, String username, String department) {}

    /** The departments granted to HR user {@code staffId}. */
    public Set<String> departmentsOf(long staffId) {
        return access.departmentsOf(staffId);
    }

    @SuppressWarnings("unchecked")
    public List<Grant> all() {
        List<Grant> grants = new ArrayList<>();
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT g.staff_id, s.full_name, s.username, "
                + "g.department FROM hr_grant g JOIN staff_member s ON s.id = g.staff_id ORDER BY s.full_name, "
                + "g.department").getResultList()) {
            grants.add(new Grant(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3]));
        }
        return grants;
    }

    @Transactional
    public void grant(long staffId, String department, String by) {
        if (departmentsOf(staffId).contains(department)) {
            return;
        }
        em.createNativeQuery("INSERT INTO hr_grant (staff_id, department, granted_by, granted_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, staffId).setParameter(2, department).setParameter(3, by)
                .setParameter(4, Timestamp.valueOf(LocalDateTime.now())).executeUpdate();
        audit.record(by, "hr.grant", "staff " + staffId, department);
    }

    @Transactional
    public void revoke(long staffId, String department, String by) {
        em.createNativeQuery("DELETE FROM hr_grant WHERE staff_id = ?1 AND department = ?2")
                .setParameter(1, staffId).setParameter(2, department).executeUpdate();
        audit.record(by, "hr.revoke", "staff " + staffId, department);
    }
}
