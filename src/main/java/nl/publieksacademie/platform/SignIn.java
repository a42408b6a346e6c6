package nl.publieksacademie.platform;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Backing bean of the login page (public). */
@Named
@RequestScoped
public class SignIn {

    @Inject
    SecurityContext security;

    @Inject
    Messages messages;

    private String username;
    private String password;
    private String next;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        var response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(new UsernamePasswordCredential(username, password)).newAuthentication(true));
        switch (status) {
            case SUCCESS -> {
                request.changeSessionId();
                external.redirect(external.getRequestContextPath() + safeNext());
            }
            case SEND_CONTINUE -> faces.responseComplete();
            default -> {
                Object wait = request.getAttribute(Authentication.WAIT_SECONDS);
                String text = wait != null
                        ? messages.format("login.throttled", wait)
                        : messages.text(request.getAttribute(Authentication.LOCAL_OFF) != null
                                ? "login.localOff" : "login.failed");
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            }
        }
    }

    /** Only a local path may be a redirect target, never another site. */
    String safeNext() {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(Authentication.LOGIN_PAGE)) {
            return "/index.xhtml";
        }
        return next;
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getNext() { return next; }
    public void setNext(String next) { this.next = next; }
}
