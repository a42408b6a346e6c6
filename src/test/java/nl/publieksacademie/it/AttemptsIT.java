package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import nl.publieksacademie.content.control.TextMarkup;
import nl.publieksacademie.scenarios.graph.Choice;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Attempts over REST: a whole attempt updates evidence and the profile, a stale or doubled step is refused and
 * stored once, an attempt resumes from the database, a new scenario version never breaks a running attempt, and
 * nobody sees another person's attempt.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttemptsIT {

    static final String JSON = "application/json";
    /** This class changes content files: it has a copy of its own. */
    static final Path CONTENT = Deployments.ownContent(AttemptsIT.class);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(CONTENT);
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    static HttpResponse<String> start(Http http, String slug) {
        return http.post("api/attempts", JSON, "{\"scenario\":\"" + slug + "\"}");
    }

    static HttpResponse<String> step(Http http, long attempt, int step, String choice) {
        return http.post("api/attempts/" + attempt + "/steps", JSON,
                "{\"step\":" + step + ",\"choice\":\"" + choice + "\"}");
    }

    /** Evidence count per competency in the caller's profile. */
    static Map<String, Integer> evidence(Http http) {
        HttpResponse<String> response = http.get("api/me/profile");
        assertEquals(200, response.statusCode(), response.body());
        Map<String, Integer> counts = new HashMap<>();
        Http.object(response).getJsonArray("competencies").stream().map(JsonObject.class::cast)
                .forEach(c -> counts.put(c.getString("id"), c.getInt("evidence")));
        return counts;
    }

    @Test
    void aWholeAttemptEarnsEvidenceAndUpdatesTheProfileAndTheDebrief() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "paspoort-verlopen");
        String best = graph.endings().stream().filter(n -> n.ending().outcome().key().equals("geslaagd"))
                .findFirst().orElseThrow().id();
        List<String> path = Paths.toEndings(graph).get(best);
        Http learner = new Http(base()).basic("learner", "demo");
        Map<String, Integer> before = evidence(learner);

        JsonObject view = Http.object(start(learner, "paspoort-verlopen"));
        long attempt = view.getJsonNumber("attempt").longValue();
        assertEquals(0, view.getInt("step"));
        assertEquals(graph.start(), view.getJsonObject("node").getString("id"));
        Map<String, Integer> expected = new HashMap<>(before);
        for (int i = 0; i < path.size(); i++) {
            String choice = path.get(i);
            String node = view.getJsonObject("node").getString("id");
            assertTrue(view.getJsonArray("choices").stream().map(JsonObject.class::cast)
                    .anyMatch(c -> c.getString("id").equals(choice)), choice + " offered at " + node);
            graph.node(node).choice(choice).orElseThrow().evidence()
                    .forEach(e -> expected.merge(e.competency(), 1, Integer::sum));
            HttpResponse<String> answer = step(learner, attempt, i, choice);
            assertEquals(200, answer.statusCode(), answer.body());
            view = Http.object(answer);
            assertEquals(i + 1, view.getInt("step"));
        }
        assertTrue(view.getBoolean("finished"));
        assertEquals("geslaagd", view.getJsonObject("ending").getString("outcome"));
        Map<String, Integer> after = evidence(learner);
        expected.forEach((competency, count) -> assertEquals(count, after.getOrDefault(competency, 0), competency));

        JsonObject debrief = Http.object(learner.get("api/attempts/" + attempt + "/debrief"));
        assertEquals(path.size(), debrief.getJsonArray("steps").size());
        assertTrue(debrief.getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(c -> c.getBoolean("required")).allMatch(c -> c.getBoolean("passed")));
    }

    /** Round trips and transactions the server counted so far (it runs with -Dpa.sql.count=true). */
    static long[] counted(Http admin) {
        HttpResponse<String> response = admin.get("api/statements");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject counts = Http.object(response);
        return new long[] {counts.getJsonNumber("statements").longValue(),
                counts.getJsonNumber("transactions").longValue()};
    }

    /** A new learner made by the admin, so counts start from an account without history: its name and password. */
    static String[] newLearner(Http admin, String prefix) {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin.post("api/staff", JSON, """
                {"fullName":"Leerling %s","email":"%s-%s@gemeente.nl","username":"%s-%s",
                 "jobRole":"baliemedewerker","roles":["learner"],"password":"wachtwoord-%s"}"""
                .formatted(tag, prefix, tag, prefix, tag, tag));
        assertEquals(201, created.statusCode(), created.body());
        return new String[] {prefix + "-" + tag, "wachtwoord-" + tag};
    }

    @Test
    void aStepCostsAtMostFiveRoundTripsInOneTransaction() throws IOException {
        Http admin = new Http(base()).basic("admin", "demo");
        String[] account = newLearner(admin, "k");
        Http learner = new Http(base()).basic(account[0], account[1]);
        ScenarioGraph graph = Paths.graph(CONTENT, "keukentafel-wmo");
        List<String> path = Paths.toEndings(graph).values().stream()
                .max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        JsonObject view = Http.object(start(learner, "keukentafel-wmo"));
        long attempt = view.getJsonNumber("attempt").longValue();
        // the first request after signing in reads the account's stamp once (outside the step), not the steps after
        assertEquals(200, learner.get("api/attempts/" + attempt).statusCode());
        // Five round trips: the attempt with its row lock, the step log, the evidence (one batch), the kept sums (one
        // batch), the attempt. Amortized extras, none growing with the history: the insert of a person's first sums
        // in a competency, a new block of 50 evidence ids, and the framework's check for a new version (every 10 s).
        java.util.Set<String> competencies = new java.util.HashSet<>();
        String at = graph.start();
        int measured = 0;
        long total = 0;
        long allowed = 0;
        long started = System.nanoTime();
        int evidence = 0;
        for (int i = 0; i < path.size(); i++) {
            Choice choice = graph.node(at).choice(path.get(i)).orElseThrow();
            boolean first = choice.evidence().stream().map(e -> competencies.add(e.competency()))
                    .reduce(false, Boolean::logicalOr);
            long[] before = counted(admin);
            HttpResponse<String> answer = step(learner, attempt, i, path.get(i));
            long[] after = counted(admin);
            assertEquals(200, answer.statusCode(), answer.body());
            at = choice.next();
            if (graph.node(at).isEnding()) {
                break;
            }
            long statements = after[0] - before[0];
            assertTrue(statements <= 5 + (first ? 1 : 0) + 2, "step " + i + " took " + statements + " round trips");
            assertEquals(1, after[1] - before[1], "transactions of step " + i);
            total += statements;
            allowed += 5 + (first ? 1 : 0);
            evidence += choice.evidence().size();
            measured++;
        }
        long blocks = evidence / 50 + 1;
        long rechecks = (System.nanoTime() - started) / 10_000_000_000L + 1;
        assertTrue(total <= allowed + blocks + rechecks, total + " round trips in " + measured + " steps");
        assertTrue(measured >= 3, "steps measured: " + measured);
    }

    @Test
    void aTurnsPageReadsTheAttemptAndItsStepsInOneTransaction() throws IOException {
        Http admin = new Http(base()).basic("admin", "demo");
        String[] account = newLearner(admin, "p");
        Http rest = new Http(base()).basic(account[0], account[1]);
        ScenarioGraph graph = Paths.graph(CONTENT, "keukentafel-wmo");
        JsonObject view = Http.object(start(rest, "keukentafel-wmo"));
        long attempt = view.getJsonNumber("attempt").longValue();
        String first = graph.node(graph.start()).choices().get(0).id();
        assertEquals(200, step(rest, attempt, 0, first).statusCode());
        Http page = new Http(base());
        page.signIn(account[0], account[1]);
        String turn = "learner/play.xhtml?scenario=keukentafel-wmo&attempt=" + attempt;
        assertEquals(200, page.get(turn).statusCode());
        // the fewest of three GETs: the framework's check for a new version (every 10 s) may fall into one
        long fewestStatements = Long.MAX_VALUE;
        long fewestTransactions = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long[] before = counted(admin);
            HttpResponse<String> shown = page.get(turn);
            long[] after = counted(admin);
            assertEquals(200, shown.statusCode());
            assertTrue(shown.body().contains("id=\"transcript\""), "the turn's page, with the step taken");
            fewestStatements = Math.min(fewestStatements, after[0] - before[0]);
            fewestTransactions = Math.min(fewestTransactions, after[1] - before[1]);
        }
        assertEquals(2, fewestStatements, "round trips of a turn's page: the attempt and its step log");
        assertEquals(1, fewestTransactions, "transactions of a turn's page");
    }

    @Test
    void theDebriefShowsTheFeedbackOnEachChoiceAndTheOptionsNotTaken() throws IOException {
        Http admin = new Http(base()).basic("admin", "demo");
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        long team = Http.object(admin.post("api/teams", JSON,
                "{\"name\":\"Debrief " + tag + "\",\"department\":\"Burgerzaken\"}")).getJsonNumber("id").longValue();
        HttpResponse<String> created = admin.post("api/staff", JSON, """
                {"fullName":"Debrief %s","email":"d-%s@gemeente.nl","username":"d-%s","teamId":%d,
                 "jobRole":"baliemedewerker","roles":["learner"],"password":"wachtwoord-%s"}"""
                .formatted(tag, tag, tag, team, tag));
        assertEquals(201, created.statusCode(), created.body());
        Http learner = new Http(base()).basic("d-" + tag, "wachtwoord-" + tag);

        ScenarioGraph graph = Paths.graph(CONTENT, "paspoort-verlopen");
        List<String> path = Paths.toEndings(graph).values().stream()
                .max(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        JsonObject view = Http.object(start(learner, "paspoort-verlopen"));
        long attempt = view.getJsonNumber("attempt").longValue();
        List<Node> nodes = new java.util.ArrayList<>();
        String at = graph.start();
        for (int i = 0; i < path.size(); i++) {
            nodes.add(graph.node(at));
            HttpResponse<String> answer = step(learner, attempt, i, path.get(i));
            assertEquals(200, answer.statusCode(), answer.body());
            at = graph.node(at).choice(path.get(i)).orElseThrow().next();
        }

        JsonObject debrief = Http.object(learner.get("api/attempts/" + attempt + "/debrief"));
        var steps = debrief.getJsonArray("steps");
        assertEquals(path.size(), steps.size());
        Http pages = new Http(base());
        pages.signIn("d-" + tag, "wachtwoord-" + tag);
        HttpResponse<String> page = pages.get("learner/debrief.xhtml?attempt=" + attempt);
        assertEquals(200, page.statusCode());
        int othersShown = 0;
        for (int i = 0; i < path.size(); i++) {
            Choice chosen = nodes.get(i).choice(path.get(i)).orElseThrow();
            JsonObject shown = steps.getJsonObject(i);
            assertEquals(chosen.text(), shown.getString("chosen"), "step " + i);
            assertEquals(chosen.feedback(), shown.getString("feedback"), "step " + i);
            assertTrue(page.body().contains(TextMarkup.html(chosen.feedback())), "page shows feedback of step " + i);
            List<Choice> notTaken = nodes.get(i).choices().stream().filter(c -> !c.id().equals(chosen.id())).toList();
            var others = shown.getJsonArray("others");
            assertEquals(notTaken.size(), others.size(), "options not taken at step " + i);
            for (int o = 0; o < notTaken.size(); o++) {
                assertEquals(notTaken.get(o).text(), others.getJsonObject(o).getString("text"));
                assertEquals(notTaken.get(o).feedback(), others.getJsonObject(o).getString("feedback"));
                assertTrue(page.body().contains(TextMarkup.html(notTaken.get(o).text())),
                        "page shows option not taken: " + notTaken.get(o).text());
                assertTrue(page.body().contains(TextMarkup.html(notTaken.get(o).feedback())),
                        "page shows feedback of option not taken: " + notTaken.get(o).feedback());
                othersShown++;
            }
        }
        assertTrue(othersShown > 0, "the path had options not taken");
    }

    @Test
    void aStaleOrDoubledStepIsRefusedAndStoredOnce() throws Exception {
        Http learner = new Http(base()).basic("trainer", "demo");
        JsonObject view = Http.object(start(learner, "telefoon-van-het-kastje"));
        long attempt = view.getJsonNumber("attempt").longValue();
        int step = view.getInt("step");
        String first = view.getJsonArray("choices").getJsonObject(0).getString("id");
        Map<String, Integer> before = evidence(learner);

        CompletableFuture<HttpResponse<String>> a = CompletableFuture.supplyAsync(() -> step(learner, attempt, step, first));
        CompletableFuture<HttpResponse<String>> b = CompletableFuture.supplyAsync(() -> step(learner, attempt, step, first));
        List<Integer> codes = List.of(a.get().statusCode(), b.get().statusCode()).stream().sorted().toList();
        assertEquals(List.of(200, 409), codes, a.get().body() + "\n" + b.get().body());

        HttpResponse<String> again = step(learner, attempt, step, first);
        assertEquals(409, again.statusCode());
        assertEquals(step + 1, Http.object(again).getInt("step"), "the answer shows where the attempt stands");

        int gained = evidence(learner).values().stream().mapToInt(Integer::intValue).sum()
                - before.values().stream().mapToInt(Integer::intValue).sum();
        ScenarioGraph graph = Paths.graph(CONTENT, "telefoon-van-het-kastje");
        assertEquals(graph.node(view.getJsonObject("node").getString("id")).choice(first).orElseThrow().evidence().size(),
                gained, "one set of evidence");
        HttpResponse<String> notOffered = step(learner, attempt, step + 1, "bestaat-niet");
        assertEquals(409, notOffered.statusCode());
    }

    @Test
    void anAttemptResumesFromTheDatabaseInANewSession() {
        Http first = new Http(base()).basic("learner", "demo");
        JsonObject view = Http.object(start(first, "identiteitskaart-afhalen"));
        long attempt = view.getJsonNumber("attempt").longValue();
        String choice = view.getJsonArray("choices").getJsonObject(0).getString("id");
        JsonObject next = Http.object(step(first, attempt, view.getInt("step"), choice));

        Http later = new Http(base()).basic("learner", "demo");
        JsonObject resumed = Http.object(start(later, "identiteitskaart-afhalen"));
        assertEquals(attempt, resumed.getJsonNumber("attempt").longValue());
        assertEquals(next.getInt("step"), resumed.getInt("step"));
        assertEquals(next.getJsonObject("node"), resumed.getJsonObject("node"));
        assertEquals(next.getJsonObject("variables"), resumed.getJsonObject("variables"));
    }

    @Test
    void aNewVersionDuringAnAttemptNeverBreaksIt() throws IOException {
        Path file = CONTENT.resolve("scenarios/keukentafel-wmo.yaml");
        String original = Files.readString(file);
        Http learner = new Http(base()).basic("learner", "demo");
        Http admin = new Http(base()).basic("admin", "demo");
        JsonObject view = Http.object(start(learner, "keukentafel-wmo"));
        long attempt = view.getJsonNumber("attempt").longValue();
        int version = view.getInt("version");
        ScenarioGraph graph = Paths.graph(CONTENT, "keukentafel-wmo");
        try {
            String firstNode = graph.start();
            Files.writeString(file, original.replace("\n  " + firstNode + ":\n", "\n  " + firstNode + "-nieuw:\n")
                    .replace("start: " + firstNode + "\n", "start: " + firstNode + "-nieuw\n")
                    .replace("goto: " + firstNode + "\n", "goto: " + firstNode + "-nieuw\n"));
            HttpResponse<String> imported = admin.post("api/content/import", JSON, "");
            assertEquals(200, imported.statusCode(), imported.body());

            JsonObject current = Http.object(learner.get("api/attempts/" + attempt));
            assertEquals(version, current.getInt("version"), "the attempt stays on its version");
            String choice = current.getJsonArray("choices").getJsonObject(0).getString("id");
            HttpResponse<String> answer = step(learner, attempt, current.getInt("step"), choice);
            assertEquals(200, answer.statusCode(), answer.body());

            Http other = new Http(base()).basic("trainer", "demo");
            JsonObject fresh = Http.object(start(other, "keukentafel-wmo"));
            assertEquals(version + 1, fresh.getInt("version"), "a new attempt starts on the new version");
            assertEquals(firstNode + "-nieuw", fresh.getJsonObject("node").getString("id"));
        } finally {
            Files.writeString(file, original);
            admin.post("api/content/import", JSON, "");
        }
    }

    @Test
    void nobodySeesAnotherPersonsAttemptAndOnlyLearnersPlay() {
        Http learner = new Http(base()).basic("learner", "demo");
        JsonObject view = Http.object(start(learner, "paspoort-verlopen"));
        long attempt = view.getJsonNumber("attempt").longValue();
        Http trainer = new Http(base()).basic("trainer", "demo");
        assertEquals(404, trainer.get("api/attempts/" + attempt).statusCode());
        String choice = view.getJsonArray("choices").getJsonObject(0).getString("id");
        assertEquals(404, step(trainer, attempt, view.getInt("step"), choice).statusCode());
        assertEquals(403, start(new Http(base()).basic("hr", "demo"), "paspoort-verlopen").statusCode());
        assertEquals(403, start(new Http(base()).basic("admin", "demo"), "paspoort-verlopen").statusCode());
        assertEquals(401, start(new Http(base()), "paspoort-verlopen").statusCode());
        assertEquals(403, new Http(base()).basic("hr", "demo").get("api/me/profile").statusCode());
        assertEquals(404, start(learner, "bestaat-niet").statusCode());
        assertEquals(400, learner.post("api/attempts", JSON, "{}").statusCode());
    }

    @Test
    void rebuildingProfilesFromEvidenceGivesTheSameProfile() {
        Http learner = new Http(base()).basic("learner", "demo");
        JsonObject view = Http.object(start(learner, "identiteitskaart-afhalen"));
        String choice = view.getJsonArray("choices").getJsonObject(0).getString("id");
        step(learner, view.getJsonNumber("attempt").longValue(), view.getInt("step"), choice);
        JsonObject before = Http.object(learner.get("api/me/profile"));

        HttpResponse<String> rebuilt = new Http(base()).basic("admin", "demo").post("api/profiles/rebuild", JSON, "");
        assertEquals(200, rebuilt.statusCode(), rebuilt.body());
        assertEquals(403, learner.post("api/profiles/rebuild", JSON, "").statusCode());

        JsonObject after = Http.object(learner.get("api/me/profile"));
        var a = before.getJsonArray("competencies");
        var b = after.getJsonArray("competencies");
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            JsonObject x = a.getJsonObject(i);
            JsonObject y = b.getJsonObject(i);
            assertEquals(x.getInt("level"), y.getInt("level"), x.getString("id"));
            assertEquals(x.getInt("evidence"), y.getInt("evidence"), x.getString("id"));
            assertEquals(x.getJsonNumber("score").doubleValue(), y.getJsonNumber("score").doubleValue(), 1e-9);
            assertEquals(x.getJsonNumber("volume").doubleValue(), y.getJsonNumber("volume").doubleValue(), 1e-3);
        }
        assertNotEquals(0, a.stream().map(JsonObject.class::cast).mapToInt(c -> c.getInt("evidence")).sum());
    }
}
