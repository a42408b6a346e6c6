package nl.publieksacademie.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Drops Mojarra's record of a view-scoped bean once its view is gone. Mojarra 4.0.11 (in Payara 6.2025.10) keeps,
 * per session, the view maps of the last few pages ({@code activeViewMaps}, bounded in {@code web.xml}) and, beside
 * them, which CDI beans each view map holds ({@code activeViewContexts}). When a view map leaves the first, its entry in
 * the second stays: one more entry for every page a learner opens, about 350 bytes each, for the life of the session,
 * and serialized after every request where sessions replicate (160 player turns made 56 KB of a 77 KB session).
 */
@WebFilter(urlPatterns = "*.xhtml")
public class ViewScopeContexts extends HttpFilter {

    static final String CONTEXTS = "com.sun.faces.application.view.activeViewContexts";
    static final String VIEW_MAPS = "com.sun.faces.application.view.activeViewMaps";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            HttpSession session = request.getSession(false);
            if (session != null) {
                try {
                    prune(session.getAttribute(CONTEXTS), session.getAttribute(VIEW_MAPS));
                } catch (IllegalStateException invalidated) {
                    // signed out during this request: nothing left to prune
                }
            }
        }
    }

    /** Removes the bean records of view maps that are no longer active; answers how many it removed. */
    static int prune(Object contexts, Object viewMaps) {
        if (!(contexts instanceof Map<?, ?> records) || !(viewMaps instanceof Map<?, ?> active)) {
            return 0;
        }
        Set<Object> live;
        synchronized (active) { // Mojarra's map is a synchronized LRU map: iterate under its lock
            live = new HashSet<>(active.keySet());
        }
        int before = records.size();
        // a view map enters the active maps before any bean of it is recorded, so a record without one is stale
        records.keySet().removeIf(id -> !live.contains(id));
        return before - records.size();
    }
}
