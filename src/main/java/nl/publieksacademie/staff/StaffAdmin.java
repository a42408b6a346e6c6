package nl.publieksacademie.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Roles;

/** Backing bean of {@code /admin/staff.xhtml} (admin): list, create, edit and deactivate staff members. */
@Named
@ViewScoped
public class StaffAdmin implements Serializable {

    @Inject
    Staff staff;

    @Inject
    Teams teams;

    @Inject
    FacesProblems problems;

    private List<StaffMember> members;
    private List<Team> teamList;
    private Long editingId;
    private boolean editing;

    private String fullName;
    private String email;
    private String username;
    private Long teamId;
    private String jobRole;
    private List<String> roles = new ArrayList<>();
    private boolean active = true;
    private String password;

    @PostConstruct
    void load() {
        members = staff.all();
        teamList = teams.all();
    }

    public void startNew() {
        editingId = null;
        fullName = email = username = jobRole = password = null;
        teamId = null;
        roles = new ArrayList<>(List.of(Roles.LEARNER));
        active = true;
        editing = true;
    }

    public void edit(long id) {
        StaffMember member = staff.find(id).orElseThrow();
        editingId = id;
        fullName = member.getFullName();
        email = member.getEmail();
        username = member.getUsername();
        teamId = member.getTeam() == null ? null : member.getTeam().getId();
        jobRole = member.getJobRole();
        roles = new ArrayList<>(member.getRoles());
        active = member.isActive();
        password = null;
        editing = true;
    }

    public void save() {
        var form = new StaffForm(fullName, email, username, teamId, jobRole, Set.copyOf(roles), active, password);
        try {
            StaffMember saved = editingId == null ? staff.create(form) : staff.update(editingId, form);
            problems.info(editingId == null ? "staff.created" : "staff.saved", saved.getFullName());
            editing = false;
            password = null;
            members = staff.all();
        } catch (InvalidInput invalid) {
            problems.show(invalid, "staffForm");
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<JobRole> getJobRoles() { return List.of(JobRole.values()); }
    public List<String> getSystemRoles() { return Roles.ALL; }
    public List<StaffMember> getMembers() { return members; }

    /** Reads the list again (after a change made elsewhere, such as a pseudonymization). */
    public void refresh() {
        members = staff.all();
    }
    public List<Team> getTeams() { return teamList; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return editingId == null; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public Long getTeamId() { return teamId; }
    public void setTeamId(Long teamId) { this.teamId = teamId; }
    public String getJobRole() { return jobRole; }
    public void setJobRole(String jobRole) { this.jobRole = jobRole; }
    public List<String> getRoles() { return roles; }
    public void setRoles(List<String> roles) { this.roles = roles; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
