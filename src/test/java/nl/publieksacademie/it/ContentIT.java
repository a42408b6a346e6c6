package nl.publieksacademie.it;

import nl.publieksacademie.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Scenario content over HTTP: the validate endpoint with its roles, the published scenarios, and re-importing the
 * content folder (a copy under target/it-content) where a broken file never replaces the last good version.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentIT {

    static final String YAML = "application/yaml";
    /** This class changes content files: it has a copy of its own. */
    static final Path CONTENT = Deployments.ownContent(ContentIT.class);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(CONTENT);
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    @Test
    void aValidScenarioIsReportedValid() throws IOException {
        HttpResponse<String> response = new Http(base()).basic("trainer", "demo")
                .post("api/scenarios/validate", YAML, Fixtures.scenario("loket.yaml"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject answer = Http.object(response);
        assertTrue(answer.getBoolean("valid"));
        assertEquals(0, answer.getJsonArray("errors").size());
        assertEquals(0, answer.getJsonArray("warnings").size());
    }

    @Test
    void aBrokenScenarioGetsEveryErrorWithLineColumnAndPath() throws IOException {
        HttpResponse<String> response = new Http(base()).basic("admin", "demo")
                .post("api/scenarios/validate", YAML, Fixtures.scenario("unknown-goto.yaml"));
        assertEquals(200, response.statusCode(), response.body());
        JsonObject answer = Http.object(response);
        assertFalse(answer.getBoolean("valid"));
        JsonObject error = answer.getJsonArray("errors").stream().map(JsonObject.class::cast)
                .filter(e -> e.getString("path").equals("nodes.adres.choices[0].goto"))
                .findFirst().orElseThrow(() -> new AssertionError(response.body()));
        assertEquals(46, error.getInt("line"));
        assertEquals(9, error.getInt("column"));
        assertTrue(error.getString("message").startsWith("Choice \"afronden\" goes to node \"klaarr\""),
                error.toString());
        assertEquals(3, answer.getJsonArray("errors").size(), "the goto and its two consequences: " + response.body());
    }

    @Test
    void messagesFollowTheAcceptedLanguage() throws IOException {
        Http trainer = new Http(base()).basic("trainer", "demo");
        String english = Http.object(trainer.post("api/scenarios/validate", YAML, Fixtures.scenario("unknown-goto.yaml")))
                .getJsonArray("errors").getJsonObject(1).getString("message");
        String dutch = Http.object(trainer.post("api/scenarios/validate", YAML, Fixtures.scenario("unknown-goto.yaml"),
                "Accept-Language", "nl")).getJsonArray("errors").getJsonObject(1).getString("message");
        assertNotEquals(english, dutch);
        assertTrue(dutch.contains("klaarr"), dutch);
    }

    @Test
    void onlyTrainersAndAdminsMayValidate() throws IOException {
        String body = Fixtures.scenario("loket.yaml");
        assertEquals(401, new Http(base()).post("api/scenarios/validate", YAML, body).statusCode());
        assertEquals(403, new Http(base()).basic("learner", "demo").post("api/scenarios/validate", YAML, body)
                .statusCode());
        assertEquals(403, new Http(base()).basic("hr", "demo").post("api/scenarios/validate", YAML, body)
                .statusCode());
        assertEquals(200, new Http(base()).basic("admin", "demo").post("api/scenarios/validate", YAML, body)
                .statusCode());
    }

    @Test
    void theShippedScenariosArePublishedAtStartUp() {
        HttpResponse<String> response = new Http(base()).basic("trainer", "demo").get("api/scenarios");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray scenarios = Http.array(response);
        assertTrue(scenarios.size() >= 4, response.body());
        assertTrue(scenarios.stream().map(JsonObject.class::cast)
                .anyMatch(s -> s.getString("slug").equals("paspoort-verlopen") && s.getString("setting").equals("balie")),
                response.body());
        assertEquals(403, new Http(base()).basic("learner", "demo").get("api/scenarios").statusCode());
        assertEquals(403, new Http(base()).basic("trainer", "demo").post("api/content/import", YAML, "").statusCode());
    }

    @Test
    void aBrokenFileNeverReplacesTheLastGoodVersionAndAFixedOneBecomesTheNext() throws IOException {
        Path file = CONTENT.resolve("scenarios/paspoort-verlopen.yaml");
        String original = Files.readString(file);
        Http admin = new Http(base()).basic("admin", "demo");
        int before = version(admin, "paspoort-verlopen");
        try {
            Files.writeString(file, original.replaceFirst("goto: ([a-z-]+)", "goto: $1-bestaat-niet"));
            Files.writeString(CONTENT.resolve("scenarios/kapot.yaml"), "id: kapot\ntitle: [\n");
            JsonArray outcomes = Http.array(admin.post("api/content/import", YAML, ""));
            JsonObject broken = outcome(outcomes, "scenarios/paspoort-verlopen.yaml");
            assertFalse(broken.getBoolean("valid"));
            assertFalse(broken.containsKey("publishedVersion") && !broken.isNull("publishedVersion"));
            assertTrue(outcome(outcomes, "scenarios/identiteitskaart-afhalen.yaml").getBoolean("valid"),
                    "one file's errors do not stop the others");
            assertEquals(before, version(admin, "paspoort-verlopen"));

            Http trainer = new Http(base());
            trainer.signIn("trainer", "demo");
            String page = trainer.get("trainer/content.xhtml").body();
            assertTrue(page.contains("scenarios/paspoort-verlopen.yaml:"), "the page lists the error with its line");
            assertTrue(page.contains("scenarios/kapot.yaml:2:"), "a YAML syntax error names its line");

            Files.writeString(file, original.replaceFirst("title: .*", "title: Paspoort verlopen (herzien)"));
            JsonObject fixed = outcome(Http.array(admin.post("api/content/import", YAML, "")),
                    "scenarios/paspoort-verlopen.yaml");
            assertEquals(before + 1, fixed.getInt("publishedVersion"));
            assertEquals(before + 1, version(admin, "paspoort-verlopen"));
        } finally {
            Files.writeString(file, original);
            Files.deleteIfExists(CONTENT.resolve("scenarios/kapot.yaml"));
            admin.post("api/content/import", YAML, "");
        }
    }

    private static JsonObject outcome(JsonArray outcomes, String file) {
        return outcomes.stream().map(JsonObject.class::cast).filter(o -> o.getString("file").equals(file))
                .findFirst().orElseThrow(() -> new AssertionError(file + " not in " + outcomes));
    }

    private static int version(Http http, String slug) {
        return Http.array(http.get("api/scenarios")).stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("slug").equals(slug)).findFirst().orElseThrow().getInt("version");
    }
}
