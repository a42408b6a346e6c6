package nl.publieksacademie.scenarios.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.staff.MyAccount;

/** Backing bean of {@code /learner/debrief.xhtml}: the debrief of one of the learner's own finished attempts. */
@Named
@RequestScoped
public class AttemptDebrief {

    @Inject
    Attempts attempts;

    @Inject
    MyAccount account;

    private Long attempt;
    private DebriefView view;

    /** The page's view action; an attempt still running is continued instead. */
    public void load() throws IOException {
        if (attempt == null) {
            throw new NotFound("attempt");
        }
        Attempts.Whereabouts where = attempts.whereabouts(account.getMe(), attempt);
        if (!where.finished()) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/learner/play.xhtml?scenario=" + where.scenario());
            return;
        }
        view = attempts.debrief(account.getMe(), attempt);
    }

    /** "Opnieuw spelen": a new attempt at the same scenario. */
    public void again() throws IOException {
        DebriefView shown = attempts.debrief(account.getMe(), attempt);
        attempts.restart(account.getMe(), shown.scenario());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + "/learner/play.xhtml?scenario=" + shown.scenario());
    }

    /**
     * The debrief shown. When the page's view action did not run because the address's attempt is no number, the
     * page is not found rather than rendered empty (or as a crash).
     */
    public DebriefView getView() {
        if (view == null && !FacesContext.getCurrentInstance().isPostback()) {
            throw new NotFound("attempt");
        }
        return view;
    }
    public Long getAttempt() { return attempt; }
    public void setAttempt(Long attempt) { this.attempt = attempt; }
}
