package nl.publieksacademie.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.openid.connect.sdk.LogoutRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.publieksacademie.platform.Authentication;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.MalformedURLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;

/**
 * The configured identity providers and, per provider, what its discovery document says (endpoints, key set) with
 * the Nimbus validators built on it. A provider is contacted on its first use, not at start-up, so an unreachable
 * provider never stops the academy (local sign-in goes on); a failed discovery is tried again on the next use.
 */
@ApplicationScoped
public class IdentityProviders {

    static final int TIMEOUT_MILLIS = 5_000;
    private static final Logger LOG = Logger.getLogger(IdentityProviders.class.getName());

    /** What the academy learned from one provider. */
    public record Connected(ProviderSettings settings, OIDCProviderMetadata metadata, IDTokenValidator idTokens,
            DefaultJWTProcessor<SecurityContext> accessTokens) {}

    @Inject
    Config config;

    private volatile List<ProviderSettings> settings;
    private final Map<String, Connected> connected = new ConcurrentHashMap<>();

    public List<ProviderSettings> all() {
        List<ProviderSettings> known = settings;
        if (known == null) {
            Function<String, Optional<String>> value = key -> config.getOptionalValue(key, String.class);
            known = ProviderSettings.read(value, config.getPropertyNames());
            settings = known;
        }
        return known;
    }

    public Optional<ProviderSettings> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public boolean any() {
        return !all().isEmpty();
    }

    /** The provider as its discovery document describes it; fetched once. */
    public Connected connect(ProviderSettings provider) throws IOException {
        Connected known = connected.get(provider.id());
        if (known != null) {
            return known;
        }
        OIDCProviderMetadata metadata;
        try {
            metadata = OIDCProviderMetadata.resolve(new Issuer(provider.issuer()), TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        } catch (GeneralException e) {
            throw new IOException("Discovery of " + provider.issuer() + " failed: " + e.getMessage(), e);
        }
        var retriever = new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS);
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(metadata.getJWKSetURI().toURL(), retriever).build();
        } catch (MalformedURLException e) {
            throw new IOException("The key set address of " + provider.issuer() + " is not a URL", e);
        }
        Set<JWSAlgorithm> algorithms = new HashSet<>(Optional.ofNullable(metadata.getIDTokenJWSAlgs())
                .orElse(List.of(JWSAlgorithm.RS256)));
        algorithms.removeIf(a -> a.getName().equals("none") || a.getName().startsWith("HS"));
        var idTokens = new IDTokenValidator(metadata.getIssuer(), new ClientID(provider.clientId()),
                new JWSVerificationKeySelector<>(algorithms, keys), null);
        idTokens.setMaxClockSkew(provider.clockSkewSeconds());
        var accessTokens = new DefaultJWTProcessor<SecurityContext>();
        accessTokens.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        // mutable sets: the verifier asks them whether they contain null, which Set.of answers with an exception
        var claims = new DefaultJWTClaimsVerifier<SecurityContext>(new HashSet<>(List.of(provider.audience())),
                new JWTClaimsSet.Builder().issuer(metadata.getIssuer().getValue()).build(),
                new HashSet<>(List.of("sub", "exp", "iat", "azp")), new HashSet<>());
        claims.setMaxClockSkew(provider.clockSkewSeconds());
        accessTokens.setJWTClaimsSetVerifier(claims);
        known = new Connected(provider, metadata, idTokens, accessTokens);
        connected.put(provider.id(), known);
        return known;
    }

    /**
     * Where the provider ends its own session after ours ended: its end-session address with the ID token as hint
     * and our login page to come back to; empty when the provider has no such address or cannot be reached.
     */
    public Optional<URI> logout(HttpServletRequest request, String providerId, String idToken) {
        try {
            Optional<ProviderSettings> provider = byId(providerId);
            if (provider.isEmpty()) {
                return Optional.empty();
            }
            URI endSession = connect(provider.get()).metadata().getEndSessionEndpointURI();
            if (endSession == null) {
                return Optional.empty();
            }
            URI back = URI.create(SingleSignOn.base(request) + Authentication.LOGIN_PAGE + "?signedOut=true");
            return Optional.of(new LogoutRequest(endSession, JWTParser.parse(idToken), back, null).toURI());
        } catch (IOException | java.text.ParseException e) {
            LOG.log(Level.WARNING, "No sign-out at identity provider " + providerId + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * An API client's access token from any configured provider: signature (the provider's published keys), issuer,
     * audience ({@code pa.oidc.<id>.api-audience}), expiry; then the client ({@code azp}) must be one configured under
     * {@code pa.oidc.<id>.api-clients.}. Empty with the reason when refused.
     */
    public Verdict verifyAccessToken(String token) {
        String reason = "no identity provider configured";
        for (ProviderSettings provider : all()) {
            if (provider.apiClients().isEmpty()) {
                continue;
            }
            JWTClaimsSet claims;
            try {
                claims = connect(provider).accessTokens().process(token, null);
            } catch (java.text.ParseException e) {
                return Verdict.refused("not a signed token");
            } catch (BadJOSEException | JOSEException e) {
                reason = provider.id() + ": " + e.getMessage();
                continue;
            } catch (IOException e) {
                reason = provider.id() + ": " + e.getMessage();
                continue;
            } catch (RuntimeException e) {
                // a token that trips the library is still a token refused, never a 500
                LOG.log(Level.WARNING, "Access token refused by " + provider.id() + ": " + e, e);
                reason = provider.id() + ": " + e;
                continue;
            }
            Object client = claims.getClaim("azp");
            Set<String> roles = client == null ? null : provider.apiClients().get(client.toString());
            if (roles == null || roles.isEmpty()) {
                return Verdict.refused(provider.id() + ": client " + client + " may not call the API");
            }
            return new Verdict(client + "@" + provider.id(), roles, null);
        }
        return Verdict.refused(reason);
    }

    /** An access token's caller (the client at its provider) and roles, or why it was refused. */
    public record Verdict(String caller, Set<String> roles, String refusal) {
        static Verdict refused(String reason) {
            return new Verdict(null, Set.of(), reason);
        }

        public boolean accepted() {
            return refusal == null;
        }

        @Override
        public String toString() {
            return accepted() ? caller + " " + roles.stream().collect(Collectors.joining(",")) : refusal;
        }
    }
}
