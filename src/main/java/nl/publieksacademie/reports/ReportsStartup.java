package nl.publieksacademie.reports;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.List;
import java.util.logging.Logger;
import nl.publieksacademie.competencies.boundary.Profiles;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.staff.Staff;
import nl.publieksacademie.staff.Team;
import nl.publieksacademie.staff.Teams;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up, after the content import: gives evidence stored before reports existed its recency factor, and in
 * demo mode grants the demo HR account every department.
 */
@ApplicationScoped
public class ReportsStartup {

    private static final Logger LOG = Logger.getLogger(ReportsStartup.class.getName());
    private static final int BATCH = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    Profiles profiles;

    @Inject
    Grants grants;

    @Inject
    Staff staff;

    @Inject
    Teams teams;

    @Inject
    @ConfigProperty(name = "pa.demo", defaultValue = "false")
    boolean demo;

    @Transactional
    void start(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER + 100) @Initialized(ApplicationScoped.class) Object start) {
        int filled = 0;
        for (int round = 0; round < 10_000; round++) {
            int done = fillFactors();
            filled += done;
            if (done < BATCH) {
                break;
            }
        }
        if (filled > 0) {
            int total = filled;
            LOG.info(() -> "Gave " + total + " piece(s) of evidence their recency factor");
        }
        if (demo) {
            List<String> departments = teams.all().stream().map(Team::getDepartment).distinct().toList();
            staff.byUsername("hr").ifPresentOrElse(hr -> {
                departments.forEach(d -> grants.grant(hr.getId(), d, "demo"));
                LOG.info(() -> "Demo: the hr account may see " + departments);
            }, () -> LOG.warning("Demo: no hr account to grant departments to"));
        }
    }

    @SuppressWarnings("unchecked")
    int fillFactors() {
        LevelRule rule = profiles.framework().rule();
        List<Object[]> rows = em.createNativeQuery("SELECT id, earned_at FROM evidence WHERE factor IS NULL")
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : rows) {
            java.time.Instant at = ((Timestamp) row[1]).toInstant();
            em.createNativeQuery("UPDATE evidence SET factor = ?1 WHERE id = ?2")
                    .setParameter(1, rule.epochFactor(at)).setParameter(2, ((Number) row[0]).longValue())
                    .executeUpdate();
        }
        return rows.size();
    }
}
