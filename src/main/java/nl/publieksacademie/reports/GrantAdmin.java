package nl.publieksacademie.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.publieksacademie.platform.CurrentUser;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.Roles;
import nl.publieksacademie.staff.Staff;
import nl.publieksacademie.staff.StaffMember;
import nl.publieksacademie.staff.Team;
import nl.publieksacademie.staff.Teams;

/** Backing bean of {@code /admin/grants.xhtml}: which departments each HR user may see. */
@Named
@ViewScoped
public class GrantAdmin implements Serializable {

    @Inject
    Grants grants;

    @Inject
    Staff staff;

    @Inject
    Teams teams;

    @Inject
    FacesProblems problems;

    @Inject
    CurrentUser currentUser;

    private Long person;
    private String department;

    public void grant() {
        if (person == null || department == null || department.isBlank()) {
            problems.error("grants.choose");
            return;
        }
        grants.grant(person, department, currentUser.getName());
        problems.info("grants.granted", department);
    }

    public void revoke(long staffId, String dept) {
        grants.revoke(staffId, dept, currentUser.getName());
        problems.info("grants.revoked", dept);
    }

    public List<Grants.Grant> getGrants() {
        return grants.all();
    }

    public List<StaffMember> getHrUsers() {
        return staff.all().stream().filter(s -> s.isActive() && s.getRoles().contains(Roles.HR)).toList();
    }

    public List<String> getDepartments() {
        return teams.all().stream().map(Team::getDepartment).distinct().sorted().toList();
    }

    public Long getPerson() { return person; }
    public void setPerson(Long person) { this.person = person; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
}
