package nl.publieksacademie.staff;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Backing bean of {@code /hr/index.xhtml} (hr): teams with their department and number of active members. */
@Named
@RequestScoped
public class TeamOverview {

    @PersistenceContext
    EntityManager em;

    public List<TeamSize> getRows() {
        return em.createQuery("SELECT NEW nl.publieksacademie.staff.TeamSize(t.department, t.name, COUNT(s)) "
                        + "FROM Team t LEFT JOIN StaffMember s ON s.team = t AND s.active = TRUE "
                        + "GROUP BY t.department, t.name ORDER BY t.department, t.name", TeamSize.class)
                .getResultList();
    }
}
