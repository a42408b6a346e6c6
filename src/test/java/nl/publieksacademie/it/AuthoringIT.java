package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.it.pages.LoginPage;
import nl.publieksacademie.it.pages.PlayerPage;
import nl.publieksacademie.it.pages.Reload;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Authoring on one deployment: export and import in the file format (round trip), a concurrent save refused,
 * path analytics checked against attempts made in the test, and in the browser a trainer who writes a new
 * scenario from scratch, sees an error, fixes it, playtests and publishes it, after which a learner plays it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthoringIT {

    static final String JSON = "application/json";
    static final String YAML = "application/yaml";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    static int version(Http http, String slug) {
        return Http.array(http.get("api/scenarios")).stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("slug").equals(slug)).findFirst().orElseThrow().getInt("version");
    }

    @Test
    void anExportedScenarioImportsAgainUnchangedAndAChangedOneBecomesANewVersion() {
        Http trainer = new Http(base()).basic("trainer", "demo");
        String slug = "telefoon-van-het-kastje";
        HttpResponse<String> exported = trainer.get("api/scenarios/" + slug + ".yaml");
        assertEquals(200, exported.statusCode());
        int before = version(trainer, slug);

        HttpResponse<String> same = trainer.post("api/scenarios", YAML, exported.body());
        assertEquals(200, same.statusCode(), same.body());
        assertFalse(Http.object(same).containsKey("version") && !Http.object(same).isNull("version"));
        assertEquals(before, version(trainer, slug), "importing the export changes nothing");

        String changed = exported.body().replaceFirst("(?m)^title: .*$", "title: Van het kastje naar de muur (herzien)");
        HttpResponse<String> imported = trainer.post("api/scenarios", YAML, changed);
        assertEquals(201, imported.statusCode(), imported.body());
        assertEquals(before + 1, Http.object(imported).getInt("version"));
        assertEquals(changed, trainer.get("api/scenarios/" + slug + ".yaml").body(), "byte for byte");

        HttpResponse<String> broken = trainer.post("api/scenarios", YAML, changed.replace("goto: ", "goto: x"));
        assertEquals(400, broken.statusCode());
        assertFalse(Http.object(broken).getBoolean("valid"));
        assertTrue(Http.object(broken).getJsonArray("errors").getJsonObject(0).getInt("line") > 0);
        assertEquals(before + 1, version(trainer, slug), "a broken file stores nothing");
        assertEquals(403, new Http(base()).basic("learner", "demo").post("api/scenarios", YAML, changed).statusCode());
    }

    @Test
    void aSecondSaveFromAnOlderCopyIsRefusedAndNothingIsLost() {
        Http first = new Http(base()).basic("trainer", "demo");
        Http second = new Http(base()).basic("admin", "demo");
        JsonObject mine = Http.object(first.get("api/scenarios/paspoort-verlopen/draft"));
        JsonObject theirs = Http.object(second.get("api/scenarios/paspoort-verlopen/draft"));
        assertEquals(mine.getInt("version"), theirs.getInt("version"));

        String mineText = mine.getString("source").replaceFirst("(?m)^duration: .*$", "duration: 11");
        HttpResponse<String> saved = first.put("api/scenarios/paspoort-verlopen/draft", JSON, Json.createObjectBuilder()
                .add("version", mine.getInt("version")).add("source", mineText).build().toString());
        assertEquals(200, saved.statusCode(), saved.body());

        String theirText = theirs.getString("source").replaceFirst("(?m)^duration: .*$", "duration: 12");
        HttpResponse<String> refused = second.put("api/scenarios/paspoort-verlopen/draft", JSON,
                Json.createObjectBuilder().add("version", theirs.getInt("version")).add("source", theirText)
                        .build().toString());
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("trainer", Http.object(refused).getString("updatedBy"));
        assertEquals(mineText, Http.object(first.get("api/scenarios/paspoort-verlopen/draft")).getString("source"),
                "the first save stands");
    }

    @Test
    void scriptsHandlersAndJavascriptLinksInAuthoredTextNeverReachAPage() {
        Http trainer = new Http(base()).basic("trainer", "demo");
        JsonObject draft = Http.object(trainer.get("api/scenarios/keukentafel-wmo/draft"));
        String hostile = "<script>alert(1)</script> **vet** <img src=x onerror=alert(2)> [klik](javascript:alert(3))";
        nl.publieksacademie.scenarios.control.Draft model =
                nl.publieksacademie.scenarios.control.Draft.read(draft.getString("source")).orElseThrow();
        nl.publieksacademie.scenarios.control.DraftNode first = model.node(model.getStart()).orElseThrow();
        first.setSays(hostile);
        first.setNarration("<a href=\"javascript:alert(4)\" onclick=\"alert(5)\">x</a>");
        first.getChoices().get(0).setText("<script>alert(6)</script>Goedemiddag");
        String source = model.write();
        HttpResponse<String> saved = trainer.put("api/scenarios/keukentafel-wmo/draft", JSON, Json.createObjectBuilder()
                .add("version", draft.getInt("version")).add("source", source).build().toString());
        assertEquals(200, saved.statusCode(), saved.body());

        Http pages = new Http(base());
        pages.signIn("trainer", "demo");
        // the editor shows the text in form fields, escaped; no page may carry it inside a tag
        for (String page : List.of("trainer/playtest.xhtml?scenario=keukentafel-wmo",
                "trainer/editor.xhtml?scenario=keukentafel-wmo")) {
            String html = pages.get(page).body();
            assertFalse(html.contains("<script>alert"), page);
            assertFalse(html.contains("<img src=x"), page);
            assertFalse(java.util.regex.Pattern.compile("<[^>]*onclick=\"alert").matcher(html).find(), page);
            assertFalse(java.util.regex.Pattern.compile("<[^>]*href=\"javascript:").matcher(html).find(), page);
        }
        assertTrue(pages.get("trainer/playtest.xhtml?scenario=keukentafel-wmo").body().contains("<strong>vet</strong>"),
                "the safe subset stays");
    }

    /** A learner created by the admin in {@code team}, with Basic auth. */
    Http learner(long team) {
        Http admin = new Http(base()).basic("admin", "demo");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.post("api/staff", JSON, """
                {"fullName":"Speler %s","email":"%s@gemeente.nl","username":"s-%s","teamId":%d,
                 "jobRole":"baliemedewerker","roles":["learner"],"password":"wachtwoord-%s"}"""
                .formatted(tag, tag, tag, team, tag));
        assertEquals(201, created.statusCode(), created.body());
        return new Http(base()).basic("s-" + tag, "wachtwoord-" + tag);
    }

    long team(String name) {
        return Http.object(new Http(base()).basic("admin", "demo").post("api/teams", JSON,
                "{\"name\":\"" + name + " " + UUID.randomUUID().toString().substring(0, 6)
                        + "\",\"department\":\"Burgerzaken\"}")).getJsonNumber("id").longValue();
    }

    @Test
    void pathAnalyticsCountWhatLearnersDidAndWithholdSmallGroups() throws IOException {
        String slug = "identiteitskaart-afhalen";
        ScenarioGraph graph = Paths.graph(Fixtures.contentDir(), slug);
        Map<String, List<String>> toEndings = Paths.toEndings(graph);
        List<List<String>> paths = new ArrayList<>(toEndings.values());
        long big = team("Analyse");
        long small = team("Klein");
        Map<String, Integer> expected = new HashMap<>();
        Map<String, Integer> endings = new HashMap<>();
        List<String> endingIds = new ArrayList<>(toEndings.keySet());
        for (int i = 0; i < 6; i++) {
            Http learner = learner(big);
            List<String> path = paths.get(i % paths.size());
            play(learner, slug, path);
            String node = graph.start();
            for (String choice : path) {
                expected.merge(node + "/" + choice, 1, Integer::sum);
                node = graph.node(node).choice(choice).orElseThrow().next();
            }
            endings.merge(endingIds.get(i % paths.size()), 1, Integer::sum);
        }
        Http few = learner(small);
        play(few, slug, paths.get(0));

        Http trainer = new Http(base()).basic("trainer", "demo");
        JsonObject report = Http.object(trainer.get("api/scenarios/" + slug + "/analytics?team=" + big));
        assertFalse(report.getBoolean("withheld"));
        assertEquals(6, report.getInt("learners"));
        assertEquals(6, report.getInt("attempts"));
        Map<String, Integer> shown = new HashMap<>();
        report.getJsonArray("nodes").stream().map(JsonObject.class::cast).forEach(n -> n.getJsonArray("choices")
                .stream().map(JsonObject.class::cast).filter(c -> !c.getBoolean("suppressed"))
                .forEach(c -> shown.put(n.getString("node") + "/" + c.getString("choice"), c.getInt("count"))));
        // figures about fewer than five learners are suppressed (PrivacyIT): compare the ones shown
        shown.forEach((choice, n) -> assertEquals(expected.getOrDefault(choice, 0), n, choice));
        Map<String, Integer> endingCounts = new HashMap<>();
        report.getJsonArray("endings").stream().map(JsonObject.class::cast).filter(e -> !e.getBoolean("suppressed"))
                .forEach(e -> endingCounts.put(e.getString("node"), e.getInt("count")));
        endingCounts.forEach((ending, n) -> assertEquals(endings.getOrDefault(ending, 0), n, ending));
        assertEquals(graph.start(), report.getJsonArray("nodes").getJsonObject(0).getString("node"));
        assertEquals(6, report.getJsonArray("nodes").getJsonObject(0).getInt("reached"));
        assertFalse(report.toString().contains("Speler"), "no names");

        JsonObject withheld = Http.object(trainer.get("api/scenarios/" + slug + "/analytics?team=" + small));
        assertTrue(withheld.getBoolean("withheld"), "a team of one is not broken down");
        assertEquals(0, withheld.getJsonArray("nodes").size());

        HttpResponse<String> csv = trainer.get("api/scenarios/" + slug + "/analytics.csv?lang=en&team=" + big);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFSection,Node,Item,Text,Count,Percent"), csv.body());
        String first = graph.start() + "," + paths.get(0).get(0);
        Integer firstCount = shown.get(graph.start() + "/" + paths.get(0).get(0));
        assertTrue(csv.body().lines().anyMatch(l -> l.startsWith("choice," + first + ",")
                && l.contains("," + (firstCount == null ? "< 5" : String.valueOf(firstCount)) + ",")), csv.body());
        assertEquals(403, few.get("api/scenarios/" + slug + "/analytics").statusCode());

        try (Browser browser = new Browser(base())) {
            browser.open("login.xhtml");
            new LoginPage(browser.driver()).signIn("trainer", "demo");
            browser.open("trainer/analytics.xhtml?scenario=" + slug + "&team=" + big);
            String start = browser.driver().findElement(By.id("node-" + graph.start())).getText();
            assertTrue(start.contains(graph.start() + " 6"), start);
            assertTrue(browser.driver().findElement(By.id("csv")).getAttribute("href").contains("team=" + big));
            browser.assertAccessible("path analytics");
            browser.open("trainer/analytics.xhtml?scenario=" + slug + "&team=" + small);
            assertTrue(browser.driver().findElement(By.id("withheld")).isDisplayed());
            browser.open("trainer/history.xhtml?scenario=" + slug);
            browser.assertAccessible("versions");
        }
    }

    static void play(Http learner, String slug, List<String> path) {
        JsonObject view = Http.object(AttemptsIT.start(learner, slug));
        long attempt = view.getJsonNumber("attempt").longValue();
        for (String choice : path) {
            HttpResponse<String> answer = AttemptsIT.step(learner, attempt, view.getInt("step"), choice);
            assertEquals(200, answer.statusCode(), answer.body());
            view = Http.object(answer);
        }
        assertTrue(view.getBoolean("finished"));
    }

    /** Presses Enter on an Ajax button and waits until PrimeFaces has applied the answer. */
    static void ajax(WebDriver driver, WebElement button) {
        button.sendKeys(Keys.ENTER);
        settle(driver);
    }

    static void settle(WebDriver driver) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(WebDriverException.class).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0)"));
    }

    static WebElement field(WebDriver driver, String id) {
        return driver.findElement(By.id(id));
    }

    static void type(WebDriver driver, String id, String text) {
        WebElement input = field(driver, id);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    static String problems(WebDriver driver) {
        return field(driver, "problems").getText();
    }

    @Test
    void aTrainerWritesANewScenarioInTheEditorAndALearnerPlaysIt() {
        String slug = "verhuizing-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("trainer", "demo");
            browser.open("trainer/index.xhtml");
            browser.assertAccessible("scenario list");
            type(driver, "create:title", "Verhuizing doorgeven");
            type(driver, "create:slug", slug);
            WebElement create = field(driver, "create:save");
            create.sendKeys(Keys.ENTER);
            Reload.awaitAfter(driver, create);
            assertTrue(browser.path().endsWith("/trainer/editor.xhtml"), browser.path());
            assertTrue(field(driver, "problems-heading").getText().contains(" 0 fout"), "a new scenario starts valid");
            assertTrue((Boolean) ((JavascriptExecutor) driver).executeScript(
                    "return document.querySelector('#graph canvas') !== null"), "the graph is drawn");
            browser.assertAccessible("editor");

            // settings: a competency and a variable
            driver.findElement(By.cssSelector("#settings summary")).sendKeys(Keys.ENTER);
            WebElement dienen = driver.findElement(By.cssSelector("input[name='ed:competencies'][value='dienen']"));
            dienen.sendKeys(Keys.SPACE);
            settle(driver);
            ajax(driver, field(driver, "ed:addVariable"));
            type(driver, "ed:vars:0:varName", "geduld");
            type(driver, "ed:vars:0:varStart", "5");
            type(driver, "ed:vars:0:varLabel", "Geduld");
            ajax(driver, field(driver, "ed:applySettings"));

            // a second choice at the start, with a condition that does not parse
            ajax(driver, field(driver, "ed:addChoice"));
            type(driver, "ed:ch:1:text", "Even geduld, ik kijk het na.");
            type(driver, "ed:ch:1:condition", "geduld >");
            ajax(driver, field(driver, "ed:check"));
            assertTrue(problems(driver).contains("nodes.begin.choices[1].if"), problems(driver));
            assertFalse(field(driver, "problems-heading").getText().contains(" 0 fout"));

            // fixed, with an effect and evidence; then a new ending it leads to
            type(driver, "ed:ch:1:condition", "geduld > 3");
            ajax(driver, field(driver, "ed:ch:1:addEffect"));
            type(driver, "ed:ch:1:ef:0:effectExpr", "geduld - 1");
            ajax(driver, field(driver, "ed:ch:1:addEvidence"));
            type(driver, "ed:ch:1:evi:0:evReason", "Neemt de tijd");
            type(driver, "ed:ch:1:feedback", "Rustig nakijken helpt.");
            ajax(driver, field(driver, "ed:addNode"));
            assertTrue(field(driver, "node-heading").getText().contains("knoop"), field(driver, "node-heading").getText());
            type(driver, "ed:says", "Dan ga ik wel weer.");
            field(driver, "ed:ending").sendKeys(Keys.SPACE);
            settle(driver);
            field(driver, "ed:outcome").sendKeys("Niet");
            type(driver, "ed:endingTitle", "Vertrokken");
            type(driver, "ed:debrief", "De inwoner haakte af.");
            ajax(driver, field(driver, "ed:check"));
            assertFalse(problems(driver).contains("Fout"), problems(driver));
            ajax(driver, field(driver, "ed:save"));
            assertTrue(field(driver, "messages").getText().contains("Opgeslagen"), field(driver, "messages").getText());
            browser.assertAccessible("editor with a selected ending");

            // playtest: the waiting choice lowers patience and earns evidence
            browser.open("trainer/playtest.xhtml?scenario=" + slug);
            browser.assertAccessible("playtest");
            assertEquals("5", field(driver, "var-geduld").getText());
            ajax(driver, driver.findElement(By.cssSelector("[data-choice='keuze']")));
            assertEquals("4", field(driver, "var-geduld").getText());
            assertTrue(field(driver, "steps").getText().contains("Dienen +1"), field(driver, "steps").getText());
            ajax(driver, driver.findElement(By.cssSelector("[data-choice='groeten']")));
            assertTrue(field(driver, "ending").getText().contains("Geholpen"));
            field(driver, "pt:jumpNode").sendKeys("knoop");
            ajax(driver, field(driver, "pt:jump"));
            assertTrue(field(driver, "ending").getText().contains("Vertrokken"), "jumped to the other ending");

            // publish
            browser.open("trainer/editor.xhtml?scenario=" + slug);
            ajax(driver, field(driver, "ed:publish"));
            assertTrue(field(driver, "messages").getText().contains("versie 1"), field(driver, "messages").getText());
            browser.open("trainer/index.xhtml");
            assertTrue(field(driver, "list").getText().contains("Gepubliceerd"));

            // a learner plays it
            driver.manage().deleteAllCookies();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("learner", "demo");
            browser.open("learner/play.xhtml?scenario=" + slug);
            PlayerPage player = new PlayerPage(driver);
            assertEquals(List.of("groeten", "keuze", "keuze-2"), player.choices(), "the new node came with a choice leading to it");
            player.choose("keuze");
            player.choose("groeten");
            assertTrue(browser.path().endsWith("/learner/debrief.xhtml"), browser.path());
        }
    }

    @Test
    void aTrainerBuildsACourseWithALessonPreviewAndAQuizAndPublishesIt() throws IOException {
        String slug = "proef-" + UUID.randomUUID().toString().substring(0, 6);
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("trainer", "demo");
            browser.open("trainer/index.xhtml");
            type(driver, "newCourse:title", "Proefcursus balie");
            type(driver, "newCourse:slug", slug);
            WebElement create = field(driver, "newCourse:save");
            create.sendKeys(Keys.ENTER);
            Reload.awaitAfter(driver, create);
            assertTrue(browser.path().endsWith("/trainer/course-editor.xhtml"), browser.path());
            assertTrue(field(driver, "problems-heading").getText().contains(" 0 fout"), field(driver, "problems").getText());
            browser.assertAccessible("course editor");

            ajax(driver, field(driver, "ce:mods:0:steps:0:select"));
            WebElement lesson = field(driver, "ce:lesson");
            lesson.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            lesson.sendKeys("## Welkom aan de balie\n\nEen **gast** ontvang je.");
            new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("ce:preview")).getText().contains("Welkom aan de balie"));
            assertEquals("gast", driver.findElement(By.cssSelector("#ce\\:preview strong")).getText());
            browser.assertAccessible("course editor with a lesson");

            ajax(driver, field(driver, "ce:mods:0:addQuiz"));
            type(driver, "ce:qs:0:qtext", "Wat doe je als eerste?");
            type(driver, "ce:qs:0:os:0:otext", "Opkijken en groeten");
            ajax(driver, field(driver, "ce:check"));
            assertTrue(field(driver, "problems-heading").getText().contains(" 0 fout"), field(driver, "problems").getText());
            browser.assertAccessible("course editor with a quiz");
            ajax(driver, field(driver, "ce:publish"));
            assertTrue(field(driver, "messages").getText().contains("versie 1"), field(driver, "messages").getText());
        }
        JsonObject published = Http.array(new Http(base()).basic("learner", "demo").get("api/courses")).stream()
                .map(JsonObject.class::cast).filter(c -> c.getString("slug").equals(slug)).findFirst().orElseThrow();
        assertEquals("Proefcursus balie", published.getString("title"));
        assertEquals(2, published.getInt("total"), "a lesson and a quiz");

        HttpResponse<byte[]> zip = new Http(base()).basic("trainer", "demo").getBytes("api/courses/" + slug + ".zip");
        assertEquals(200, zip.statusCode());
        List<String> names = new ArrayList<>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        assertTrue(names.containsAll(List.of(slug + "/course.yaml", slug + "/les.md", slug + "/toets.quiz.yaml")),
                names.toString());
    }
}
