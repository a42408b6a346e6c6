package nl.publieksacademie.platform;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * Pages answer bad requests as such. Faces wraps what a bean throws (in an {@code ELException}, a
 * {@code FacesException}, a {@code ServletException}), so the container's error pages by exception type never see
 * it and answer 500. This handler looks through the wrapping: a thing that does not exist or is not the caller's
 * ({@link NotFound}) is our 404 page, a forged or expired view state or refused input ({@link InvalidInput}) our
 * 400 page, a database that stayed busy ({@link DatabaseBusy}) our 503 page with {@code Retry-After}; an Ajax
 * request is sent to that page. Each is logged on one line, without a stack trace; anything else is left to Faces
 * (500).
 */
public class PageErrors extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(PageErrors.class.getName());

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new PageErrors(getWrapped().getExceptionHandler());
        }
    }

    public PageErrors(ExceptionHandler wrapped) {
        super(wrapped);
    }

    /** The status a failure answers with, or 0 when it is not one of ours to answer. */
    static int status(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFound) {
                return 404;
            }
            if (t instanceof ViewExpiredException || t instanceof InvalidInput) {
                return 400;
            }
            if (t instanceof DatabaseBusy) {
                return 503;
            }
        }
        return 0;
    }

    @Override
    public void handle() throws FacesException {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (faces != null && events.hasNext()) {
            Throwable failure = events.next().getContext().getException();
            int status = status(failure);
            if (status == 0) {
                continue;
            }
            events.remove();
            if (!faces.getResponseComplete()) {
                answer(faces, status, failure);
            }
        }
        getWrapped().handle();
    }

    private static void answer(FacesContext faces, int status, Throwable failure) {
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        LOG.info(() -> "Answered " + status + " to " + request.getMethod() + " " + request.getRequestURI() + ": "
                + cause(failure));
        if (!external.isResponseCommitted()) {
            external.responseReset();
            try {
                if (faces.getPartialViewContext().isAjaxRequest()) {
                    // an Ajax answer must be a partial response: the browser is sent to the error page instead
                    external.redirect(external.getRequestContextPath() + "/error/" + status + ".xhtml");
                } else {
                    if (status == 503) {
                        external.setResponseHeader("Retry-After", String.valueOf(DatabaseBusy.RETRY_AFTER_SECONDS));
                    }
                    external.responseSendError(status, "status " + status);
                }
            } catch (IOException e) {
                LOG.info(() -> "Could not send the error page: " + e);
            }
        }
        faces.responseComplete();
    }

    /** The innermost message: what went wrong, without the wrappers around it. */
    private static String cause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t && status(t.getCause()) != 0) {
            t = t.getCause();
        }
        return oneLine(t);
    }

    /** A failure as one log line: its class and message, with control characters (a forged line break) replaced. */
    static String oneLine(Throwable t) {
        return (t.getClass().getSimpleName() + ": " + t.getMessage()).replaceAll("\\p{Cntrl}", "?");
    }
}
