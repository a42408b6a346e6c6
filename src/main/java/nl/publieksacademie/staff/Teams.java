package nl.publieksacademie.staff;

import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.publieksacademie.platform.AuditLog;

/** Teams and departments: create, rename, list. Every change is audited. */
@ApplicationScoped
public class Teams {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditLog audit;

    public List<Team> all() {
        return em.createNamedQuery(Team.ALL, Team.class).getResultList();
    }

    public Optional<Team> find(long id) {
        return Optional.ofNullable(em.find(Team.class, id));
    }

    public Optional<Team> byName(String name) {
        return em.createNamedQuery(Team.BY_NAME, Team.class).setParameter("name", name.strip()).getResultStream().findFirst();
    }

    @Transactional
    public Team create(String name, String department) {
        check(null, name, department);
        Team team = new Team(name.strip(), department.strip());
        em.persist(team);
        em.flush();
        audit.record("team-created", "team:" + team.getId(), team.getName() + " / " + team.getDepartment());
        return team;
    }

    @Transactional
    public Team update(long id, String name, String department) {
        Team team = find(id).orElseThrow(() -> new NotFound("team", id));
        check(team, name, department);
        team.setName(name.strip());
        team.setDepartment(department.strip());
        audit.record("team-changed", "team:" + id, team.getName() + " / " + team.getDepartment());
        return team;
    }

    private void check(Team existing, String name, String department) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.onField("name", "team.error.nameRequired"));
        } else if (name.strip().length() > 120) {
            problems.add(Problem.onField("name", "team.error.nameTooLong", 120));
        } else {
            byName(name).filter(other -> existing == null || !other.getId().equals(existing.getId()))
                    .ifPresent(other -> problems.add(Problem.onField("name", "team.error.nameTaken", name.strip())));
        }
        if (department == null || department.isBlank()) {
            problems.add(Problem.onField("department", "team.error.departmentRequired"));
        } else if (department.strip().length() > 120) {
            problems.add(Problem.onField("department", "team.error.departmentTooLong", 120));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

}
