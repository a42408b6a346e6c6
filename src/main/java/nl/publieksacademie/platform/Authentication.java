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
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.OptionalLong;
import java.util.Set;
import nl.publieksacademie.staff.StaffMember;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import nl.publieksacademie.identity.IdentityProviders;
import org.eclipse.microprofile.config.inject.ConfigProperty;

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
    static final String ACCOUNT = "pa.account";
    /** Session attribute: the provider and ID token of a sign-in through an identity provider, for signing out. */
    public static final String PROVIDER_SESSION = "pa.providerSession";
    /** Request attribute: a correct local password of a non-admin while local sign-in is for admins only. */
    public static final String LOCAL_OFF = "pa.localSignInOff";

    /** The provider and ID token that a session signed in with. */
    public record ProviderSession(String provider, String idToken) implements java.io.Serializable {}

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInThrottle throttle;

    @Inject
    AuditLog audit;

    @Inject
    AccountStamps stamps;

    @Inject
    ClientAddress clientAddress;

    @PersistenceContext
    EntityManager em;

    @Inject
    IdentityProviders providers;

    @Inject
    Messages messages;

    /** {@code all} (default) or {@code admins-only}: local passwords for everyone, or only for admins (break-glass). */
    @Inject
    @ConfigProperty(name = "pa.local-login", defaultValue = "all")
    String localLogin;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof UsernamePasswordCredential login) {
            return signIn(login, request, context);
        }
        if (credential instanceof ExternalSignIn external) {
            return signIn(external, request, context);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(CALLER) != null) {
            AuthenticationStatus kept = fromSession(session, request, context);
            if (kept != null) {
                return kept;
            }
        }
        if (isApi(request)) {
            String header = request.getHeader("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return bearer(header.substring(7).trim(), request, response, context);
            }
            return basic(request, response, context);
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response);
        }
        return context.doNothing();
    }

    /**
     * The caller kept in the session, as their account stands now: the session's security stamp is compared with
     * the account's (in memory, see {@link AccountStamps}); when they differ the account is read again. Deactivated,
     * without roles or with a new password: the session ends (null: go on as a visitor). Otherwise the new roles
     * apply from this request on.
     */
    private AuthenticationStatus fromSession(HttpSession session, HttpServletRequest request, HttpMessageContext context) {
        try {
            if (session.getAttribute(ACCOUNT) instanceof SessionAccount account
                    && session.getAttribute(CALLER) instanceof String caller
                    && session.getAttribute(GROUPS) instanceof Set<?> groups) {
                OptionalLong stamp = stamps.current(account.staffId());
                if (stamp.isPresent() && stamp.getAsLong() == account.stamp()) {
                    Set<String> names = new HashSet<>();
                    groups.forEach(g -> names.add((String) g));
                    return context.notifyContainerAboutLogin(caller, names);
                }
                StaffMember member = em.find(StaffMember.class, account.staffId());
                if (member != null && member.canSignIn() && account.samePassword(member)) {
                    keep(session, member.getUsername(), member.getRoles(), SessionAccount.of(member));
                    return context.notifyContainerAboutLogin(member.getUsername(), new HashSet<>(member.getRoles()));
                }
                audit.record(caller, AuditLog.SIGN_OUT, null, "account changed, from " + clientAddress.of(request));
            }
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // a concurrent request of the same session ended it first
        }
        return null;
    }

    /**
     * The id of the account signed in with this request's session, as {@link #validateRequest} confirmed it for this
     * request (its stamp matched, or the session was renewed): the caller without a database query.
     */
    public static java.util.Optional<Long> staffId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ACCOUNT) instanceof SessionAccount account
                ? java.util.Optional.of(account.staffId()) : java.util.Optional.empty();
    }

    /**
     * After the signed-in person changed their own account (an admin who sets their own password or roles), their
     * own session goes on as the account now stands; their other sessions end or renew as usual.
     */
    public static void renew(HttpServletRequest request, StaffMember member) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ACCOUNT) instanceof SessionAccount account
                && account.staffId() == member.getId()) {
            keep(session, member.getUsername(), member.getRoles(), SessionAccount.of(member));
        }
    }

    private static void keep(HttpSession session, String caller, Set<String> roles, SessionAccount account) {
        session.setAttribute(CALLER, caller);
        session.setAttribute(GROUPS, new HashSet<>(roles));
        session.setAttribute(ACCOUNT, account);
    }

    private AuthenticationStatus signIn(
            UsernamePasswordCredential login, HttpServletRequest request, HttpMessageContext context) {
        String name = login.getCaller() == null ? "" : login.getCaller().trim();
        if (name.isEmpty()) {
            request.setAttribute(FAILURE, Boolean.TRUE);
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInThrottle.Attempt attempt = throttle.attempt(name, clientAddress.of(request));
        long wait = throttle.secondsToWait(attempt);
        if (wait > 0) {
            request.setAttribute(WAIT_SECONDS, wait);
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = identityStores.validate(login);
        if (result.getStatus() != CredentialValidationResult.Status.VALID
                || !(result.getCallerPrincipal() instanceof StaffPrincipal principal)) {
            throttle.failed(attempt);
            request.setAttribute(FAILURE, Boolean.TRUE);
            audit.record(name, AuditLog.SIGN_IN_FAILED, name, remote(request));
            return AuthenticationStatus.SEND_FAILURE;
        }
        if ("admins-only".equals(localLogin) && !result.getCallerGroups().contains(Roles.ADMIN)) {
            throttle.succeeded(attempt);
            request.setAttribute(LOCAL_OFF, Boolean.TRUE);
            audit.record(name, AuditLog.SIGN_IN_FAILED, name, "local sign-in is for admins only, " + remote(request));
            return AuthenticationStatus.SEND_FAILURE;
        }
        throttle.succeeded(attempt);
        audit.record(principal.getName(), AuditLog.SIGN_IN, null, remote(request));
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        keep(session, principal.getName(), result.getCallerGroups(), principal.account());
        return context.notifyContainerAboutLogin(result);
    }

    /** A sign-in that an identity provider vouched for: the account must be able to sign in as it stands now. */
    private AuthenticationStatus signIn(ExternalSignIn external, HttpServletRequest request, HttpMessageContext context) {
        StaffMember member = em.find(StaffMember.class, external.staffId());
        if (member == null || !member.canSignIn()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        audit.record(member.getUsername(), AuditLog.SIGN_IN, null, "through " + external.provider() + " "
                + remote(request));
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        keep(session, member.getUsername(), member.getRoles(), SessionAccount.of(member));
        session.setAttribute(PROVIDER_SESSION, new ProviderSession(external.provider(), external.idToken()));
        return context.notifyContainerAboutLogin(member.getUsername(), new HashSet<>(member.getRoles()));
    }

    /**
     * An API client with an access token of a configured identity provider (see
     * {@link IdentityProviders#verifyAccessToken}): no session, no cookie, so nothing another site could make a
     * browser send. A refused token answers 401 and is audited.
     */
    private AuthenticationStatus bearer(String token, HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String address = clientAddress.of(request);
        long wait = throttle.secondsToWaitForToken(address);
        if (wait > 0) {
            // refused tokens from this address are throttled like sign-ins: this one is not even looked at
            response.setHeader("Retry-After", Long.toString(wait));
            return refuseToken(request, response, context, 429, messages.format(
                    Language.preferred(java.util.Collections.list(request.getLocales())), "sso.tokenThrottled", wait));
        }
        IdentityProviders.Verdict verdict = providers.verifyAccessToken(token);
        if (!verdict.accepted()) {
            audit.record(null, AuditLog.TOKEN_REFUSED, null, verdict.refusal() + " " + remote(request));
            throttle.tokenRefused(address);
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return refuseToken(request, response, context, HttpServletResponse.SC_UNAUTHORIZED, messages.text(
                    Language.preferred(java.util.Collections.list(request.getLocales())), "sso.tokenRefused"));
        }
        return context.notifyContainerAboutLogin(verdict.caller(), new HashSet<>(verdict.roles()));
    }

    private static AuthenticationStatus refuseToken(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, int status, String text) {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        try {
            response.getWriter().write(jakarta.json.Json.createObjectBuilder().add("errors",
                    jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                            .add("message", text))).build().toString());
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
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

    private String remote(HttpServletRequest request) {
        return "from " + clientAddress.of(request);
    }
}
