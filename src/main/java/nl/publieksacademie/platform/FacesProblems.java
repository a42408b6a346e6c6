package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;

/** Shows refused input on the page: each problem beside its field, or at the top when it has no field on the form. */
@ApplicationScoped
public class FacesProblems {

    @Inject
    Messages messages;

    public void show(InvalidInput invalid, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Problem problem : invalid.problems()) {
            String text = messages.format(problem.key(), problem.arguments().toArray());
            String clientId = problem.field() == null ? null : formId + ":" + problem.field();
            if (clientId != null && faces.getViewRoot().findComponent(":" + clientId) == null) {
                clientId = null;
            }
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
        }
        faces.validationFailed();
    }

    public void error(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, messages.format(key, arguments), null));
    }

    public void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, messages.format(key, arguments), null));
    }
}
