package nl.publieksacademie.scenarios.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.publieksacademie.platform.FacesProblems;
import nl.publieksacademie.platform.NotFound;
import nl.publieksacademie.platform.Authentication;
import nl.publieksacademie.platform.Notices;

/**
 * Backing bean of {@code /learner/play.xhtml}, post/redirect/get: the page is always a GET of
 * {@code play.xhtml?scenario=…&attempt=…} showing the conversation so far and the current turn; a choice is a POST
 * of the step number the page showed, answered with a redirect to that GET (or, at an ending, to the debrief).
 * So Back and refresh only ever repeat a GET, and a finished attempt's page always leads to its debrief. A POST of
 * a step the attempt has moved past (an older tab, a double click, a page from the history) is refused by the
 * attempt and the learner is told so, on the page of where the attempt stands.
 */
@Named
@ViewScoped
public class ScenarioPlayer implements Serializable {

    /** The request parameter a choice button sends, named after the form's command button. */
    static final String CHOICE = "choose:take";

    @Inject
    Attempts attempts;

    @Inject
    FacesProblems problems;

    private String scenario;
    private String attempt;
    // What the page shows is read from the database at each GET and needed only to render it: a choice posts the
    // attempt (above) and the step. Kept out of the session a cluster serializes after every request (with it, the
    // player's views made up a quarter of a learner's session), and null after another node took the session over.
    private transient PlayView view;
    private transient List<PlayView.Turn> thread = List.of();
    private transient String channel;
    private transient Long me;

    /**
     * The page's view action: without an attempt in the address, start or resume the learner's attempt and go to
     * its address; with one, show it (or its debrief when it is finished).
     */
    public void load() throws IOException {
        if (scenario == null || scenario.isBlank()) {
            throw new NotFound("scenario");
        }
        var me = me();
        if (attempt == null || attempt.isBlank()) {
            view = Attempts.retried(() -> attempts.resume(me, scenario).orElseGet(() -> attempts.start(me, scenario)));
            redirect(view);
            return;
        }
        long id = id(attempt);
        Attempts.Turn turn = TurnHandover.take(FacesContext.getCurrentInstance().getExternalContext(), id)
                .orElseGet(() -> attempts.turn(me, id));
        view = turn.view();
        if (!view.scenario().equals(scenario)) {
            throw new NotFound("attempt", id);
        }
        if (view.finished()) {
            redirect(view);
            return;
        }
        thread = PlayView.thread(view.setting(), turn.transcript());
        channel = view.channel(thread);
    }

    /** Takes the choice the pressed button names, as the answer to the step number the page showed. */
    public void choose() throws IOException {
        var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        int step = parse(params.get("step"));
        String choice = params.get(CHOICE);
        long id = id(attempt);
        try {
            if (choice == null || choice.isBlank()) {
                throw new StaleStep(attempts.current(me(), id));
            }
            Attempts.Turn next = Attempts.retried(() -> attempts.stepToTurn(me(), id, step, choice));
            view = next.view();
            TurnHandover.keep(FacesContext.getCurrentInstance().getExternalContext(), next);
        } catch (StaleStep stale) {
            view = stale.current();
            problems.info("player.stale");
        } catch (RuntimeException e) {
            if (!Attempts.refused(e)) {
                throw e;
            }
            view = attempts.current(me(), id);
            problems.info("player.stale");
        }
        redirect(view);
    }

    /** To the page of {@code shown}: its debrief when finished, else its turn. Messages survive the redirect. */
    private void redirect(PlayView shown) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Notices.keepForRedirect(FacesContext.getCurrentInstance());
        String base = external.getRequestContextPath();
        external.redirect(shown.finished()
                ? base + "/learner/debrief.xhtml?attempt=" + shown.attempt()
                : base + "/learner/play.xhtml?scenario=" + URLEncoder.encode(shown.scenario(), StandardCharsets.UTF_8)
                        + "&attempt=" + shown.attempt());
    }

    /** The signed-in learner's account id, as the session holds it: no query. */
    private long me() {
        if (me == null) {
            me = Authentication.staffId((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                    .getRequest()).orElseThrow(() -> new NotFound("staff member"));
        }
        return me;
    }

    private static long id(String attempt) {
        try {
            return Long.parseLong(attempt.trim());
        } catch (NumberFormatException e) {
            throw new NotFound("attempt");
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
    /** The conversation so far, each exchange with its channel. */
    public List<PlayView.Turn> getTranscript() { return thread; }
    /** The channel of the current turn: the scenario's setting, or the last one a node switched to. */
    public String getChannel() { return channel; }
    /** Whether the current turn is in another channel than the exchange before it: a divider precedes it. */
    public boolean isSwitched() {
        if (view == null) {
            return false; // a postback on a node that took the session over: only the choice matters
        }
        String before = thread.isEmpty() ? view.setting() : thread.get(thread.size() - 1).channel();
        return !before.equals(channel);
    }
    /** Whether the current turn is written (chat, e-mail): a message thread with typed replies. */
    public boolean isWritten() { return PlayView.isWritten(channel); }
    public String getScenario() { return scenario; }
    public void setScenario(String scenario) { this.scenario = scenario; }
    public String getAttempt() { return attempt; }
    public void setAttempt(String attempt) { this.attempt = attempt; }
}
