package nl.publieksacademie.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Security headers on every response. Each response carries exactly one Content-Security-Policy: the strict one
 * below, which allows no script at all, unless PrimeFaces gives a Faces page its own (a script nonce per response,
 * see web.xml), which then replaces it. That holds whatever the address looks like: {@code /hr/} and a forward
 * from {@code /verify/<code>} render Faces pages too. Nothing but static resources may be stored by a browser or
 * proxy: pages and API answers name people.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String POLICY = "Content-Security-Policy";

    static final String NON_PAGE_POLICY =
            "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                    + "form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, new OnePolicy(response));
    }

    /** Also called by {@link Authentication} for the challenges and redirects it answers before any filter runs. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader(POLICY, NON_PAGE_POLICY);
        if (!isStaticResource(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /** Scripts, styles and images that name nobody; a servlet may still choose its own caching (course files). */
    private static boolean isStaticResource(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.contains("/jakarta.faces.resource/") || path.startsWith("/resources/");
    }

    /** A policy set later (PrimeFaces' on a page) replaces the one set here instead of adding a second. */
    static final class OnePolicy extends HttpServletResponseWrapper {

        OnePolicy(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void addHeader(String name, String value) {
            if (POLICY.equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            } else {
                super.addHeader(name, value);
            }
        }
    }
}
