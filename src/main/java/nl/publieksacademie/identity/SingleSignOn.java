package nl.publieksacademie.identity;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.AuthenticationErrorResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.AuthenticationResponse;
import com.nimbusds.openid.connect.sdk.AuthenticationResponseParser;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.Authentication;
import nl.publieksacademie.platform.ExternalSignIn;

/**
 * The OpenID Connect authorization code flow with PKCE, state and nonce: {@code /sso/start/<provider>?next=<path>}
 * sends the browser to the provider; the provider sends it back to {@code /sso/callback/<provider>}, where the code
 * is exchanged (client secret and PKCE verifier), the ID token checked by Nimbus (signature, issuer, audience, expiry,
 * nonce), the person's account brought up to date and the session started as for a local sign-in. Anything wrong ends
 * on our error page with a sentence saying what, and in the audit log; never a stack trace.
 *
 * <p>The callback address is built from the address the browser used: the provider accepts only the addresses
 * registered with it, which is what keeps a forged Host header from receiving a code.
 */
@WebServlet(urlPatterns = "/sso/*")
public class SingleSignOn extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(SingleSignOn.class.getName());

    /** Session attribute: the sign-in under way (state, nonce, verifier), checked once at the callback. */
    static final String PENDING = "pa.oidc.pending";
    /** Request attribute read by the error pages: the message key of why sign-in through a provider failed. */
    public static final String REFUSED = "pa.signInRefused";

    record Pending(String provider, String state, String nonce, String verifier, String next) implements Serializable {}

    @Inject
    IdentityProviders providers;

    @Inject
    ExternalAccounts accounts;

    @Inject
    SecurityContext security;

    @Inject
    AuditLog audit;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String[] parts = path.split("/");
        Optional<ProviderSettings> provider = parts.length == 3 ? providers.byId(parts[2]) : Optional.empty();
        if (provider.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try {
            switch (parts[1]) {
                case "start" -> start(provider.get(), request, response);
                case "callback" -> callback(provider.get(), request, response);
                default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Identity provider " + provider.get().id() + " unreachable: " + e.getMessage());
            refuse(request, response, provider.get(), "sso.refused.unreachable", e.getMessage(),
                    HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private void start(ProviderSettings provider, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        IdentityProviders.Connected connected = providers.connect(provider);
        State state = new State();
        Nonce nonce = new Nonce();
        CodeVerifier verifier = new CodeVerifier();
        URI authorize = new AuthenticationRequest.Builder(ResponseType.CODE, new Scope(provider.scopes().toArray(String[]::new)),
                new ClientID(provider.clientId()), callback(request, provider))
                .endpointURI(connected.metadata().getAuthorizationEndpointURI())
                .state(state)
                .nonce(nonce)
                .codeChallenge(verifier, CodeChallengeMethod.S256)
                .build()
                .toURI();
        request.getSession(true).setAttribute(PENDING, new Pending(provider.id(), state.getValue(), nonce.getValue(),
                verifier.getValue(), safeNext(request.getParameter("next"))));
        response.sendRedirect(authorize.toString());
    }

    private void callback(ProviderSettings provider, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        HttpSession session = request.getSession(false);
        Pending pending = session == null ? null : (Pending) session.getAttribute(PENDING);
        if (session != null) {
            session.removeAttribute(PENDING);
        }
        AuthenticationResponse answer;
        try {
            answer = AuthenticationResponseParser.parse(URI.create(request.getRequestURL() + "?"
                    + Optional.ofNullable(request.getQueryString()).orElse("")));
        } catch (ParseException | IllegalArgumentException e) {
            refuse(request, response, provider, "sso.refused.answer", "unreadable answer: " + e.getMessage(),
                    HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (pending == null || !pending.provider().equals(provider.id()) || answer.getState() == null
                || !answer.getState().getValue().equals(pending.state())) {
            refuse(request, response, provider, "sso.refused.state", "state does not match a sign-in of this session",
                    HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        if (answer instanceof AuthenticationErrorResponse error) {
            refuse(request, response, provider, "sso.refused.provider", "provider answered "
                    + error.getErrorObject().getCode(), HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AuthorizationCode code = answer.toSuccessResponse().getAuthorizationCode();
        if (code == null) {
            refuse(request, response, provider, "sso.refused.answer", "no authorization code",
                    HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        IdentityProviders.Connected connected = providers.connect(provider);
        TokenRequest exchange = new TokenRequest(connected.metadata().getTokenEndpointURI(),
                new ClientSecretBasic(new ClientID(provider.clientId()), new Secret(provider.clientSecret())),
                new AuthorizationCodeGrant(code, callback(request, provider), new CodeVerifier(pending.verifier())));
        JWT idToken;
        IDTokenClaimsSet claims;
        try {
            HTTPRequest http = exchange.toHTTPRequest();
            http.setConnectTimeout(IdentityProviders.TIMEOUT_MILLIS);
            http.setReadTimeout(IdentityProviders.TIMEOUT_MILLIS);
            TokenResponse tokens = OIDCTokenResponseParser.parse(http.send());
            if (!tokens.indicatesSuccess()) {
                refuse(request, response, provider, "sso.refused.provider", "token endpoint answered "
                        + tokens.toErrorResponse().getErrorObject().getCode(), HttpServletResponse.SC_FORBIDDEN);
                return;
            }
            idToken = ((OIDCTokenResponse) tokens.toSuccessResponse()).getOIDCTokens().getIDToken();
            claims = connected.idTokens().validate(idToken, new Nonce(pending.nonce()));
        } catch (ParseException | BadJOSEException | JOSEException | ClassCastException e) {
            refuse(request, response, provider, "sso.refused.token", "ID token refused: " + e.getMessage(),
                    HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        ExternalAccounts.Person person = new ExternalAccounts.Person(claims.getSubject().getValue(),
                claims.getStringClaim(provider.usernameClaim()), claims.getStringClaim(provider.emailClaim()),
                claims.getStringClaim(provider.nameClaim()), groups(claims.getClaim(provider.groupsClaim())));
        ExternalAccounts.Outcome outcome = accounts.signIn(provider, person);
        if (outcome.refusal() != null) {
            refuse(request, response, provider, outcome.refusal().messageKey(), person.username() + ": "
                    + outcome.refusal().name().toLowerCase(), HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        AuthenticationStatus status = security.authenticate(request, response, withParams()
                .credential(new ExternalSignIn(outcome.member().getId(), provider.id(), idToken.serialize()))
                .newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            refuse(request, response, provider, "sso.refused.noRole", person.username() + ": account cannot sign in",
                    HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.sendRedirect(request.getContextPath() + pending.next());
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, ProviderSettings provider,
            String messageKey, String detail, int status) throws IOException {
        audit.record(null, AuditLog.SIGN_IN_FAILED, null, "through " + provider.id() + ": " + detail + " from "
                + request.getRemoteAddr());
        request.setAttribute(REFUSED, messageKey);
        response.sendError(status);
    }

    static Collection<String> groups(Object claim) {
        if (claim instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).map(g -> g.startsWith("/") ? g.substring(1) : g).toList();
        }
        return claim == null ? List.of() : List.of(String.valueOf(claim));
    }

    private static URI callback(HttpServletRequest request, ProviderSettings provider) {
        return URI.create(base(request) + "/sso/callback/" + provider.id());
    }

    /** This application's address as the browser used it. */
    static String base(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        int path = url.indexOf('/', url.indexOf("//") + 2);
        return (path < 0 ? url : url.substring(0, path)) + request.getContextPath();
    }

    /** Only a local path may be where the person lands, never another site. */
    static String safeNext(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")
                || next.startsWith(Authentication.LOGIN_PAGE)) {
            return "/index.xhtml";
        }
        return next;
    }
}
