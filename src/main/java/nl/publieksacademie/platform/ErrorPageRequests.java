package nl.publieksacademie.platform;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

/**
 * Error pages render as a fresh page, never as a postback of the form that failed: they do not see its parameters.
 * Without this, a refused postback (say, one without its page's script nonce) made the error page check that
 * nonce again, fail, and end in the server's own error page that names its frameworks.
 */
@WebFilter(urlPatterns = "*.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class ErrorPageRequests extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(new WithoutParameters(request), response);
    }

    private static final class WithoutParameters extends HttpServletRequestWrapper {

        WithoutParameters(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Map.of();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }
    }
}
