package nl.publieksacademie.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import nl.publieksacademie.platform.NotFound;

/** Backing bean of {@code /hr/team.xhtml}: a team's members with their levels (audited). */
@Named
@RequestScoped
public class TeamPage {

    @Inject
    People people;

    @Inject
    SecurityContext security;

    private Long team;
    private String competency;
    private People.TeamView view;

    public void load() {
        view = people.team(team == null ? -1 : team, security.getCallerPrincipal().getName(), "report.team",
                null);
    }

    /** The team shown; a team id that is no number (the view action did not run) is a team not found. */
    public People.TeamView getView() {
        if (view == null && !FacesContext.getCurrentInstance().isPostback()) {
            throw new NotFound("team");
        }
        return view;
    }
    public Long getTeam() { return team; }
    public void setTeam(Long team) { this.team = team; }
    public String getCompetency() { return competency; }
    public void setCompetency(String competency) { this.competency = competency; }
}
