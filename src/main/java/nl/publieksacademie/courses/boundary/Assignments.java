package nl.publieksacademie.courses.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Problem;
import nl.publieksacademie.staff.PersonAccess;
import nl.publieksacademie.staff.Staff;
import nl.publieksacademie.staff.StaffMember;
import nl.publieksacademie.staff.Team;
import nl.publieksacademie.staff.Teams;

/**
 * Assignments for the page and the API alike: checks a request, assigns, and writes it to the audit log; lists the
 * assignments and offers the teams and people to assign to. All of it only within the caller's reach ({@link
 * PersonAccess}: admins everyone, HR their granted departments).
 */
@ApplicationScoped
public class Assignments {

    @Inject
    Enrolments enrolments;

    @Inject
    Courses courses;

    @Inject
    Staff staff;

    @Inject
    Teams teams;

    @Inject
    AuditLog audit;

    @Inject
    PersonAccess access;

    /** The assignments of the people the caller may see, the earliest due date first; optionally the late ones. */
    public List<Enrolments.Assignment> list(boolean overdueOnly) {
        return enrolments.assignments(overdueOnly, access.reach());
    }

    /** The teams the caller may assign to. */
    public List<Team> teams() {
        PersonAccess.Reach reach = access.reach();
        return teams.all().stream().filter(reach::covers).toList();
    }

    /** The active people the caller may assign to, by name. */
    public List<StaffMember> people() {
        PersonAccess.Reach reach = access.reach();
        return staff.all().stream().filter(s -> s.isActive() && reach.covers(s)).toList();
    }

    /** Assigns {@code course} to team {@code teamId} or person {@code staffId}; answers how many were assigned. */
    public int assign(String course, Long teamId, Long staffId, String due, String by) {
        List<Problem> problems = new ArrayList<>();
        if (course == null || course.isBlank() || courses.find(course).isEmpty()) {
            problems.add(Problem.onField("course", "assign.courseMissing"));
        }
        LocalDate dueOn = null;
        try {
            dueOn = due == null || due.isBlank() ? null : LocalDate.parse(due.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.onField("due", "assign.dueInvalid"));
        }
        if (dueOn == null && problems.stream().noneMatch(p -> p.field().equals("due"))) {
            problems.add(Problem.onField("due", "assign.dueMissing"));
        } else if (dueOn != null && dueOn.isBefore(LocalDate.now())) {
            problems.add(Problem.onField("due", "assign.dueInPast"));
        }
        List<StaffMember> people = new ArrayList<>();
        String target;
        if ((teamId == null) == (staffId == null)) {
            problems.add(Problem.onField("target", "assign.targetMissing"));
            target = null;
        } else if (teamId != null) {
            // a team or person out of the caller's reach is refused as if it did not exist
            Team team = access.team(teamId).orElse(null);
            target = team == null ? null : "team " + team.getName();
            if (team != null) {
                people.addAll(staff.activeMembers(teamId));
            }
        } else {
            StaffMember member = access.person(staffId).orElse(null);
            target = member == null ? null : "staff " + member.getId();
            if (member != null) {
                people.add(member);
            }
        }
        if (target == null && problems.stream().noneMatch(p -> p.field().equals("target"))) {
            problems.add(Problem.onField("target", "assign.targetMissing"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        int assigned = enrolments.assign(people, course, dueOn, by);
        audit.record("course.assign", target, course + " due " + dueOn + ", " + assigned + " person(s)");
        return assigned;
    }
}
