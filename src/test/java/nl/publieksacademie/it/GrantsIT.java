package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * HR department grants, everywhere a person is named. Every page, REST endpoint and servlet of the built WAR is
 * found by itself (the {@code .xhtml} files, the {@code @Path} resource methods, the {@code @WebServlet} patterns)
 * and must be listed here: either in {@link #PERSON}, with the requests that show or change a named person, or in
 * {@link #NO_PERSON}, with the reason it names nobody (but the caller). A new one fails {@link
 * #everyPageAndEndpointIsListed} until it is listed. Each listed request is then asked, about people of two
 * departments of their own (made through the API), by an HR user granted only one of them: the other department's
 * person is refused (404, or 400 for a write) or absent, the granted one present; a learner and a trainer get 403.
 * Admin-only ones: 403 for HR too, present for an admin.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GrantsIT {

    static final String JSON = "application/json";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String COURSE = "basis";
    static final String OTHER_COURSE = "hostmanship-aan-de-balie";
    /** The page's message after an assignment ({@code assign.done}). */
    static final String ASSIGNED = "De cursus is toegewezen aan";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    /** A person the checks ask about, with their team and department. */
    record Person(long id, String name, long team, String teamName, String department) {}

    /** A signed-in caller: a session for the pages, Basic for the API. */
    record Caller(String name, Http pages, Http api) {}

    /** The people and accounts of this class, made once per deployment. */
    record World(Person inside, Person outside, long hrId, Caller hr, Caller learner, Caller trainer, Caller admin) {}

    /** Who may use a page or endpoint: HR within their grants (and admins), or admins only. */
    enum Audience { GRANTED, ADMIN }

    /** One request about a person, as one caller. */
    @FunctionalInterface
    interface Ask {
        HttpResponse<String> ask(Caller caller, Person about);
    }

    /**
     * One way to ask a page or endpoint about a person, and what in the answer shows the person: {@code marker}
     * gives the text (their name, their team's name); null means that a 200 itself shows them (a download without
     * names, a write).
     */
    record Check(Audience audience, String how, Ask ask, Function<Person, String> marker) {}

    /** Pages and endpoints that show or change a named person, with how to ask each. */
    static final Map<String, List<Check>> PERSON = new LinkedHashMap<>();

    /** Pages and endpoints that name nobody but the caller, with the reason. */
    static final Map<String, String> NO_PERSON = new LinkedHashMap<>();

    static final Function<Person, String> NAME = Person::name;
    static final Function<Person, String> TEAM = Person::teamName;

    static void granted(String key, String how, Ask ask, Function<Person, String> marker) {
        PERSON.computeIfAbsent(key, k -> new ArrayList<>()).add(new Check(Audience.GRANTED, how, ask, marker));
    }

    static void adminOnly(String key, Ask ask, Function<Person, String> marker) {
        PERSON.computeIfAbsent(key, k -> new ArrayList<>()).add(new Check(Audience.ADMIN, "", ask, marker));
    }

    static String due() {
        return LocalDate.now().plusDays(21).toString();
    }

    static {
        // HR within the grants
        granted("GET /api/assignments", "", (c, p) -> c.api().get("api/assignments"), NAME);
        granted("POST /api/assignments", "to the person", (c, p) -> c.api().post("api/assignments", JSON,
                "{\"course\":\"" + OTHER_COURSE + "\",\"staff\":" + p.id() + ",\"due\":\"" + due() + "\"}"), null);
        granted("POST /api/assignments", "to the team", (c, p) -> c.api().post("api/assignments", JSON,
                "{\"course\":\"" + OTHER_COURSE + "\",\"team\":" + p.team() + ",\"due\":\"" + due() + "\"}"), null);
        granted("GET /api/reports/heatmap", "", (c, p) -> c.api().get("api/reports/heatmap"), TEAM);
        granted("GET /api/reports/heatmap.{format:csv|xlsx|pdf}", "",
                (c, p) -> c.api().get("api/reports/heatmap.csv"), TEAM);
        granted("GET /api/reports/teams/{id}", "", (c, p) -> c.api().get("api/reports/teams/" + p.team()), NAME);
        granted("GET /api/reports/teams/{id}.{format:csv|xlsx|pdf}", "",
                (c, p) -> c.api().get("api/reports/teams/" + p.team() + ".csv"), NAME);
        granted("GET /api/reports/trends", "", (c, p) -> c.api().get("api/reports/trends"), TEAM);
        granted("GET /api/reports/trends.{format:csv|xlsx|pdf}", "",
                (c, p) -> c.api().get("api/reports/trends.csv"), TEAM);
        granted("GET /api/staff/{id}/profile", "", (c, p) -> c.api().get("api/staff/" + p.id() + "/profile"), NAME);
        granted("GET /api/staff/{id}/profile.{format:csv|xlsx|pdf}", "",
                (c, p) -> c.api().get("api/staff/" + p.id() + "/profile.csv"), null);
        granted("/hr/assignments.xhtml", "the list and the person picker",
                (c, p) -> c.pages().get("hr/assignments.xhtml"), NAME);
        granted("/hr/assignments.xhtml", "the team picker", (c, p) -> c.pages().get("hr/assignments.xhtml"), TEAM);
        granted("/hr/assignments.xhtml", "assigning to the person",
                (c, p) -> assignOnPage(c.pages(), "person", p.id()), p -> ASSIGNED);
        granted("/hr/assignments.xhtml", "assigning to the team",
                (c, p) -> assignOnPage(c.pages(), "team", p.team()), p -> ASSIGNED);
        granted("/hr/person.xhtml", "", (c, p) -> c.pages().get("hr/person.xhtml?staff=" + p.id()), NAME);
        granted("/hr/team.xhtml", "", (c, p) -> c.pages().get("hr/team.xhtml?team=" + p.team()), NAME);
        granted("/hr/index.xhtml", "the heatmap", (c, p) -> c.pages().get("hr/index.xhtml"), TEAM);
        granted("/hr/trends.xhtml", "", (c, p) -> c.pages().get("hr/trends.xhtml"), TEAM);

        // admins only (HR does not see these, granted or not)
        adminOnly("GET /api/staff", (c, p) -> c.api().get("api/staff"), NAME);
        adminOnly("GET /api/staff/{id}", (c, p) -> c.api().get("api/staff/" + p.id()), NAME);
        adminOnly("POST /api/staff", (c, p) -> c.api().post("api/staff", JSON, "{}"), null);
        adminOnly("PUT /api/staff/{id}", (c, p) -> c.api().put("api/staff/" + p.id(), JSON, "{}"), null);
        adminOnly("DELETE /api/staff/{id}", (c, p) -> c.api().delete("api/staff/" + p.id()), null);
        adminOnly("POST /api/staff/import", (c, p) -> c.api().post("api/staff/import", "text/csv", ""), null);
        adminOnly("POST /api/staff/{id}/pseudonymize",
                (c, p) -> c.api().post("api/staff/" + p.id() + "/pseudonymize", JSON, ""), null);
        adminOnly("GET /api/audit", (c, p) -> c.api().get("api/audit"), null);
        adminOnly("GET /api/grants", (c, p) -> c.api().get("api/grants"), null);
        adminOnly("POST /api/grants", (c, p) -> c.api().post("api/grants", JSON, "{}"), null);
        adminOnly("DELETE /api/grants", (c, p) -> c.api().delete("api/grants?staff=" + p.id() + "&department=x"),
                null);
        adminOnly("/admin/staff.xhtml", (c, p) -> c.pages().get("admin/staff.xhtml"), null);
        adminOnly("/admin/audit.xhtml", (c, p) -> c.pages().get("admin/audit.xhtml"), null);
        adminOnly("/admin/grants.xhtml", (c, p) -> c.pages().get("admin/grants.xhtml"), null);
        adminOnly("/admin/import.xhtml", (c, p) -> c.pages().get("admin/import.xhtml"), null);

        String own = "the caller's own data only";
        for (String key : List.of("GET /api/me/profile", "GET /api/me/courses", "POST /api/me/courses/{slug}",
                "POST /api/me/courses/{slug}/lessons/{step}", "POST /api/me/courses/{slug}/quizzes/{step}",
                "GET /api/me/data", "GET /api/courses", "POST /api/attempts", "GET /api/attempts/{id}",
                "POST /api/attempts/{id}/steps", "GET /api/attempts/{id}/debrief", "SERVLET /learner/certificate",
                "/learner/index.xhtml", "/learner/courses.xhtml", "/learner/course.xhtml", "/learner/lesson.xhtml",
                "/learner/quiz.xhtml", "/learner/scenarios.xhtml", "/learner/play.xhtml", "/learner/debrief.xhtml",
                "/learner/profile.xhtml", "/index.xhtml")) {
            NO_PERSON.put(key, own);
        }
        String content = "content (scenarios, courses, drafts); its authors' user names at most";
        for (String key : List.of("GET /api/scenarios", "POST /api/scenarios", "GET /api/scenarios/{slug}.yaml",
                "GET /api/scenarios/{slug}/draft", "PUT /api/scenarios/{slug}/draft", "POST /api/scenarios/validate",
                "GET /api/courses/{slug}.zip", "POST /api/content/import", "SERVLET /learner/course-file/*",
                "/trainer/index.xhtml", "/trainer/content.xhtml", "/trainer/editor.xhtml",
                "/trainer/course-editor.xhtml", "/trainer/history.xhtml", "/trainer/playtest.xhtml",
                "/admin/content.xhtml")) {
            NO_PERSON.put(key, content);
        }
        String analytics = "path analytics: counts per team and period, never names (small groups suppressed)";
        NO_PERSON.put("GET /api/scenarios/{slug}/analytics", analytics);
        NO_PERSON.put("GET /api/scenarios/{slug}/analytics.csv", analytics);
        NO_PERSON.put("/trainer/analytics.xhtml", analytics);
        String teams = "teams and departments, no people (admins only)";
        for (String key : List.of("GET /api/teams", "GET /api/teams/{id}", "POST /api/teams", "PUT /api/teams/{id}",
                "/admin/teams.xhtml")) {
            NO_PERSON.put(key, teams);
        }
        NO_PERSON.put("POST /api/profiles/rebuild", "recomputes every profile; answers a count (admins only)");
        NO_PERSON.put("POST /api/demo-data", "makes up people for a demo; answers counts (admins, demo mode only)");
        NO_PERSON.put("GET /api/statements", "SQL round trips counted for the benchmark (admins, -Dpa.sql.count only)");
        NO_PERSON.put("GET /api/statements/session", "the size of the caller's own session (-Dpa.sql.count only)");
        NO_PERSON.put("SERVLET /verify/*", "a certificate's course and date, never the holder's name");
        NO_PERSON.put("/verify.xhtml", "a certificate's course and date, never the holder's name");
        NO_PERSON.put("/login.xhtml", "before sign-in");
        NO_PERSON.put("SERVLET /language", "switches the caller's own UI language and goes back to the page");
        NO_PERSON.put("SERVLET /sso/*", "sign-in through an identity provider: only the person signing in (SingleSignOnIT)");
        NO_PERSON.put("SERVLET /scim/v2/*", "SCIM provisioning: the identity provider's client with its own bearer "
                + "token, no staff session or role, so HR grants do not apply; off (404) without a token (ScimIT)");
        for (String error : List.of("400", "403", "404", "500", "503", "expired")) {
            NO_PERSON.put("/error/" + error + ".xhtml", "an error page");
        }
    }

    static World world;

    /** Two departments with a team and a person each, an HR user granted the first only, a learner, a trainer. */
    synchronized World world() {
        if (world != null) {
            return world;
        }
        Http admin = new Http(base()).basic("admin", "demo");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Person inside = person(admin, "Zichtbaar " + tag, "Binnen " + tag, "Afdeling-in-" + tag, "zb-" + tag);
        Person outside = person(admin, "Verborgen " + tag, "Buiten " + tag, "Afdeling-uit-" + tag, "vb-" + tag);
        long hrId = account(admin, "HR " + tag, "hr-" + tag, inside.team(), "hr");
        account(admin, "Trainer " + tag, "tr-" + tag, inside.team(), "trainer");
        HttpResponse<String> granted = admin.post("api/grants", JSON,
                "{\"staff\":" + hrId + ",\"department\":\"" + inside.department() + "\"}");
        assertEquals(200, granted.statusCode(), granted.body());
        for (Person p : List.of(inside, outside)) {
            HttpResponse<String> assigned = admin.post("api/assignments", JSON,
                    "{\"course\":\"" + COURSE + "\",\"staff\":" + p.id() + ",\"due\":\"" + due() + "\"}");
            assertEquals(200, assigned.statusCode(), assigned.body());
        }
        world = new World(inside, outside, hrId, caller("hr-" + tag), caller("zb-" + tag), caller("tr-" + tag),
                caller("admin", "demo"));
        return world;
    }

    Person person(Http admin, String name, String team, String department, String username) {
        HttpResponse<String> created = admin.post("api/teams", JSON,
                "{\"name\":\"" + team + "\",\"department\":\"" + department + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long teamId = Http.object(created).getJsonNumber("id").longValue();
        return new Person(account(admin, name, username, teamId, "learner"), name, teamId, team, department);
    }

    static long account(Http admin, String name, String username, long team, String role) {
        HttpResponse<String> created = admin.post("api/staff", JSON, """
                {"fullName":"%s","email":"%s@gemeente.nl","username":"%s","teamId":%d,
                 "jobRole":"baliemedewerker","roles":["%s"],"password":"wachtwoord-%s"}"""
                .formatted(name, username, username, team, role, username));
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    Caller caller(String username) {
        return caller(username, "wachtwoord-" + username);
    }

    Caller caller(String username, String password) {
        Http pages = new Http(base());
        assertEquals(302, pages.signIn(username, password).statusCode(), "sign-in of " + username);
        return new Caller(username, pages, new Http(base()).basic(username, password));
    }

    /** Submits the assignment form of {@code /hr/assignments.xhtml} as a browser would. */
    static HttpResponse<String> assignOnPage(Http pages, String target, long id) {
        HttpResponse<String> page = pages.get("hr/assignments.xhtml");
        if (page.statusCode() != 200) {
            return page;
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("assign", "assign");
        form.put("assign:course", OTHER_COURSE);
        form.put("assign:target", target);
        form.put("assign:team", "team".equals(target) ? String.valueOf(id) : "");
        form.put("assign:person", "person".equals(target) ? String.valueOf(id) : "");
        form.put("assign:due", due());
        form.put("assign:save", "Toewijzen");
        form.put("jakarta.faces.ViewState", Http.viewState(page.body()));
        form.put("primefaces.nonce", Http.nonce(page.body()));
        return pages.post("hr/assignments.xhtml", FORM, Http.encode(form));
    }

    static boolean shows(HttpResponse<String> response, String marker) {
        return response.statusCode() == 200 && (marker == null || response.body().contains(marker));
    }

    /**
     * Refused as if the person did not exist (404, or 400 for a write naming them), or answered without them. A page
     * that fails for another reason but does not name them hides them too: answering such a request with 404 rather
     * than an error page is the concern of the tests of bad input.
     */
    static boolean hides(HttpResponse<String> response, String marker) {
        int status = response.statusCode();
        return status == 404 || status == 400 || marker != null && !response.body().contains(marker);
    }

    static String describe(HttpResponse<String> response) {
        String body = response.body();
        return response.statusCode() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
    }

    @Test
    void everyPersonPageAndEndpointHonoursTheGrants() {
        World w = world();
        List<Executable> cells = new ArrayList<>();
        for (Map.Entry<String, List<Check>> entry : PERSON.entrySet()) {
            for (Check check : entry.getValue()) {
                String what = entry.getKey() + (check.how().isEmpty() ? "" : " (" + check.how() + ")");
                if (check.audience() == Audience.GRANTED) {
                    HttpResponse<String> outside = check.ask().ask(w.hr(), w.outside());
                    String hidden = check.marker() == null ? null : check.marker().apply(w.outside());
                    cells.add(() -> assertTrue(hides(outside, hidden),
                            "HR without the grant must not see " + hidden + " on " + what + ": " + describe(outside)));
                    HttpResponse<String> inside = check.ask().ask(w.hr(), w.inside());
                    String shown = check.marker() == null ? null : check.marker().apply(w.inside());
                    cells.add(() -> assertTrue(shows(inside, shown),
                            "HR with the grant must see " + shown + " on " + what + ": " + describe(inside)));
                } else {
                    HttpResponse<String> hr = check.ask().ask(w.hr(), w.inside());
                    cells.add(() -> assertEquals(403, hr.statusCode(), "HR, even granted, on " + what));
                    if (check.marker() != null) {
                        HttpResponse<String> admin = check.ask().ask(w.admin(), w.inside());
                        String shown = check.marker().apply(w.inside());
                        cells.add(() -> assertTrue(shows(admin, shown),
                                "an admin sees " + shown + " on " + what + ": " + describe(admin)));
                    }
                }
                for (Caller other : List.of(w.learner(), w.trainer())) {
                    HttpResponse<String> refused = check.ask().ask(other, w.inside());
                    cells.add(() -> assertEquals(403, refused.statusCode(), other.name() + " on " + what));
                }
            }
        }
        assertAll(cells);
    }

    @Test
    void assigningOutsideTheGrantAssignsNobody() {
        World w = world();
        Http admin = w.admin().api();
        long before = assignmentsOf(admin, w.outside());
        w.hr().api().post("api/assignments", JSON,
                "{\"course\":\"" + OTHER_COURSE + "\",\"staff\":" + w.outside().id() + ",\"due\":\"" + due() + "\"}");
        w.hr().api().post("api/assignments", JSON,
                "{\"course\":\"" + OTHER_COURSE + "\",\"team\":" + w.outside().team() + ",\"due\":\"" + due() + "\"}");
        assignOnPage(w.hr().pages(), "person", w.outside().id());
        assignOnPage(w.hr().pages(), "team", w.outside().team());
        assertEquals(before, assignmentsOf(admin, w.outside()), "nothing was assigned to " + w.outside().name());
        HttpResponse<String> own = w.hr().api().post("api/assignments", JSON,
                "{\"course\":\"" + OTHER_COURSE + "\",\"staff\":" + w.inside().id() + ",\"due\":\"" + due() + "\"}");
        assertEquals(1, Http.object(own).getInt("assigned"), own.body());
        assertTrue(assignmentsOf(admin, w.inside()) >= 2, "the granted person got the course");
    }

    /** The assignments the admin sees of {@code person}. */
    static long assignmentsOf(Http admin, Person person) {
        HttpResponse<String> all = admin.get("api/assignments");
        assertEquals(200, all.statusCode(), all.body());
        return Http.array(all).stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("name").equals(person.name())).count();
    }

    @Test
    void everyPageAndEndpointIsListed() throws IOException {
        Set<String> found = discovered();
        assertTrue(found.size() > 50, "discovery found too little: " + found);
        Set<String> unlisted = new TreeSet<>(found);
        unlisted.removeAll(PERSON.keySet());
        unlisted.removeAll(NO_PERSON.keySet());
        Set<String> stale = new TreeSet<>(PERSON.keySet());
        stale.addAll(NO_PERSON.keySet());
        stale.removeAll(found);
        Set<String> both = new TreeSet<>(PERSON.keySet());
        both.retainAll(NO_PERSON.keySet());
        assertAll(
                () -> assertEquals(Set.of(), unlisted, "new pages or endpoints: list each in GrantsIT.PERSON with "
                        + "its checks if it shows or changes a named person, else in NO_PERSON with the reason"),
                () -> assertEquals(Set.of(), stale, "listed but gone"),
                () -> assertEquals(Set.of(), both, "listed twice"));
    }

    /**
     * Every page ({@code /x/y.xhtml} outside {@code WEB-INF}), REST method ({@code GET /api/...} with the path
     * templates as written) and servlet ({@code SERVLET /pattern}) of the built WAR.
     */
    static Set<String> discovered() throws IOException {
        Set<String> found = new TreeSet<>();
        List<Class<?>> resources = new ArrayList<>();
        String api = null;
        try (ZipFile war = new ZipFile(System.getProperty("pa.war"))) {
            for (Enumeration<? extends ZipEntry> entries = war.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")) {
                    found.add("/" + name);
                } else if (name.startsWith("WEB-INF/classes/") && name.endsWith(".class")) {
                    Class<?> type = load(name.substring("WEB-INF/classes/".length(), name.length() - 6)
                            .replace('/', '.'));
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        resources.add(type);
                    }
                    if (type.isAnnotationPresent(ApplicationPath.class)) {
                        api = type.getAnnotation(ApplicationPath.class).value();
                    }
                    WebServlet servlet = type.getAnnotation(WebServlet.class);
                    if (servlet != null) {
                        Arrays.stream(servlet.value()).forEach(p -> found.add("SERVLET " + p));
                        Arrays.stream(servlet.urlPatterns()).forEach(p -> found.add("SERVLET " + p));
                    }
                }
            }
        }
        assertTrue(api != null, "no @ApplicationPath in the WAR");
        for (Class<?> resource : resources) {
            String root = join(api, resource.getAnnotation(jakarta.ws.rs.Path.class).value());
            for (Method method : resource.getMethods()) {
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                String verb = verb(method);
                if (verb != null) {
                    found.add(verb + " " + (sub == null ? root : join(root, sub.value())));
                } else if (sub != null) {
                    found.add("LOCATOR " + join(root, sub.value()));
                }
            }
        }
        return found;
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, GrantsIT.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError("a class of the WAR is not on the test class path: " + name, e);
        }
    }

    static String verb(Method method) {
        for (Annotation a : method.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    static String join(String left, String right) {
        String l = left.replaceAll("^/+|/+$", "");
        String r = right.replaceAll("^/+|/+$", "");
        return "/" + (r.isEmpty() ? l : l + "/" + r);
    }
}
