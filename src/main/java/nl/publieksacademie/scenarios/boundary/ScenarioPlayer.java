package nl.publieksacademie.scenarios.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.staff.MyAccount;
import nl.publieksacademie.staff.StaffMember;

/**
 * Backing bean of {@code /learner/play.xhtml}. Every choice posts the step number the page showed and is answered
 * with the next turn in the same response (one request per choice). A refresh, the back button or a second tab
 * posts a step the attempt has moved past: the attempt refuses it and the page shows where the attempt stands. At
 * an ending the browser goes to the debrief.
 */
@Named
@ViewScoped
public class ScenarioPlayer implements Serializable {

    @Inject
    transient Attempts attempts;

    @Inject
    transient MyAccount account;

    @Inject
    transient FacesProblems problems;

    private String scenario;
    private PlayView view;
    private transient StaffMember me;

    /** The page's view action: start or resume the learner's attempt. */
    public void load() throws IOException {
        if (scenario == null || scenario.isBlank()) {
            throw new NotFound("scenario");
        }
        var me = me();
        view = Attempts.retried(() -> attempts.resume(me, scenario).orElseGet(() -> attempts.start(me, scenario)));
    }

    /** Takes a choice; the step number answered comes from the form, as the page showed it. */
    public void choose(String choice) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        int step = parse(external.getRequestParameterMap().get("step"));
        try {
            long attempt = view.attempt();
            view = Attempts.retried(() -> attempts.step(me(), attempt, step, choice));
        } catch (StaleStep stale) {
            view = stale.current();
            problems.info("player.stale");
        } catch (RuntimeException e) {
            if (!Attempts.refused(e)) {
                throw e;
            }
            view = attempts.current(me(), view.attempt());
            problems.info("player.stale");
        }
        if (view.finished()) {
            external.getFlash().setKeepMessages(true);
            external.redirect(external.getRequestContextPath() + "/learner/debrief.xhtml?attempt=" + view.attempt());
        }
    }

    /** The signed-in learner, looked up once per page. */
    private StaffMember me() {
        if (me == null) {
            me = account.getMe();
        }
        return me;
    }

    private static int parse(String step) {
        try {
            return step == null ? -1 : Integer.parseInt(step);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    public PlayView getView() { return view; }
    public String getScenario() { return scenario; }
    public void setScenario(String scenario) { this.scenario = scenario; }
}
