package nl.publieksacademie.platform;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Messages that survive a redirect (post/redirect/get), kept in the session until the next page renders them. Not
 * Mojarra's flash: its cookie is encrypted with a key each node makes up at start, so in a cluster a page served by
 * the other node could not read it, logged JSF1094 and answered 500 (a null pointer in {@code ELFlash}); and its
 * spent entries stayed in the session until a sweep every 5,000 flashes.
 */
public class Notices implements PhaseListener {

    static final String KEY = "pa.notices";

    /** One message as the page showed it: for a field ({@code clientId}) or for the page (null). */
    record Notice(String clientId, int severity, String summary, String detail) implements Serializable {}

    /** Keeps this request's messages for the page the redirect leads to. */
    public static void keepForRedirect(FacesContext context) {
        List<Notice> kept = new ArrayList<>();
        for (Iterator<String> ids = context.getClientIdsWithMessages(); ids.hasNext(); ) {
            String id = ids.next();
            for (Iterator<FacesMessage> messages = context.getMessages(id); messages.hasNext(); ) {
                FacesMessage m = messages.next();
                kept.add(new Notice(id, m.getSeverity().getOrdinal(), m.getSummary(), m.getDetail()));
            }
        }
        if (!kept.isEmpty()) {
            context.getExternalContext().getSessionMap().put(KEY, kept);
        }
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        if (session.remove(KEY) instanceof List<?> kept) {
            for (Object o : kept) {
                if (o instanceof Notice n) {
                    context.addMessage(n.clientId(), new FacesMessage(severity(n.severity()), n.summary(), n.detail()));
                }
            }
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: the messages were handed to the page before it rendered
    }

    private static FacesMessage.Severity severity(int ordinal) {
        for (Object s : FacesMessage.VALUES) {
            if (s instanceof FacesMessage.Severity severity && severity.getOrdinal() == ordinal) {
                return severity;
            }
        }
        return FacesMessage.SEVERITY_INFO;
    }
}
