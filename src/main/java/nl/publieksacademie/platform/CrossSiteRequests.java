package nl.publieksacademie.platform;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses every state-changing API call that a page on another site could make with the caller's session cookie
 * or remembered Basic credentials (CSRF), before any resource runs:
 * <ul>
 * <li>a browser's {@code Origin} other than this site's own, or {@code Sec-Fetch-Site} {@code cross-site} or
 * {@code same-site}, answers 403 (both absent: a client that is not a browser, which is allowed);</li>
 * <li>a body must be JSON, YAML or CSV: types an HTML form cannot send and a script on another site can only send
 * after a CORS preflight, which this API never grants. Form, multipart and text bodies, and a body without a type,
 * answer 415.</li>
 * </ul>
 * Reads ({@code GET}, {@code HEAD}, {@code OPTIONS}) change nothing and pass.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class CrossSiteRequests implements ContainerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> BODY_TYPES = Set.of("application/json", "application/yaml", "application/x-yaml",
            "text/yaml", "text/csv");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    @Inject
    Messages messages;

    @Inject
    @ConfigProperty(name = "pa.public-url")
    Optional<String> publicUrl;

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        if ((site != null && !OWN_SITE.contains(site.trim().toLowerCase(Locale.ROOT)))
                || (origin != null && !ownOrigin(origin, request.getHeaderString("Host")))) {
            refuse(request, Response.Status.FORBIDDEN, "forgery.crossSite");
            return;
        }
        String type = request.getHeaderString("Content-Type");
        if (type == null ? hasBody(request) : !isBodyType(type)) {
            refuse(request, Response.Status.UNSUPPORTED_MEDIA_TYPE, "forgery.contentType");
        }
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString("Content-Length");
        return request.getHeaderString("Transfer-Encoding") != null || (length != null && !length.trim().equals("0"));
    }

    static boolean isBodyType(String header) {
        MediaType type;
        try {
            type = MediaType.valueOf(header);
        } catch (IllegalArgumentException e) {
            return false;
        }
        String name = (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        return BODY_TYPES.contains(name) || (name.startsWith("application/") && name.endsWith("+json"));
    }

    /** The browser's Origin names the host the request was sent to, or the configured public address. */
    boolean ownOrigin(String origin, String host) {
        String authority = authority(origin);
        return authority != null && (authority.equals(withoutDefaultPort(host))
                || publicUrl.map(CrossSiteRequests::authority).filter(authority::equals).isPresent());
    }

    /** {@code host[:port]} of an origin or URL, without the scheme's default port; null when it is not one. */
    static String authority(String url) {
        try {
            URI uri = new URI(url.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort();
            boolean standard = port == -1 || ("http".equalsIgnoreCase(uri.getScheme()) && port == 80)
                    || ("https".equalsIgnoreCase(uri.getScheme()) && port == 443);
            return uri.getHost().toLowerCase(Locale.ROOT) + (standard ? "" : ":" + port);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    static String withoutDefaultPort(String host) {
        if (host == null) {
            return null;
        }
        String lower = host.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(":80") || lower.endsWith(":443") ? lower.substring(0, lower.lastIndexOf(':')) : lower;
    }

    private void refuse(ContainerRequestContext request, Response.Status status, String key) {
        Locale locale = Language.preferred(request.getAcceptableLanguages());
        var problem = new ProblemMapper.ErrorsView(
                List.of(new ProblemMapper.ErrorView(null, null, messages.text(locale, key))));
        request.abortWith(Response.status(status).type(MediaType.APPLICATION_JSON).entity(problem).build());
    }
}
