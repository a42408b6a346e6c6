package nl.publieksacademie.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response. Faces pages get their Content-Security-Policy from PrimeFaces (a nonce per
 * response, see web.xml); everything else gets the strict policy below, which allows no script at all.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    static final String NON_PAGE_POLICY =
            "default-src 'none'; img-src 'self'; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
                    + "form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Also called by {@link Authentication} for the challenges and redirects it answers before any filter runs. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (!request.getRequestURI().endsWith(".xhtml")) {
            response.setHeader("Content-Security-Policy", NON_PAGE_POLICY);
        }
        if (isPage(request)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }

    private static boolean isPage(HttpServletRequest request) {
        String uri = request.getRequestURI();
        return uri.endsWith(".xhtml") && !uri.contains("/jakarta.faces.resource/");
    }
}
