package nl.publieksacademie.staff;

import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.NotFound;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jakarta.servlet.http.HttpServletRequest;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.Authentication;
import nl.publieksacademie.platform.PasswordHashing;

/**
 * Staff members and their accounts: create, edit, deactivate, import from CSV. Each operation is all-or-nothing and
 * audited; e-mail addresses and user names are unique.
 */
@ApplicationScoped
public class Staff {

    private static final long NEW = -1L;

    @PersistenceContext
    EntityManager em;

    @Inject
    Teams teams;

    @Inject
    PasswordHashing passwords;

    @Inject
    AuditLog audit;

    @Inject
    SecurityContext security;

    @Inject
    HttpServletRequest request;

    public List<StaffMember> all() {
        return em.createNamedQuery(StaffMember.ALL, StaffMember.class).getResultList();
    }

    /** The active members of a team, by name. */
    public List<StaffMember> activeMembers(long teamId) {
        return em.createNamedQuery(StaffMember.ACTIVE_OF_TEAM, StaffMember.class).setParameter("team", teamId)
                .getResultList();
    }

    public Optional<StaffMember> find(long id) {
        return Optional.ofNullable(em.find(StaffMember.class, id));
    }

    /** The staff member signed in as {@code username}. */
    public Optional<StaffMember> byUsername(String username) {
        return em.createNamedQuery(StaffMember.BY_LOGIN, StaffMember.class)
                .setParameter("login", username)
                .getResultStream()
                .filter(s -> s.getUsername().equals(username))
                .findFirst();
    }

    public boolean anyActiveWithRole(String role) {
        return em.createNamedQuery(StaffMember.COUNT_WITH_ROLE, Long.class).setParameter("role", role).getSingleResult() > 0;
    }

    @Transactional
    public StaffMember create(StaffForm form) {
        List<Problem> problems = form.check();
        problems.addAll(uniqueness(form, NEW));
        Team team = team(form.teamId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        StaffMember member = new StaffMember(form.username(), form.email(), form.fullName());
        apply(member, form, team);
        em.persist(member);
        em.flush();
        audit.record("staff-created", "staff:" + member.getId(), describe(member));
        return member;
    }

    @Transactional
    public StaffMember update(long id, StaffForm form) {
        StaffMember member = find(id).orElseThrow(() -> new NotFound("staff member", id));
        List<Problem> problems = form.check();
        problems.addAll(uniqueness(form, id));
        Team team = team(form.teamId(), problems);
        if (!form.active() && isCaller(member)) {
            problems.add(Problem.onField("active", "staff.error.deactivateSelf"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        boolean caller = isCaller(member);
        member.setUsername(form.username());
        member.setEmail(form.email());
        member.setFullName(form.fullName());
        apply(member, form, team);
        if (caller) {
            Authentication.renew(request, member);
        }
        audit.record("staff-changed", "staff:" + id, describe(member));
        return member;
    }

    @Transactional
    public StaffMember deactivate(long id) {
        StaffMember member = find(id).orElseThrow(() -> new NotFound("staff member", id));
        if (isCaller(member)) {
            throw new InvalidInput(List.of(Problem.onField("active", "staff.error.deactivateSelf")));
        }
        member.setActive(false);
        audit.record("staff-deactivated", "staff:" + id, member.getUsername());
        return member;
    }

    /**
     * Imports every line of a staff CSV or nothing at all: all lines are checked (format, unknown team, e-mail or
     * user name already taken or repeated in the file) before the first is stored.
     */
    @Transactional
    public int importCsv(String text) {
        StaffCsv.Result result = new StaffCsv().read(text);
        List<Problem> problems = new ArrayList<>(result.problems());
        var teamOfLine = new java.util.HashMap<Integer, Team>();
        for (StaffCsv.Row row : result.rows()) {
            if (row.teamName() != null && !row.teamName().isBlank()) {
                teams.byName(row.teamName()).ifPresentOrElse(team -> teamOfLine.put(row.line(), team),
                        () -> problems.add(Problem.onLine(row.line(), "team", "import.error.teamUnknown", row.teamName())));
            }
            for (Problem problem : uniqueness(row.form(), NEW)) {
                problems.add(Problem.onLine(row.line(), problem.field(), problem.key(), problem.arguments().toArray()));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(Problem::line));
            throw new InvalidInput(problems);
        }
        for (StaffCsv.Row row : result.rows()) {
            StaffMember member = new StaffMember(row.form().username(), row.form().email(), row.form().fullName());
            apply(member, row.form(), teamOfLine.get(row.line()));
            em.persist(member);
        }
        audit.record("staff-imported", null, result.rows().size() + " staff members from CSV");
        return result.rows().size();
    }

    private void apply(StaffMember member, StaffForm form, Team team) {
        member.setTeam(team);
        member.setJobRole(form.jobRole() == null ? null : JobRole.byCode(form.jobRole()).orElseThrow().code());
        member.setRoles(form.roles());
        member.setActive(form.active());
        if (form.password() != null) {
            member.setPasswordHash(passwords.hash(form.password()));
        }
    }

    private List<Problem> uniqueness(StaffForm form, long id) {
        List<Problem> problems = new ArrayList<>();
        if (form.email() != null && count(StaffMember.COUNT_BY_EMAIL, "email", form.email(), id) > 0) {
            problems.add(Problem.onField("email", "staff.error.emailTaken", form.email()));
        }
        if (form.username() != null && !form.username().equals(form.email())
                && count(StaffMember.COUNT_BY_USERNAME, "username", form.username(), id) > 0) {
            problems.add(Problem.onField("username", "staff.error.usernameTaken", form.username()));
        }
        return problems;
    }

    private long count(String query, String parameter, String value, long id) {
        return em.createNamedQuery(query, Long.class)
                .setParameter(parameter, value)
                .setParameter("id", id)
                .getSingleResult();
    }

    private Team team(Long teamId, List<Problem> problems) {
        if (teamId == null) {
            return null;
        }
        Team team = em.find(Team.class, teamId);
        if (team == null) {
            problems.add(Problem.onField("teamId", "staff.error.teamUnknown", teamId));
        }
        return team;
    }

    private static String describe(StaffMember member) {
        return member.getUsername() + " roles=" + member.getRoles() + " active=" + member.isActive()
                + (member.getTeam() == null ? "" : " team=" + member.getTeam().getName());
    }


    private boolean isCaller(StaffMember member) {
        return security.getCallerPrincipal() != null
                && member.getUsername().equals(security.getCallerPrincipal().getName());
    }
}
