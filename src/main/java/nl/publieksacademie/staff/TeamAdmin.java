package nl.publieksacademie.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.InvalidInput;

/** Backing bean of {@code /admin/teams.xhtml} (admin): teams and departments. */
@Named
@ViewScoped
public class TeamAdmin implements Serializable {

    @Inject
    Teams teams;

    @Inject
    FacesProblems problems;

    private List<Team> teamList;
    private Long editingId;
    private boolean editing;
    private String name;
    private String department;

    @PostConstruct
    void load() {
        teamList = teams.all();
    }

    public void startNew() {
        editingId = null;
        name = department = null;
        editing = true;
    }

    public void edit(long id) {
        Team team = teams.find(id).orElseThrow();
        editingId = id;
        name = team.getName();
        department = team.getDepartment();
        editing = true;
    }

    public void save() {
        try {
            Team team = editingId == null ? teams.create(name, department) : teams.update(editingId, name, department);
            problems.info("team.saved", team.getName());
            editing = false;
            teamList = teams.all();
        } catch (InvalidInput invalid) {
            problems.show(invalid, "teamForm");
        }
    }

    public void cancel() {
        editing = false;
    }

    public List<Team> getTeams() { return teamList; }
    public boolean isEditing() { return editing; }
    public boolean isNew() { return editingId == null; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDepartment() { return department; }
    public void setDepartment(String department) { this.department = department; }
}
