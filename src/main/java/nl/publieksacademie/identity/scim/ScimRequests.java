package nl.publieksacademie.identity.scim;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.OptimisticLockException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Reader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import nl.publieksacademie.platform.AuditLog;
import nl.publieksacademie.platform.ClientAddress;
import nl.publieksacademie.platform.SignInThrottle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The SCIM 2.0 endpoints (RFC 7644) under {@code /scim/v2}: Users, Groups and the discovery documents. Only the
 * configured bearer token opens them ({@link ScimSettings}); no session or cookie is looked at, so a page on another
 * site cannot make a browser call them (a script could only send the token header after a CORS preflight, which is
 * never granted). A refused token answers 401 and is audited; after {@code 10} refusals from one client address that
 * address waits ({@code 429} with {@code Retry-After}), counted by {@link SignInThrottle} like sign-ins. Without a
 * configured token everything here answers 404. Bad input answers 4xx in the SCIM error schema, naming the attribute,
 * path or filter.
 */
@WebServlet(urlPatterns = "/scim/v2/*")
public class ScimRequests extends HttpServlet {

    static final String CONTENT_TYPE = "application/scim+json";
    static final int DEFAULT_COUNT = 100;
    static final int MAX_BODY = 1 << 20;
    private static final Set<String> BODY_TYPES = Set.of(CONTENT_TYPE, "application/json");
    private static final Logger LOG = Logger.getLogger(ScimRequests.class.getName());

    @Inject
    ScimSettings settings;

    @Inject
    Provisioning provisioning;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    @Inject
    AuditLog audit;

    @Inject
    @ConfigProperty(name = "pa.public-url")
    Optional<String> publicUrl;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        try {
            if (!settings.enabled()) {
                throw ScimError.notFound("SCIM provisioning is not configured here");
            }
            if (!authorized(request, response)) {
                return;
            }
            route(request, response);
        } catch (ScimError e) {
            error(response, e.status(), e.scimType(), e.detail());
        } catch (OptimisticLockException e) {
            error(response, 409, null, "the resource changed meanwhile; read it again");
        } catch (RuntimeException e) {
            if (causedByConstraint(e)) {
                error(response, 409, "uniqueness", "the resource conflicts with one stored meanwhile");
            } else {
                LOG.log(Level.SEVERE, "SCIM request failed: " + request.getMethod() + " " + request.getRequestURI(),
                        e);
                error(response, 500, null, "the request could not be carried out");
            }
        }
    }

    /** The bearer token, checked after the address's wait; a refusal is answered here. */
    private boolean authorized(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String address = clientAddress.of(request);
        long wait = throttle.secondsToWaitForToken(address);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            error(response, 429, null, "too many refused tokens from this address; try again in " + wait + " s");
            return false;
        }
        String header = request.getHeader("Authorization");
        boolean bearer = header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
        if (bearer && settings.accepts(header.substring(7).strip())) {
            return true;
        }
        String why = header == null ? "no token" : bearer ? "wrong token" : "not a bearer token";
        audit.record(settings.client(), AuditLog.TOKEN_REFUSED, null, "SCIM: " + why + " from " + address);
        throttle.tokenRefused(address);
        response.setHeader("WWW-Authenticate", header == null ? "Bearer realm=\"scim\""
                : "Bearer realm=\"scim\", error=\"invalid_token\"");
        error(response, 401, null, "a valid bearer token is required (" + why + ")");
        return false;
    }

    private void route(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        List<String> parts = Arrays.stream(path.split("/")).filter(p -> !p.isEmpty()).toList();
        String base = base(request);
        if (parts.isEmpty()) {
            throw ScimError.notFound("no endpoint here; see " + base + "/ServiceProviderConfig");
        }
        String endpoint = parts.get(0);
        String id = parts.size() > 1 ? parts.get(1) : null;
        if (parts.size() > 2) {
            throw ScimError.notFound("no endpoint " + path);
        }
        switch (endpoint) {
            case "ServiceProviderConfig" -> {
                only(method, id == null, "GET");
                send(response, 200, ScimDiscovery.serviceProviderConfig(base));
            }
            case "ResourceTypes" -> {
                only(method, true, "GET");
                discovery(response, ScimDiscovery.resourceTypes(base), id);
            }
            case "Schemas" -> {
                only(method, true, "GET");
                discovery(response, ScimDiscovery.schemas(base), id);
            }
            case "Users", "Groups" -> resources(request, response, endpoint.equals("Users"), id, base);
            case "Bulk", "Me" -> throw new ScimError(501, null, endpoint + " is not supported by this service "
                    + "provider");
            default -> throw ScimError.notFound("no endpoint " + path);
        }
    }

    private void resources(HttpServletRequest request, HttpServletResponse response, boolean users, String id,
            String base) throws IOException {
        String method = request.getMethod();
        if (id == null) {
            only(method, true, "GET", "POST");
            if (method.equals("GET")) {
                int startIndex = Math.max(1, number(request, "startIndex", 1));
                int count = Math.min(Provisioning.MAX_RESULTS, Math.max(0, number(request, "count", DEFAULT_COUNT)));
                String filter = request.getParameter("filter");
                Provisioning.Page page = users ? provisioning.users(filter, startIndex, count, base)
                        : provisioning.groups(filter, startIndex, count, base);
                List<Object> shown = new ArrayList<>();
                page.resources().forEach(r -> shown.add(project(r, request)));
                Map<String, Object> list = new LinkedHashMap<>();
                list.put("schemas", List.of(ScimSchemas.LIST_RESPONSE));
                list.put("totalResults", page.total());
                list.put("itemsPerPage", shown.size());
                list.put("startIndex", page.startIndex());
                list.put("Resources", shown);
                send(response, 200, list);
            } else {
                Map<String, Object> body = body(request);
                Map<String, Object> created = users ? provisioning.createUser(body, base)
                        : provisioning.createGroup(body, base);
                response.setHeader("Location", location(created));
                send(response, 201, project(created, request));
            }
            return;
        }
        only(method, true, "GET", "PUT", "PATCH", "DELETE");
        switch (method) {
            case "GET" -> send(response, 200, project(users ? provisioning.user(id, base)
                    : provisioning.group(id, base), request));
            case "PUT" -> {
                Map<String, Object> body = body(request);
                send(response, 200, project(users ? provisioning.replaceUser(id, body, base)
                        : provisioning.replaceGroup(id, body, base), request));
            }
            case "PATCH" -> {
                Map<String, Object> body = body(request);
                send(response, 200, project(users ? provisioning.patchUser(id, body, base)
                        : provisioning.patchGroup(id, body, base), request));
            }
            default -> {
                if (users) {
                    provisioning.deactivateUser(id);
                } else {
                    provisioning.deleteGroup(id);
                }
                response.setStatus(204);
            }
        }
    }

    private static void discovery(HttpServletResponse response, List<Map<String, Object>> all, String id)
            throws IOException {
        if (id != null) {
            Map<String, Object> one = all.stream().filter(r -> id.equals(r.get("id"))).findFirst()
                    .orElseThrow(() -> ScimError.notFound("no such resource: " + id));
            send(response, 200, one);
            return;
        }
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("schemas", List.of(ScimSchemas.LIST_RESPONSE));
        list.put("totalResults", all.size());
        list.put("itemsPerPage", all.size());
        list.put("startIndex", 1);
        list.put("Resources", all);
        send(response, 200, list);
    }

    private static void only(String method, boolean where, String... allowed) {
        if (!where || !List.of(allowed).contains(method)) {
            throw new ScimError(405, null, "method " + method + " is not allowed here; " + String.join(", ",
                    allowed));
        }
    }

    private static int number(HttpServletRequest request, String name, int otherwise) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw ScimError.invalidValue(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** The request's JSON object; only SCIM or plain JSON, at most {@link #MAX_BODY} characters. */
    private static Map<String, Object> body(HttpServletRequest request) throws IOException {
        String type = request.getContentType() == null ? "" : request.getContentType().split(";")[0].strip()
                .toLowerCase(Locale.ROOT);
        if (!BODY_TYPES.contains(type)) {
            throw new ScimError(415, null, "the body must be " + CONTENT_TYPE + ", not '" + type + "'");
        }
        request.setCharacterEncoding("UTF-8");
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        try (Reader reader = request.getReader()) {
            for (int n; (n = reader.read(buffer)) > 0;) {
                text.append(buffer, 0, n);
                if (text.length() > MAX_BODY) {
                    throw new ScimError(413, null, "the body is larger than " + MAX_BODY + " characters");
                }
            }
        }
        return ScimTree.read(text.toString());
    }

    /** {@code attributes} and {@code excludedAttributes} (RFC 7644 section 3.9), on top-level attributes. */
    private static Map<String, Object> project(Map<String, Object> resource, HttpServletRequest request) {
        Set<String> wanted = names(request.getParameter("attributes"));
        Set<String> excluded = names(request.getParameter("excludedAttributes"));
        if (wanted.isEmpty() && excluded.isEmpty()) {
            return resource;
        }
        Map<String, Object> shown = new LinkedHashMap<>();
        resource.forEach((key, value) -> {
            String name = key.toLowerCase(Locale.ROOT);
            boolean always = Set.of("schemas", "id").contains(name);
            if (always || (wanted.isEmpty() ? !excluded.contains(name) : wanted.contains(name))) {
                shown.put(key, value);
            }
        });
        return shown;
    }

    private static Set<String> names(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(parameter.split(",")).map(n -> n.strip().toLowerCase(Locale.ROOT))
                .map(n -> n.startsWith("urn:") && !n.equals(ScimSchemas.ENTERPRISE_USER.toLowerCase(Locale.ROOT))
                        ? n.substring(n.lastIndexOf(':') + 1) : n)
                .map(n -> n.contains(".") ? n.substring(0, n.indexOf('.')) : n)
                .collect(Collectors.toSet());
    }

    @SuppressWarnings("unchecked")
    private static String location(Map<String, Object> resource) {
        return (String) ((Map<String, Object>) resource.get("meta")).get("location");
    }

    /** Resource addresses start at the configured public address, never at a Host header anyone can set. */
    private String base(HttpServletRequest request) {
        String root = publicUrl.map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1) : u).orElse("");
        return root + request.getContextPath() + "/scim/v2";
    }

    private static void send(HttpServletResponse response, int status, Map<String, Object> body)
            throws IOException {
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(ScimTree.json(body).toString());
    }

    static void error(HttpServletResponse response, int status, String scimType, String detail) throws IOException {
        JsonObjectBuilder error = Json.createObjectBuilder()
                .add("schemas", Json.createArrayBuilder().add(ScimSchemas.ERROR))
                .add("status", Integer.toString(status));
        if (scimType != null) {
            error.add("scimType", scimType);
        }
        error.add("detail", detail);
        response.setStatus(status);
        response.setContentType(CONTENT_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(error.build().toString());
    }

    private static boolean causedByConstraint(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
