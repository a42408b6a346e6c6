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

/**
 * Backing bean of {@code /learner/play.xhtml}. Every choice posts the step number the page showed; the attempt
 * refuses a stale one, and the page then shows where the attempt stands. After each choice the browser is sent to
 * a fresh GET of the page (post-redirect-get), so a refresh never posts again; at an ending it goes to the debrief.
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

    /** The page's view action: start or resume the learner's attempt. */
    public void load() throws IOException {
        if (scenario == null || scenario.isBlank()) {
            throw new NotFound("scenario");
        }
        view = attempts.start(account.getMe(), scenario);
    }

    /** Takes a choice; the step number answered comes from the form, as the page showed it. */
    public void choose(String choice) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        int step = parse(external.getRequestParameterMap().get("step"));
        try {
            view = attempts.step(account.getMe(), view.attempt(), step, choice);
        } catch (StaleStep stale) {
            view = stale.current();
            problems.info("player.stale");
        }
        external.getFlash().setKeepMessages(true);
        if (view.finished()) {
            external.redirect(external.getRequestContextPath() + "/learner/debrief.xhtml?attempt=" + view.attempt());
        } else {
            external.redirect(external.getRequestContextPath() + "/learner/play.xhtml?scenario=" + view.scenario()
                    + "#turn");
        }
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
