package nl.publieksacademie.platform;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A postback must carry the script nonce of the page it came from (PrimeFaces' script puts it in every form);
 * together with the unguessable server-side view state it is the page's CSRF token. PrimeFaces compares it only
 * when it renders the answer, after the action has run (a sign-out without it signed out); this compares it right
 * after the view is restored, before any value is applied or any action runs, and answers 403 with our error page.
 */
public class PostbackNonce implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(PostbackNonce.class.getName());

    /** PrimeFaces' name for the nonce, both as request parameter and in the view map. */
    static final String NONCE = "primefaces.nonce";

    /** Request attribute telling the error page why the request was refused. */
    public static final String REFUSED = "pa.postbackRefused";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing to check before the view exists
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() == null || faces.getResponseComplete() || !faces.isPostback()) {
            return;
        }
        if (faces.getExceptionHandler().getUnhandledExceptionQueuedEvents().iterator().hasNext()) {
            return; // the view could not be restored (a forged or expired view state): PageErrors answers that, 400
        }
        ExternalContext external = faces.getExternalContext();
        if (!"true".equalsIgnoreCase(external.getInitParameter("primefaces.CSP"))) {
            return;
        }
        Map<String, Object> view = faces.getViewRoot().getViewMap(false);
        Object expected = view == null ? null : view.get(NONCE);
        String sent = external.getRequestParameterMap().get(NONCE);
        if (expected instanceof String nonce && sent != null
                && MessageDigest.isEqual(nonce.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            return;
        }
        LOG.info(() -> "Refused a postback to " + faces.getViewRoot().getViewId()
                + (sent == null ? " without" : " with another page's") + " script nonce");
        external.getRequestMap().put(REFUSED, Boolean.TRUE);
        try {
            external.responseSendError(HttpServletResponse.SC_FORBIDDEN, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
