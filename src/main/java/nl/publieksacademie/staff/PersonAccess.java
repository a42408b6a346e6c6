package nl.publieksacademie.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import nl.publieksacademie.platform.Roles;

/**
 * The one place that decides whether the caller may see or act on a staff member or a team: admins on everyone, HR
 * users on the members of the departments an admin granted them ({@code hr_grant}), nobody else on anyone (a
 * person's own data goes through the {@code /me} paths, which never take an id). Every page, endpoint and export that
 * names a person asks here; for the caller, a person or team out of reach does not exist.
 */
@ApplicationScoped
public class PersonAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    SecurityContext security;

    @Inject
    Staff staff;

    @Inject
    Teams teams;

    /** Whom a caller may see: every department ({@code departments} null) or the listed ones. */
    public record Reach(Set<String> departments) {

        static final Reach EVERYONE = new Reach(null);
        static final Reach NOBODY = new Reach(Set.of());

        public boolean everyone() {
            return departments == null;
        }

        public boolean nobody() {
            return departments != null && departments.isEmpty();
        }

        public boolean covers(String department) {
            return departments == null || department != null && departments.contains(department);
        }

        public boolean covers(Team team) {
            return departments == null || team != null && covers(team.getDepartment());
        }

        /** A person without a team is in no department: only admins reach them. */
        public boolean covers(StaffMember member) {
            return member != null && (departments == null || covers(member.getTeam()));
        }
    }

    /** The caller's reach, from their roles and grants (one query for an HR user). Ask once per request. */
    public Reach reach() {
        if (security.isCallerInRole(Roles.ADMIN)) {
            return Reach.EVERYONE;
        }
        if (!security.isCallerInRole(Roles.HR) || security.getCallerPrincipal() == null) {
            return Reach.NOBODY;
        }
        return staff.byUsername(security.getCallerPrincipal().getName())
                .map(hr -> new Reach(Collections.unmodifiableSet(departmentsOf(hr.getId())))).orElse(Reach.NOBODY);
    }

    /** The departments granted to HR user {@code staffId}. */
    @SuppressWarnings("unchecked")
    public Set<String> departmentsOf(long staffId) {
        return new TreeSet<>((List<String>) em.createNativeQuery("SELECT department FROM hr_grant WHERE staff_id = ?1")
                .setParameter(1, staffId).getResultList());
    }

    /** Staff member {@code id} if the caller may see them. */
    public Optional<StaffMember> person(long id) {
        return staff.find(id).filter(reach()::covers);
    }

    /** Team {@code id} if the caller may see it (and so its members). */
    public Optional<Team> team(long id) {
        return teams.find(id).filter(reach()::covers);
    }
}
