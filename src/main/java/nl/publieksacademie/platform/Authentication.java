package nl.publieksacademie.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.HashSet;
import java.util.Set;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * One mechanism for pages and REST. Pages: the own login page authenticates through
 * {@code SecurityContext.authenticate}; a protected page without a session redirects there and back. REST under
 * {@code /api}: HTTP Basic against the same identity store. Either way the caller and their groups are kept in the
 * session, so the costly password hash runs once per sign-in, never per request.
 *
 * <p>Why not {@code @AutoApplySession}: Payara 6.2025.10 hands the groups of a session-registered caller over
 * through state shared between threads, so under concurrent load a signed-in learner now and then got 403 (Payara
 * FISH-7515, fixed after the last 6.x release on Maven Central). Re-applying the caller with the groups kept in the
 * session avoids that path; the player's load driver showed the 403s and shows them gone.
 */
@ApplicationScoped
public class Authentication implements HttpAuthenticationMechanism {

    /** Request attribute telling the login page why a sign-in failed. */
    public static final String FAILURE = "pa.signInFailure";
    public static final String WAIT_SECONDS = "pa.signInWait";
    public static final String LOGIN_PAGE = "/login.xhtml";
    static final String CALLER = "pa.caller";
    static final String GROUPS = "pa.callerGroups";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return signIn(login, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) instanceof String caller
                && session.getAttribute(GROUPS) instanceof Set<?> groups) {
            Set<String> names = new HashSet<>();
            groups.forEach(g -> names.add((String) g));
            return context.notifyContainerAboutLogin(caller, names);
        }
        if (isApi(request)) {
            return basic(request, response, context);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response);
        }
        return context.doNothing();
    }

    private AuthenticationStatus signIn(
            UsernamePasswordCredential login, HttpServletRequest request, HttpMessageContext context) {
        String name = login.getCaller() == null ? "" : login.getCaller().trim();
        long wait = name.isEmpty() ? 0 : throttle.secondsToWait(name);
        if (wait > 0) {
            request.setAttribute(WAIT_SECONDS, wait);
            audit.record(name, AuditLog.SIGN_IN_FAILED, name, "throttled");
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            throttle.failed(name);
            request.setAttribute(FAILURE, Boolean.TRUE);
            audit.record(name, AuditLog.SIGN_IN_FAILED, name, remote(request));
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(name);
        audit.record(result.getCallerPrincipal().getName(), AuditLog.SIGN_IN, null, remote(request));
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        session.setAttribute(CALLER, result.getCallerPrincipal().getName());
        session.setAttribute(GROUPS, new HashSet<>(result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private AuthenticationStatus basic(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return challenge(response, context);
            }
            int colon = decoded.indexOf(':');
            if (colon > 0) {
                var login = new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
                AuthenticationStatus status = signIn(login, request, context);
                if (status == AuthenticationStatus.SUCCESS) {
                    return status;
                }
            }
            return challenge(response, context);
        }
        return context.isProtected() ? challenge(response, context) : context.doNothing();
    }

    private AuthenticationStatus challenge(HttpServletResponse response, HttpMessageContext context) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"PublieksAcademie\", charset=\"UTF-8\"");
        return context.responseUnauthorized();
    }

    private AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null && "GET".equals(request.getMethod())) {
            target += "?" + request.getQueryString();
        }
        String login = request.getContextPath() + LOGIN_PAGE + "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // an Ajax postback after the session expired: Faces' script follows a redirect in a partial response
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + login.replace("&", "&amp;") + "\"/></partial-response>");
            } else {
                response.sendRedirect(login);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot redirect to the login page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static String remote(HttpServletRequest request) {
        return "from " + request.getRemoteAddr();
    }
}
