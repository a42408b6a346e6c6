package nl.publieksacademie.platform;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** Signs the current user out: ends the session and returns to the login page. */
@Named
@RequestScoped
public class SignOut {

    @Inject
    AuditLog audit;

    @Inject
    Messages messages;

    @Inject
    nl.publieksacademie.identity.IdentityProviders providers;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        var request = (HttpServletRequest) external.getRequest();
        if (request.getUserPrincipal() != null) {
            audit.record(request.getUserPrincipal().getName(), AuditLog.SIGN_OUT, null, null);
        }
        var session = request.getSession(false);
        Object provider = session == null ? null : session.getAttribute(Authentication.PROVIDER_SESSION);
        request.logout();
        external.invalidateSession();
        if (provider instanceof Authentication.ProviderSession signedIn) {
            // RP-initiated logout: the provider ends its session too and sends the browser back to our login page
            var atProvider = providers.logout(request, signedIn.provider(), signedIn.idToken());
            if (atProvider.isPresent()) {
                // not a redirect: the page's Content-Security-Policy (form-action 'self') stops a form post from
                // being redirected to another site; a page that moves on by itself is a new navigation
                String to = atProvider.get().toString().replace("&", "&amp;").replace("\"", "&quot;");
                external.setResponseContentType("text/html");
                external.setResponseCharacterEncoding("UTF-8");
                external.getResponseOutputWriter().write("<!DOCTYPE html><html><head><meta charset=\"UTF-8\">"
                        + "<meta http-equiv=\"refresh\" content=\"0;url=" + to + "\"><title>"
                        + messages.text("sso.signingOut") + "</title></head><body><p><a href=\"" + to + "\">"
                        + messages.text("sso.signingOut") + "</a></p></body></html>");
                FacesContext.getCurrentInstance().responseComplete();
                return;
            }
        }
        external.redirect(external.getRequestContextPath() + Authentication.LOGIN_PAGE + "?signedOut=true");
    }
}
