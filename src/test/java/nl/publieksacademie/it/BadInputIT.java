package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input is answered as bad input: an unknown or foreign id, a body that is not JSON, has the wrong types or is
 * nested 100 000 deep, a YAML file nested as deep, a CSV that is not UTF-8 and a forged view state each get a 400 or
 * 404 (the API's problem JSON, on pages our own error page), never a 500, and no answer names a framework or shows
 * a stack trace. The server log is not visible to these tests (the container runs with outputToConsole=false), so
 * "one log line" is not asserted here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadInputIT {

    static final String JSON = "application/json";
    static final int DEEP = 100_000;
    /** What an answer must never show: a stack trace or the name of the framework that failed. */
    static final List<String> TRACES = List.of("\tat ", "at nl.publieksacademie.", "Caused by", "StackOverflow",
            "Payara", "Mojarra", "Grizzly", "Jersey", "Yasson", "Parsson", "EclipseLink", "snakeyaml");
    /**
     * And in the API's JSON, no exception or class name at all (pages may name exception classes: PrimeFaces
     * writes the error-page map of web.xml into every page's script settings).
     */
    static final List<String> CLASS_NAMES = List.of("Exception", "org.glassfish", "org.eclipse", "jakarta.", "java.");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    /** One bad request, who sends it, and the status it must get. */
    record Bad(String what, Function<Http, HttpResponse<String>> send, int status) {}

    static String deepArrays() {
        return "[".repeat(DEEP) + "]".repeat(DEEP);
    }

    static String deepObjects() {
        return "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);
    }

    static void assertNoLeak(String what, HttpResponse<String> response, List<String> leaks) {
        String body = response.body();
        for (String leak : leaks) {
            int at = body.indexOf(leak);
            assertFalse(at >= 0, () -> what + ": the answer shows '" + leak + "': ..."
                    + body.substring(Math.max(0, at - 100), Math.min(body.length(), at + 100)));
        }
    }

    static void assertNoLeak(String what, HttpResponse<String> response) {
        assertNoLeak(what, response, TRACES);
        assertNoLeak(what, response, CLASS_NAMES);
    }

    static String head(HttpResponse<String> response) {
        String body = response.body();
        int heading = body.indexOf("<h1");
        String shown = heading >= 0 ? body.substring(heading) : body;
        return response.statusCode() + " " + shown.substring(0, Math.min(300, shown.length())).replace('\n', ' ');
    }

    /** Each REST answer: the status asked for, the problem JSON ({@code errors} with messages), nothing leaked. */
    static void assertProblems(List<Bad> table, Http http) {
        List<String> wrong = new ArrayList<>();
        for (Bad bad : table) {
            HttpResponse<String> response = bad.send().apply(http);
            if (response.statusCode() != bad.status()) {
                wrong.add(bad.what() + " answered " + head(response));
                continue;
            }
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(JSON),
                    bad.what() + ": not JSON: " + head(response));
            JsonObject problem = Http.object(response);
            assertFalse(problem.getJsonArray("errors").isEmpty(), bad.what() + ": no problem named");
            String message = problem.getJsonArray("errors").getJsonObject(0).getString("message");
            assertFalse(message.isBlank() || message.contains("{"), bad.what() + ": " + message);
            assertNoLeak(bad.what(), response);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    /** Each page answer: the status asked for, our own error page, nothing leaked. */
    static void assertErrorPages(List<Bad> table, Http http) {
        List<String> wrong = new ArrayList<>();
        for (Bad bad : table) {
            HttpResponse<String> response = bad.send().apply(http);
            if (response.statusCode() != bad.status() || !response.body().contains("id=\"error-text\"")) {
                wrong.add(bad.what() + " answered " + head(response));
                continue;
            }
            assertNoLeak(bad.what(), response, TRACES);
        }
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void everyEndpointWithAJsonBodyRefusesBrokenWronglyTypedAndDeeplyNestedJsonWith400() {
        Http admin = new Http(base()).basic("admin", "demo");
        Http learner = new Http(base()).basic("learner", "demo");
        Http trainer = new Http(base()).basic("trainer", "demo");
        long attempt = Http.object(learner.post("api/attempts", JSON, "{\"scenario\":\"paspoort-verlopen\"}"))
                .getJsonNumber("attempt").longValue();
        long staffId = Http.array(admin.get("api/staff")).getJsonObject(0).getJsonNumber("id").longValue();
        long teamId = Http.array(admin.get("api/teams")).getJsonObject(0).getJsonNumber("id").longValue();

        Map<String, String> adminPosts = new LinkedHashMap<>();
        adminPosts.put("POST api/staff", "api/staff");
        adminPosts.put("POST api/teams", "api/teams");
        adminPosts.put("POST api/assignments", "api/assignments");
        adminPosts.put("POST api/grants", "api/grants");
        adminPosts.put("POST api/demo-data", "api/demo-data");
        Map<String, String> adminPuts = Map.of("PUT api/staff/{id}", "api/staff/" + staffId,
                "PUT api/teams/{id}", "api/teams/" + teamId);
        Map<String, String> learnerPosts = Map.of("POST api/attempts", "api/attempts",
                "POST api/attempts/{id}/steps", "api/attempts/" + attempt + "/steps",
                "POST api/me/courses/{slug}/quizzes/{step}",
                "api/me/courses/hostmanship-aan-de-balie/quizzes/toets-welkom");

        for (String body : List.of("{\"scenario\":", "not json at all", deepArrays(), deepObjects())) {
            String kind = body.length() > 100 ? "nested " + DEEP + " deep" : "malformed '" + body + "'";
            List<Bad> asAdmin = new ArrayList<>();
            adminPosts.forEach((name, path) -> asAdmin.add(new Bad(name + " " + kind, h -> h.post(path, JSON, body), 400)));
            adminPuts.forEach((name, path) -> asAdmin.add(new Bad(name + " " + kind, h -> h.put(path, JSON, body), 400)));
            assertProblems(asAdmin, admin);
            List<Bad> asLearner = new ArrayList<>();
            learnerPosts.forEach((name, path) -> asLearner.add(new Bad(name + " " + kind, h -> h.post(path, JSON, body), 400)));
            assertProblems(asLearner, learner);
            assertProblems(List.of(new Bad("PUT api/scenarios/{slug}/draft " + kind,
                    h -> h.put("api/scenarios/paspoort-verlopen/draft", JSON, body), 400)), trainer);
        }

        assertProblems(List.of(
                new Bad("a step number as text", h -> h.post("api/attempts/" + attempt + "/steps", JSON,
                        "{\"step\":\"one\",\"choice\":\"x\"}"), 400),
                new Bad("a scenario as a list", h -> h.post("api/attempts", JSON, "{\"scenario\":[1,2]}"), 400),
                new Bad("quiz answers as text", h -> h.post(
                        "api/me/courses/hostmanship-aan-de-balie/quizzes/toets-welkom", JSON,
                        "{\"answers\":{\"q1\":[\"first\"]}}"), 400),
                new Bad("a body that is a number", h -> h.post("api/attempts", JSON, "42"), 400),
                new Bad("an unknown scenario", h -> h.post("api/attempts", JSON, "{\"scenario\":\"nope\"}"), 404),
                new Bad("another person's attempt", h -> h.get("api/attempts/999999999"), 404)), learner);
        assertProblems(List.of(
                new Bad("a team name as an object", h -> h.post("api/teams", JSON, "{\"name\":{},\"department\":1}"), 400),
                new Bad("an active flag as text", h -> h.put("api/staff/" + staffId, JSON, "{\"active\":\"maybe\"}"), 400),
                new Bad("a staff member as null", h -> h.post("api/staff", JSON, "null"), 400),
                new Bad("a staff member without a body", h -> h.post("api/staff", JSON, ""), 400),
                new Bad("a team as null", h -> h.put("api/teams/" + teamId, JSON, "null"), 400),
                new Bad("an unknown team", h -> h.get("api/teams/999999999"), 404)), admin);
        assertProblems(List.of(
                new Bad("a draft with a null source", h -> h.put("api/scenarios/paspoort-verlopen/draft", JSON,
                        "{\"version\":1,\"source\":null}"), 400),
                new Bad("a draft version as text", h -> h.put("api/scenarios/paspoort-verlopen/draft", JSON,
                        "{\"version\":\"one\",\"source\":\"x\"}"), 400),
                new Bad("a draft of an unknown scenario", h -> h.put("api/scenarios/nope/draft", JSON,
                        "{\"version\":1,\"source\":\"title: x\"}"), 404)), trainer);
    }

    @Test
    void aScenarioFileNestedDeepIsRefusedWithItsPlaceNotACrash() {
        Http trainer = new Http(base()).basic("trainer", "demo");
        for (String yaml : List.of("slug: deep\ntitle: " + "[".repeat(DEEP) + "]".repeat(DEEP) + "\n",
                "slug: deep\ntitle: " + "{a: ".repeat(DEEP) + "1" + "}".repeat(DEEP) + "\n")) {
            HttpResponse<String> imported = trainer.post("api/scenarios", "application/yaml", yaml);
            assertEquals(400, imported.statusCode(), head(imported));
            assertNoLeak("import", imported);
            JsonObject error = Http.object(imported).getJsonArray("errors").getJsonObject(0);
            assertEquals(2, error.getInt("line"), imported.body());
            HttpResponse<String> validated = trainer.post("api/scenarios/validate", "application/yaml", yaml);
            assertEquals(200, validated.statusCode(), head(validated));
            assertFalse(Http.object(validated).getBoolean("valid"));
            assertEquals(2, Http.object(validated).getJsonArray("errors").getJsonObject(0).getInt("line"));
            assertNoLeak("validate", validated);
        }
    }

    @Test
    void aStaffCsvThatIsNotUtf8IsRefusedWithTheLineNotStoredMangled() throws Exception {
        byte[] csv = ("name,email,team,job_role,roles\n"
                + "Anna Bakker,anna.utf8@example.nl,,baliemedewerker,learner\n"
                + "Jos ").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[csv.length + 1];
        System.arraycopy(csv, 0, broken, 0, csv.length);
        broken[csv.length] = (byte) 0xE9; // é in Latin-1: not UTF-8
        byte[] rest = "Smit,jos.latin1@example.nl,,baliemedewerker,learner\n".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[broken.length + rest.length];
        System.arraycopy(broken, 0, body, 0, broken.length);
        System.arraycopy(rest, 0, body, broken.length, rest.length);

        HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(
                HttpRequest.newBuilder(base().resolve("api/staff/import")).timeout(Duration.ofSeconds(30))
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), head(response));
        assertEquals(3, Http.object(response).getJsonArray("errors").getJsonObject(0).getInt("line"), response.body());
        assertNoLeak("csv", response);
        String staff = new Http(base()).basic("admin", "demo").get("api/staff").body();
        assertFalse(staff.contains("anna.utf8@example.nl"), "nothing of the file is stored");
        assertFalse(staff.contains("\uFFFD"), "no replacement character stored");
    }

    @Test
    void pagesAnswerUnknownAndForeignIdsWithOurNotFoundPage() {
        Http other = new Http(base()).basic("trainer", "demo");
        long foreign = Http.object(other.post("api/attempts", JSON, "{\"scenario\":\"paspoort-verlopen\"}"))
                .getJsonNumber("attempt").longValue();
        Http learner = new Http(base());
        assertEquals(302, learner.signIn("learner", "demo").statusCode());
        assertErrorPages(List.of(
                new Bad("unknown scenario", h -> h.get("learner/play.xhtml?scenario=nope"), 404),
                new Bad("unknown course", h -> h.get("learner/course.xhtml?course=nope"), 404),
                new Bad("unknown lesson", h -> h.get("learner/lesson.xhtml?course=hostmanship-aan-de-balie&step=nope"), 404),
                new Bad("lesson of an unknown course", h -> h.get("learner/lesson.xhtml?course=nope&step=nope"), 404),
                new Bad("unknown quiz", h -> h.get("learner/quiz.xhtml?course=hostmanship-aan-de-balie&step=nope"), 404),
                new Bad("a lesson opened as a quiz", h -> h.get(
                        "learner/quiz.xhtml?course=hostmanship-aan-de-balie&step=wat-is-hostmanship"), 404),
                new Bad("another person's debrief", h -> h.get("learner/debrief.xhtml?attempt=" + foreign), 404),
                new Bad("unknown debrief", h -> h.get("learner/debrief.xhtml?attempt=999999999"), 404),
                new Bad("a debrief id that is no number", h -> h.get("learner/debrief.xhtml?attempt=abc"), 404),
                new Bad("no scenario named", h -> h.get("learner/play.xhtml"), 404)), learner);

        Http trainer = new Http(base());
        assertEquals(302, trainer.signIn("trainer", "demo").statusCode());
        assertErrorPages(List.of(
                new Bad("editor of an unknown scenario", h -> h.get("trainer/editor.xhtml?scenario=nope"), 404),
                new Bad("playtest of an unknown scenario", h -> h.get("trainer/playtest.xhtml?scenario=nope"), 404),
                new Bad("analytics of an unknown scenario", h -> h.get("trainer/analytics.xhtml?scenario=nope"), 404),
                new Bad("editor of an unknown course", h -> h.get("trainer/course-editor.xhtml?course=nope"), 404)),
                trainer);
    }

    @Test
    void hrPagesAnswerTeamsOutsideTheGrantAndUnknownIdsWithOurNotFoundPage() {
        Http admin = new Http(base()).basic("admin", "demo");
        String suffix = Long.toString(System.nanoTime() % 1_000_000);
        long inside = Http.object(admin.post("api/teams", JSON,
                "{\"name\":\"Binnen " + suffix + "\",\"department\":\"Binnen " + suffix + "\"}")).getJsonNumber("id")
                .longValue();
        long outside = Http.object(admin.post("api/teams", JSON,
                "{\"name\":\"Buiten " + suffix + "\",\"department\":\"Buiten " + suffix + "\"}")).getJsonNumber("id")
                .longValue();
        HttpResponse<String> created = admin.post("api/staff", JSON, "{\"fullName\":\"HR Beperkt\",\"email\":\"hr"
                + suffix + "@example.nl\",\"username\":\"hr" + suffix + "\",\"jobRole\":\"baliemedewerker\","
                + "\"roles\":[\"hr\"],\"active\":true,\"password\":\"hr-password-" + suffix + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        long hrId = Http.object(created).getJsonNumber("id").longValue();
        assertEquals(200, admin.post("api/grants", JSON, "{\"staff\":" + hrId + ",\"department\":\"Binnen " + suffix
                + "\"}").statusCode());

        Http hr = new Http(base());
        assertEquals(302, hr.signIn("hr" + suffix, "hr-password-" + suffix).statusCode());
        assertEquals(200, hr.get("hr/team.xhtml?team=" + inside).statusCode(), "the granted team is shown");
        assertErrorPages(List.of(
                new Bad("team outside the grant", h -> h.get("hr/team.xhtml?team=" + outside), 404),
                new Bad("unknown team", h -> h.get("hr/team.xhtml?team=999999999"), 404),
                new Bad("a team id that is no number", h -> h.get("hr/team.xhtml?team=abc"), 404),
                new Bad("unknown person", h -> h.get("hr/person.xhtml?staff=999999999"), 404)), hr);
    }

    @Test
    void aForgedViewStateIsAnsweredWithOurErrorPageAs400() {
        Http anonymous = new Http(base());
        String login = anonymous.get("login.xhtml").body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", "learner");
        form.put("login:password", "demo");
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", "garbage");
        form.put("primefaces.nonce", Http.nonce(login));
        String forged = Http.encode(form);

        Http learner = new Http(base());
        assertEquals(302, learner.signIn("learner", "demo").statusCode());
        var opened = learner.get("learner/play.xhtml?scenario=paspoort-verlopen");
        String location = opened.headers().firstValue("Location").orElse("");
        // the player answers with a redirect to the attempt's own address (post/redirect/get)
        String play = location.isEmpty() ? opened.body()
                : learner.get(location.substring(location.indexOf("learner/play.xhtml"))).body();
        Map<String, String> choice = new LinkedHashMap<>();
        choice.put("choose", "choose");
        choice.put("step", "0");
        choice.put("jakarta.faces.ViewState", "-123:456");
        choice.put("primefaces.nonce", Http.nonce(play));

        assertErrorPages(List.of(new Bad("sign-in with a forged view state",
                h -> h.post("login.xhtml", "application/x-www-form-urlencoded", forged), 400)), anonymous);
        assertErrorPages(List.of(new Bad("a choice with a forged view state",
                h -> h.post("learner/play.xhtml", "application/x-www-form-urlencoded", Http.encode(choice)), 400)),
                learner);
    }
}
