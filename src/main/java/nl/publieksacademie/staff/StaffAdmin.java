package nl.publieksacademie.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.InvalidInput;
import nl.publieksacademie.platform.Roles;
import org.primefaces.PrimeFaces;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * Backing bean of {@code /admin/staff.xhtml} (admin): find staff members (search and filters, paged in the
 * database), and create, edit and deactivate them in a dialog.
 */
@Named
@ViewScoped
public class StaffAdmin implements Serializable {

    @Inject
    Staff staff;

    @Inject
    Teams teams;

    @Inject
    FacesProblems problems;

    @Inject
    StaffSearch search;

    private final Members members = new Members();
    private String text;
    private Long filterTeam;
    private String filterRole;
    private String filterStatus;
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
        teamList = teams.all();
    }

    /** The page of the list the table asks for, found by the database with the admin's search and filters. */
    public class Members extends LazyDataModel<StaffMember> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) search.count(query(null));
        }

        @Override
        public List<StaffMember> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy == null || sortBy.isEmpty() ? null : sortBy.values().iterator().next();
            return search.page(query(sort), first, pageSize);
        }

        @Override
        public String getRowKey(StaffMember member) {
            return String.valueOf(member.getId());
        }

        @Override
        public StaffMember getRowData(String key) {
            return staff.find(Long.parseLong(key)).orElse(null);
        }
    }

    private StaffSearch.Query query(SortMeta sort) {
        Boolean active = "active".equals(filterStatus) ? Boolean.TRUE
                : "inactive".equals(filterStatus) ? Boolean.FALSE : null;
        return new StaffSearch.Query(text, filterTeam, filterRole, active, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder() == SortOrder.DESCENDING);
    }

    /** A search or filter changed: show its first page. */
    public void filter() {
        var table = (org.primefaces.component.datatable.DataTable) jakarta.faces.context.FacesContext
                .getCurrentInstance().getViewRoot().findComponent("staffList:table");
        if (table != null) {
            table.setFirst(0);
        }
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
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
        } catch (InvalidInput invalid) {
            problems.show(invalid, "staffForm");
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<JobRole> getJobRoles() { return List.of(JobRole.values()); }
    public List<String> getSystemRoles() { return Roles.ALL; }
    public LazyDataModel<StaffMember> getMembers() { return members; }

    /** Reads the list again (after a change made elsewhere, such as a pseudonymization): the table reloads anyway. */
    public void refresh() {
        // the lazy model asks the database for every rendering
    }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Long getFilterTeam() { return filterTeam; }
    public void setFilterTeam(Long filterTeam) { this.filterTeam = filterTeam; }
    public String getFilterRole() { return filterRole; }
    public void setFilterRole(String filterRole) { this.filterRole = filterRole; }
    public String getFilterStatus() { return filterStatus; }
    public void setFilterStatus(String filterStatus) { this.filterStatus = filterStatus; }
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
