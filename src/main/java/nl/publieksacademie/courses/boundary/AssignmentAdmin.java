package nl.publieksacademie.courses.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.publieksacademie.platform.CurrentUser;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.staff.StaffMember;
import nl.publieksacademie.staff.Team;

/**
 * Backing bean of {@code /hr/assignments.xhtml}: assign a course to a team or a person, and follow assignments; the
 * lists and pickers hold only the people the caller may see.
 */
@Named
@ViewScoped
public class AssignmentAdmin implements Serializable {

    @Inject
    Assignments assignments;

    @Inject
    Courses courses;

    @Inject
    FacesProblems problems;

    @Inject
    CurrentUser currentUser;

    private String course;
    private String target = "team";
    private Long team;
    private Long person;
    private String due;
    private boolean overdueOnly;

    public void assign() {
        try {
            int count = assignments.assign(course, "team".equals(target) ? team : null,
                    "person".equals(target) ? person : null, due, currentUser.getName());
            problems.info("assign.done", count);
        } catch (InvalidInput invalid) {
            problems.show(invalid, "assign");
        }
    }

    public List<Enrolments.Assignment> getRows() {
        return assignments.list(overdueOnly);
    }

    public List<Courses.Published> getCourses() {
        return courses.current();
    }

    public List<Team> getTeams() {
        return assignments.teams();
    }

    public List<StaffMember> getPeople() {
        return assignments.people();
    }

    public String getCourse() { return course; }
    public void setCourse(String course) { this.course = course; }
    public String getTarget() { return target; }
    public void setTarget(String target) { this.target = target; }
    public Long getTeam() { return team; }
    public void setTeam(Long team) { this.team = team; }
    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public String getDue() { return due; }
    public void setDue(String due) { this.due = due; }
    public boolean isOverdueOnly() { return overdueOnly; }
    public void setOverdueOnly(boolean overdueOnly) { this.overdueOnly = overdueOnly; }
}
