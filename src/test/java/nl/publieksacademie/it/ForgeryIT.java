package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.publieksacademie.courses.control.Quiz;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Requests a user did not mean to send, and output that could harm its reader: every state-changing API call
 * refuses what a page on another site could send (a form or text body, a foreign Origin or Sec-Fetch-Site) and
 * changes nothing; a Faces postback without its page's nonce is refused before its action runs; pages get exactly
 * one Content-Security-Policy and are not stored, nor is any API answer; metrics and WADL are not served; a
 * certificate links to the configured public address whatever Host the request named.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForgeryIT {

    static final String JSON = "application/json";
    static final String YAML = "application/yaml";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String TEXT = "text/plain";
    static final String MULTIPART = "multipart/form-data; boundary=x";
    static final String EVIL = "https://evil.example";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    /** A session made by signing in on the login page: the browser's only credential is its cookie. */
    Http session(String user, String password) {
        Http http = new Http(base());
        assertEquals(302, http.signIn(user, password).statusCode(), "sign-in of " + user);
        return http;
    }

    private Http adminApi;

    /** The admin over Basic; one client per test, so its session spares the password hash after the first call. */
    Http admin() {
        if (adminApi == null) {
            adminApi = new Http(base()).basic("admin", "demo");
        }
        return adminApi;
    }

    /** A write endpoint: how it is called properly, by whom, and what would show a change it made. */
    record Endpoint(String method, String template, String path, Http caller, String type, String body,
            Supplier<String> state) {

        String name() {
            return method + " " + template;
        }
    }

    long newTeam(String tag) {
        HttpResponse<String> team = admin().post("api/teams", JSON,
                "{\"name\":\"Forgery " + tag + "\",\"department\":\"Burgerzaken " + tag + "\"}");
        assertEquals(201, team.statusCode(), team.body());
        return Http.object(team).getJsonNumber("id").longValue();
    }

    long newStaff(String tag, long team, String roles, String password) {
        HttpResponse<String> created = admin().post("api/staff", JSON, """
                {"fullName":"Doelwit %1$s","email":"doel-%1$s@gemeente.nl","username":"doel-%1$s","teamId":%2$d,
                 "jobRole":"baliemedewerker","roles":[%3$s],"password":"%4$s"}""".formatted(tag, team, roles, password));
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    static long staffId(Http admin, String username) {
        return Http.array(admin.get("api/staff")).stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("username", "").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Every state-changing API operation, called with the role it needs, and a way to see what it changed. */
    List<Endpoint> writeEndpoints() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
                Http admin = session("admin", "demo");
        Http trainer = session("trainer", "demo");
        Http hr = session("hr", "demo");
        Http learner = session("learner", "demo");
        long team = newTeam(tag);
        long target = newStaff(tag, team, "\"learner\"", "wachtwoord-" + tag);
        long departed = newStaff(tag + "x", team, "\"learner\"", "wachtwoord-" + tag);
        assertEquals(200, admin().delete("api/staff/" + departed).statusCode());
        long hrId = staffId(admin(), "hr");
        assertEquals(200, admin().post("api/grants", JSON,
                "{\"staff\":" + hrId + ",\"department\":\"Burgerzaken " + tag + "\"}").statusCode());
        JsonObject play = Http.object(learner.post("api/attempts", JSON, "{\"scenario\":\"paspoort-verlopen\"}"));
        long attempt = play.getJsonNumber("attempt").longValue();
        String choice = play.getJsonArray("choices").getJsonObject(0).getString("id");
        String scenario = trainer.get("api/scenarios/telefoon-van-het-kastje.yaml").body()
                .replaceFirst("(?m)^title: .*$", "title: Vervalst " + tag);
        JsonObject draft = Http.object(trainer.get("api/scenarios/paspoort-verlopen/draft"));
        String person = """
                {"fullName":"Nep %1$s","email":"nep-%1$s@gemeente.nl","username":"nep-%1$s","teamId":%2$d,
                 "roles":["admin"],"password":"wachtwoord-%1$s"}""".formatted(tag, team);

        Supplier<String> staff = () -> admin().get("api/staff").body();
        Supplier<String> teams = () -> admin().get("api/teams").body();
        Supplier<String> grants = () -> admin().get("api/grants").body();
        Supplier<String> scenarios = () -> trainer.get("api/scenarios").body();
        Supplier<String> myCourses = () -> learner.get("api/me/courses").body();
        return List.of(
                new Endpoint("POST", "/api/staff", "api/staff", admin, JSON, person, staff),
                new Endpoint("PUT", "/api/staff/{id}", "api/staff/" + target, admin, JSON,
                        person.replace("nep-", "doel-"), staff),
                new Endpoint("DELETE", "/api/staff/{id}", "api/staff/" + target, admin, null, null, staff),
                new Endpoint("POST", "/api/staff/import", "api/staff/import", admin, "text/csv",
                        "name,email,team,job_role,roles\nNep Beheerder,csv-" + tag + "@gemeente.nl,,,admin\n", staff),
                new Endpoint("POST", "/api/staff/{id}/pseudonymize", "api/staff/" + departed + "/pseudonymize", admin,
                        JSON, "", staff),
                new Endpoint("POST", "/api/teams", "api/teams", admin, JSON,
                        "{\"name\":\"Nep " + tag + "\",\"department\":\"Nep\"}", teams),
                new Endpoint("PUT", "/api/teams/{id}", "api/teams/" + team, admin, JSON,
                        "{\"name\":\"Nep " + tag + "\",\"department\":\"Nep\"}", teams),
                new Endpoint("POST", "/api/grants", "api/grants", admin, JSON,
                        "{\"staff\":" + hrId + ",\"department\":\"Nep " + tag + "\"}", grants),
                new Endpoint("DELETE", "/api/grants", "api/grants?staff=" + hrId + "&department=Burgerzaken%20" + tag,
                        admin, null, null, grants),
                new Endpoint("POST", "/api/demo-data", "api/demo-data", admin, JSON,
                        "{\"staff\":2,\"teams\":1,\"attemptsPerPerson\":0,\"months\":1,\"seed\":1}", teams),
                new Endpoint("POST", "/api/profiles/rebuild", "api/profiles/rebuild", admin, JSON, "", null),
                new Endpoint("POST", "/api/content/import", "api/content/import", admin, JSON, "", scenarios),
                new Endpoint("POST", "/api/scenarios", "api/scenarios", trainer, YAML, scenario, scenarios),
                new Endpoint("POST", "/api/scenarios/validate", "api/scenarios/validate", trainer, YAML, scenario,
                        null),
                new Endpoint("PUT", "/api/scenarios/{slug}/draft", "api/scenarios/paspoort-verlopen/draft", trainer,
                        JSON, "{\"version\":" + draft.getInt("version") + ",\"source\":\"vervalst: " + tag + "\"}",
                        () -> trainer.get("api/scenarios/paspoort-verlopen/draft").body()),
                new Endpoint("POST", "/api/attempts", "api/attempts", learner, JSON,
                        "{\"scenario\":\"keukentafel-wmo\"}", null),
                new Endpoint("POST", "/api/attempts/{id}/steps", "api/attempts/" + attempt + "/steps", learner, JSON,
                        "{\"step\":" + play.getInt("step") + ",\"choice\":\"" + choice + "\"}",
                        () -> learner.get("api/attempts/" + attempt).body()),
                new Endpoint("POST", "/api/me/courses/{slug}", "api/me/courses/basis", learner, JSON, "", myCourses),
                new Endpoint("POST", "/api/me/courses/{slug}/lessons/{step}", "api/me/courses/basis/lessons/welkom",
                        learner, JSON, "", myCourses),
                new Endpoint("POST", "/api/me/courses/{slug}/quizzes/{step}", "api/me/courses/basis/quizzes/toets",
                        learner, JSON, "{\"answers\":{}}", myCourses),
                new Endpoint("POST", "/api/assignments", "api/assignments", hr, JSON,
                        "{\"course\":\"basis\",\"staff\":" + target + ",\"due\":\"2030-01-31\"}",
                        () -> hr.get("api/assignments").body()));
    }

    /** Every write operation the OpenAPI description lists: a new one fails the test below until it is added. */
    Set<String> documentedWrites() {
        HttpResponse<String> openapi = new Http(base()).get("openapi", Duration.ofMinutes(3));
        assertEquals(200, openapi.statusCode());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>)
                ((Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(openapi.body()))
                        .get("paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet().stream()
                .filter(m -> Set.of("post", "put", "patch", "delete").contains(m))
                .forEach(m -> documented.add(m.toUpperCase(Locale.ROOT) + " " + path)));
        return documented;
    }

    @Test
    void aRequestAnotherSiteCouldMakeIsRefusedByEveryWriteEndpointAndChangesNothing() {
        List<Endpoint> endpoints = writeEndpoints();
        Set<String> covered = new TreeSet<>();
        endpoints.forEach(e -> covered.add(e.name()));
        assertEquals(documentedWrites(), covered, "every write operation of the API is tried here");
        List<Executable> checks = new ArrayList<>();
        for (Endpoint e : endpoints) {
            String before = e.state() == null ? null : e.state().get();
            String proper = e.body() == null ? "" : e.body();
            String type = e.type() == null ? JSON : e.type();
            Map<String, HttpResponse<String>> crossSite = new LinkedHashMap<>();
            crossSite.put("form from another site", forge(e, FORM, "a=" + proper.length(), "Origin", EVIL));
            crossSite.put("text from another site", forge(e, TEXT, proper, "Origin", EVIL));
            crossSite.put("JSON from another site", forge(e, type, proper, "Origin", EVIL));
            crossSite.put("JSON from an opaque origin", forge(e, type, proper, "Origin", "null"));
            crossSite.put("JSON marked cross-site", forge(e, type, proper, "Sec-Fetch-Site", "cross-site"));
            crossSite.put("JSON marked same-site", forge(e, type, proper, "Sec-Fetch-Site", "same-site"));
            crossSite.forEach((what, response) ->
                    checks.add(() -> assertRefused(403, "another site", response, e.name() + ", " + what)));
            Map<String, HttpResponse<String>> formLike = new LinkedHashMap<>();
            formLike.put("text without Origin", forge(e, TEXT, proper));
            formLike.put("form without Origin", forge(e, FORM, "a=" + proper.length()));
            formLike.put("multipart without Origin", forge(e, MULTIPART, "--x\r\n\r\n" + proper + "\r\n--x--\r\n"));
            formLike.put("a body without a type", forge(e, null, proper.isEmpty() ? "x" : proper));
            formLike.forEach((what, response) ->
                    checks.add(() -> assertRefused(415, "content type", response, e.name() + ", " + what)));
            if (before != null) {
                String after = e.state().get();
                checks.add(() -> assertEquals(before, after, e.name() + ": a refused request changed something"));
            }
        }
        assertAll(checks);
    }

    private static HttpResponse<String> forge(Endpoint e, String type, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        System.arraycopy(headers, 0, all, 0, headers.length);
        all[headers.length] = "Accept-Language";
        all[headers.length + 1] = "en";
        return e.caller().call(e.method(), e.path(), type, body, all);
    }

    private static void assertRefused(int status, String says, HttpResponse<String> response, String what) {
        assertEquals(status, response.statusCode(), what + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON), what);
        String message = Http.object(response).getJsonArray("errors").getJsonObject(0).getString("message");
        assertTrue(message.contains(says), what + ": " + message);
    }

    @Test
    void theApplicationsOwnCallsAndNonBrowserClientsStillWork() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String own = "http://127.0.0.1:" + base().getPort();
        Http admin = session("admin", "demo");
        assertEquals(201, admin.call("POST", "api/teams", JSON, "{\"name\":\"Eigen " + tag + "\",\"department\":\"X\"}",
                "Origin", own, "Sec-Fetch-Site", "same-origin").statusCode(), "same-origin JSON from a page");
        assertEquals(201, admin.call("POST", "api/teams", "application/json; charset=UTF-8",
                "{\"name\":\"Zonder " + tag + "\",\"department\":\"X\"}").statusCode(), "JSON without Origin");
        assertEquals(201, admin.call("POST", "api/teams", JSON, "{\"name\":\"Getypt " + tag + "\",\"department\":\"X\"}",
                "Sec-Fetch-Site", "none").statusCode(), "typed by the user");
        long team = newTeam(tag);
        HttpResponse<String> imported = admin().post("api/staff/import", "text/csv",
                "name,email,team,job_role,roles\nEcht Persoon,echt-" + tag + "@gemeente.nl,,,learner\n");
        assertEquals(200, imported.statusCode(), imported.body());
        long member = newStaff(tag, team, "\"learner\"", "wachtwoord-" + tag);
        assertEquals(200, admin().call("DELETE", "api/staff/" + member, null, null).statusCode(),
                "a DELETE without a body needs no content type");
        Http learner = new Http(base()).basic("learner", "demo");
        assertEquals(200, learner.call("POST", "api/me/courses/basis", null, null).statusCode(),
                "a POST without a body needs no content type");
        HttpResponse<String> validated = new Http(base()).basic("trainer", "demo")
                .call("POST", "api/scenarios/validate", "application/x-yaml", "slug: x\n");
        assertEquals(200, validated.statusCode(), "YAML reaches the validator: " + validated.body());
        assertFalse(Http.object(validated).getBoolean("valid"), validated.body());
    }

    // --- Faces postbacks ---

    private static final Pattern ERROR_PAGE = Pattern.compile("id=\"error-text\"");

    private static void assertOurErrorPage(HttpResponse<String> response, String what) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, what + " answered " + status);
        String body = response.body();
        assertTrue(ERROR_PAGE.matcher(body).find() && body.contains("pa-body"), what + ": not our page: " + body);
        String visible = body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("(?s)<[^>]+>", " ");
        for (String leak : List.of("Payara", "PrimeFaces", "Faces", "Exception", "jakarta", "nonce")) {
            assertFalse(visible.contains(leak), what + " names " + leak + ": " + visible);
        }
    }

    @Test
    void aSignOutWithoutThePagesNonceIsRefusedBeforeItSignsOut() {
        Http learner = session("learner", "demo");
        String page = learner.get("learner/index.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("account", "account");
        form.put("account:signOut", "");
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        assertOurErrorPage(learner.post("learner/index.xhtml", FORM, Http.encode(form)), "a sign-out without nonce");
        assertEquals(200, learner.get("learner/index.xhtml").statusCode(), "still signed in");

        String otherPagesNonce = Http.nonce(learner.get("learner/scenarios.xhtml").body());
        assertNotEquals(Http.nonce(page), otherPagesNonce, "each page has a nonce of its own");
        form.put("primefaces.nonce", otherPagesNonce);
        assertOurErrorPage(learner.post("learner/index.xhtml", FORM, Http.encode(form)), "another page's nonce");
        assertEquals(200, learner.get("learner/index.xhtml").statusCode(), "still signed in");

        page = learner.get("learner/index.xhtml").body();
        form.put("jakarta.faces.ViewState", Http.viewState(page));
        form.put("primefaces.nonce", Http.nonce(page));
        HttpResponse<String> signedOut = learner.post("learner/index.xhtml", FORM, Http.encode(form));
        assertEquals(302, signedOut.statusCode(), "with its nonce the sign-out works");
        assertTrue(signedOut.headers().firstValue("Location").orElse("").contains("signedOut=true"));
        assertEquals(302, learner.get("learner/index.xhtml").statusCode(), "signed out");
    }

    @Test
    void aSignInWithoutThePagesNonceAnswersOurErrorPageAndSignsNobodyIn() {
        for (String nonce : new String[] {null, UUID.randomUUID().toString()}) {
            Http visitor = new Http(base());
            String page = visitor.get("login.xhtml").body();
            Map<String, String> form = new LinkedHashMap<>();
            form.put("login", "login");
            form.put("login:next", "");
            form.put("login:username", "learner");
            form.put("login:password", "demo");
            form.put("login:submit", "");
            form.put("jakarta.faces.ViewState", Http.viewState(page));
            if (nonce != null) {
                form.put("primefaces.nonce", java.util.Base64.getEncoder().encodeToString(nonce.getBytes()));
            }
            String what = nonce == null ? "a sign-in without nonce" : "a sign-in with a made-up nonce";
            assertOurErrorPage(visitor.post("login.xhtml", FORM, Http.encode(form)), what);
            assertEquals(302, visitor.get("index.xhtml").statusCode(), what + " signed nobody in");
        }
    }

    // --- Headers ---

    private static final Pattern SCRIPT_NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    @Test
    void everyPageHasExactlyOneContentSecurityPolicyThatAdmitsItsScriptsAndIsNotStored() {
        Http trainer = session("trainer", "demo");
        Http hr = session("hr", "demo");
        Http admin = session("admin", "demo");
        Map<String, HttpResponse<String>> pages = new LinkedHashMap<>();
        pages.put("/", trainer.get(""));
        pages.put("/learner/", trainer.get("learner/"));
        pages.put("/trainer/", trainer.get("trainer/"));
        pages.put("/hr/", hr.get("hr/"));
        pages.put("/admin/", admin.get("admin/"));
        pages.put("/index.xhtml", admin.get("index.xhtml"));
        pages.put("/login.xhtml", new Http(base()).get("login.xhtml"));
        pages.put("/verify/<code>", new Http(base()).get("verify/AAAA-BBBB-CCCC"));
        pages.put("/error 404", admin.get("admin/nothing-here.xhtml"));
        List<Executable> checks = new ArrayList<>();
        pages.forEach((where, response) -> {
            List<String> policies = response.headers().allValues("Content-Security-Policy");
            checks.add(() -> assertEquals(1, policies.size(), where + ": " + policies));
            checks.add(() -> assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                    where + " must not be stored"));
            Matcher script = SCRIPT_NONCE.matcher(response.body());
            checks.add(() -> assertTrue(script.find() && policies.size() == 1
                    && policies.get(0).contains("'nonce-" + script.group(1) + "'"),
                    where + ": its scripts are admitted by its policy: " + policies));
        });
        assertAll(checks);
    }

    @Test
    void noApiAnswerIsStoredAndEachHasOneStrictPolicy() {
        Http learner = new Http(base()).basic("learner", "demo");
        Http hr = new Http(base()).basic("hr", "demo");
        Http admin = admin();
        long someone = staffId(admin, "learner");
        Map<String, HttpResponse<String>> answers = new LinkedHashMap<>();
        answers.put("me/profile", learner.get("api/me/profile"));
        answers.put("me/courses", learner.get("api/me/courses"));
        answers.put("me/data", learner.get("api/me/data"));
        answers.put("courses", learner.get("api/courses"));
        answers.put("staff/{id}/profile", hr.get("api/staff/" + someone + "/profile"));
        answers.put("reports/heatmap", hr.get("api/reports/heatmap"));
        answers.put("reports/heatmap.csv", hr.get("api/reports/heatmap.csv"));
        answers.put("reports/trends", hr.get("api/reports/trends"));
        answers.put("staff", admin.get("api/staff"));
        answers.put("audit", admin.get("api/audit"));
        answers.put("a refusal", learner.get("api/staff"));
        answers.put("a challenge", new Http(base()).get("api/me/profile"));
        answers.put("a problem", admin.post("api/teams", JSON, "{}"));
        List<Executable> checks = new ArrayList<>();
        answers.forEach((what, response) -> {
            checks.add(() -> assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"),
                    what + " (" + response.statusCode() + ") must not be stored"));
            checks.add(() -> assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), what));
        });
        assertAll(checks);
    }

    // --- What Payara serves beside the application ---

    @Test
    void metricsAndTheWadlAreNotServedToAnyone() {
        Http anonymous = new Http(base());
        Http admin = admin();
        List<Executable> checks = new ArrayList<>();
        for (String path : List.of("metrics", "metrics/base", "metrics/vendor", "metrics/application")) {
            HttpResponse<String> byAnyone = anonymous.get(path);
            HttpResponse<String> byAdmin = admin.get(path);
            checks.add(() -> assertNotServed(byAnyone, path + " for anyone"));
            checks.add(() -> assertNotServed(byAdmin, path + " for an admin"));
        }
        for (String account : List.of("learner", "admin")) {
            HttpResponse<String> wadl = new Http(base()).basic(account, "demo").get("api/application.wadl");
            checks.add(() -> assertEquals(404, wadl.statusCode(), "application.wadl for " + account));
            HttpResponse<String> options = new Http(base()).basic(account, "demo").call("OPTIONS", "api/staff", null, null);
            checks.add(() -> assertFalse(options.body().contains("wadl"), "OPTIONS answers no WADL: " + options.body()));
        }
        HttpResponse<String> health = anonymous.get("health");
        checks.add(() -> assertEquals(200, health.statusCode(), "health stays open for load balancers"));
        checks.add(() -> assertFalse(health.body().contains("jdbc:"), "health names no database address: " + health.body()));
        assertAll(checks);
    }

    private static void assertNotServed(HttpResponse<String> response, String what) {
        assertTrue(response.statusCode() == 403 || response.statusCode() == 404, what + ": " + response.statusCode());
        assertFalse(response.body().contains("# TYPE") || response.body().contains("mp_scope"), what + " shows metrics");
    }

    // --- Certificates ---

    @Test
    void aCertificateLinksToTheConfiguredPublicAddressWhateverHostTheRequestNamed() throws IOException {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long team = newTeam(tag);
        newStaff(tag, team, "\"learner\"", "wachtwoord-" + tag);
        Http learner = new Http(base()).basic("doel-" + tag, "wachtwoord-" + tag);
        assertEquals(200, learner.post("api/me/courses/basis", JSON, "").statusCode());
        assertEquals(200, learner.post("api/me/courses/basis/lessons/welkom", JSON, "").statusCode());
        Quiz quiz = CoursesIT.quiz("toets.quiz.yaml");
        assertTrue(Http.object(learner.post("api/me/courses/basis/quizzes/toets", JSON, CoursesIT.answers(quiz, true)))
                .getBoolean("passed"));
        CoursesIT.play(learner, "paspoort-verlopen", "deels");
        String code = CoursesIT.course(learner, "basis").getString("certificateCode");
        assertNotNull(code);

        Http pages = session("doel-" + tag, "wachtwoord-" + tag);
        Http.Raw pdf = pages.getWithHost("learner/certificate?course=basis", "evil.example:666");
        assertEquals(200, pdf.status(), pdf.head());
        String text = new PdfTextExtractor(new PdfReader(pdf.body())).getTextFromPage(1);
        assertTrue(text.contains("http://localhost:8080/verify/" + code), "the configured address: " + text);
        assertFalse(text.contains("evil.example"), text);
        assertTrue(text.contains("Doelwit " + tag) && text.contains("Basiscursus loket"), text);
    }

    // --- SCIM ---

    /**
     * SCIM opens only to its bearer token, never to a session (ScimIT checks it with a token configured): here, with
     * none configured, every method answers 404 even with a signed-in admin's cookie from another site.
     */
    @Test
    void scimIsOffWithoutItsTokenAndTakesNoSessionCookie() {
        Http admin = session("admin", "demo");
        String user = "{\"userName\":\"nep-scim@gemeente.nl\"}";
        for (String[] call : List.of(new String[] {"GET", "scim/v2/Users", null}, new String[] {"POST",
                "scim/v2/Users", user}, new String[] {"PUT", "scim/v2/Users/1", user}, new String[] {"PATCH",
                "scim/v2/Users/1", user}, new String[] {"DELETE", "scim/v2/Users/1", null})) {
            HttpResponse<String> response = admin.call(call[0], call[1], call[2] == null ? null
                    : "application/scim+json", call[2], "Origin", EVIL);
            assertEquals(404, response.statusCode(), call[0] + " " + call[1] + ": " + response.body());
        }
        assertTrue(admin().get("api/staff").body().contains("\"active\":true"), "nobody was deactivated");
        assertFalse(admin().get("api/staff").body().contains("nep-scim"), "nobody was made");
    }
}
