package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Privacy promises over HTTP on one deployment: path analytics never show a figure about fewer than five learners
 * (JSON, CSV, page and graph, with and without a period); "all my data" holds the sign-ins and grants; CSV exports
 * neutralize a name that a spreadsheet would run as a formula. Writes are JSON without an Origin, as API clients
 * send them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PrivacyIT {

    static final String JSON = "application/json";
    static final String SLUG = "identiteitskaart-afhalen";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    Http admin() {
        return new Http(base()).basic("admin", "demo");
    }

    long team(String name, String department) {
        HttpResponse<String> created = admin().post("api/teams", JSON, "{\"name\":\"" + name + " "
                + UUID.randomUUID().toString().substring(0, 6) + "\",\"department\":\"" + department + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.object(created).getJsonNumber("id").longValue();
    }

    /** A member of staff made by the admin; answers {id, username, password}. */
    String[] member(long team, String fullName, String roles) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String body = Json.object(Map.of("fullName", fullName, "email", tag + "@gemeente.nl", "username", "p-" + tag,
                "teamId", team, "jobRole", "baliemedewerker", "password", "wachtwoord-" + tag)).replace("}",
                ",\"roles\":[" + roles + "]}");
        HttpResponse<String> created = admin().post("api/staff", JSON, body);
        assertEquals(201, created.statusCode(), created.body());
        return new String[] {String.valueOf(Http.object(created).getJsonNumber("id").longValue()), "p-" + tag,
                "wachtwoord-" + tag, tag + "@gemeente.nl"};
    }

    @Test
    void aTeamOfFiveSplitFourAndOneOverTwoEndingsShowsNoFigureUnderFive() throws IOException {
        ScenarioGraph graph = Paths.graph(Fixtures.contentDir(), SLUG);
        Map<String, List<String>> toEndings = Paths.toEndings(graph);
        List<String> endings = new ArrayList<>(toEndings.keySet());
        assertTrue(endings.size() >= 2, "the scenario has two endings");
        long team = team("Vijf", "Burgerzaken");
        for (int i = 0; i < 5; i++) {
            String[] m = member(team, "Speler " + i, "\"learner\"");
            AuthoringIT.play(new Http(base()).basic(m[1], m[2]), SLUG, toEndings.get(endings.get(i < 4 ? 0 : 1)));
        }
        Http trainer = new Http(base()).basic("trainer", "demo");
        String today = LocalDate.now().toString();
        for (String filter : List.of("team=" + team, "team=" + team + "&from=" + today + "&to=" + today)) {
            HttpResponse<String> answer = trainer.get("api/scenarios/" + SLUG + "/analytics?" + filter);
            assertEquals(200, answer.statusCode(), answer.body());
            JsonObject report = Http.object(answer);
            assertFalse(report.getBoolean("withheld"), "five learners are shown");
            assertEquals(5, report.getInt("learners"));
            for (JsonObject e : report.getJsonArray("endings").getValuesAs(JsonObject.class)) {
                assertTrue(e.getBoolean("suppressed", false), "an ending of 4 or 1 learners: " + e);
                assertFalse(e.containsKey("count") && !e.isNull("count"), "no exact count: " + e);
            }
            assertEquals(5, report.getJsonArray("nodes").getJsonObject(0).getInt("reached"), "the start: all five");
            for (JsonObject n : report.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
                assertFigure(n, "reached");
                for (JsonObject c : n.getJsonArray("choices").getValuesAs(JsonObject.class)) {
                    assertFigure(c, "count");
                    if (c.getBoolean("suppressed", false)) {
                        assertTrue(!c.containsKey("percent") || c.isNull("percent"), "no share either: " + c);
                    }
                }
            }
            for (String list : List.of("missedChecks", "abandoned")) {
                for (JsonObject x : report.getJsonArray(list).getValuesAs(JsonObject.class)) {
                    assertFigure(x, list.equals("abandoned") ? "count" : "missed");
                }
            }

            HttpResponse<String> csv = trainer.get("api/scenarios/" + SLUG + "/analytics.csv?lang=en&" + filter);
            assertEquals(200, csv.statusCode());
            List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(withoutBom(csv.body()))).getRecords();
            for (CSVRecord r : records) {
                if (r.get("Section").equals("total")) {
                    continue;
                }
                String count = r.get("Count");
                assertTrue(count.equals("< 5") || count.matches("\\d+(\\.\\d+)?") && Double.parseDouble(count) >= 5
                        || r.get("Section").startsWith("evidence"), "a figure under five in the CSV: " + r);
                if (r.get("Section").equals("ending")) {
                    assertEquals("< 5", count, "ending " + r);
                }
            }
        }

        Http page = new Http(base());
        page.signIn("trainer", "demo");
        String html = page.get("trainer/analytics.xhtml?scenario=" + SLUG + "&team=" + team).body();
        String endingsList = between(html, "<ul id=\"endings\">", "</ul>");
        assertTrue(endingsList.contains("&lt; 5"), endingsList);
        assertFalse(endingsList.matches("(?s).*: [1-4]</li>.*"), "no ending shows 1 to 4: " + endingsList);
        String graphData = between(html, "data-graph=\"", "\"").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
        JsonObject drawn = jakarta.json.Json.createReader(new StringReader(graphData)).readObject();
        for (JsonObject edge : drawn.getJsonArray("edges").getValuesAs(JsonObject.class)) {
            String label = edge.getString("label");
            Matcher number = Pattern.compile("^(\\d+)").matcher(label);
            if (number.find()) {
                assertTrue(Integer.parseInt(number.group(1)) >= 5, "arrow label " + label);
            } else {
                assertTrue(label.startsWith("< 5"), label);
                assertEquals(1.0, edge.getJsonNumber("width").doubleValue(), "a hidden arrow is drawn thinnest");
            }
        }
        for (JsonObject node : drawn.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
            assertFalse(node.getString("label").matches(".*\\([1-4]\\)"), "node label " + node);
        }
    }

    /** A figure is either at least five or suppressed with no count. */
    static void assertFigure(JsonObject o, String field) {
        if (o.getBoolean("suppressed", false)) {
            assertTrue(!o.containsKey(field) || o.isNull(field), "suppressed yet counted: " + o);
        } else {
            assertTrue(o.getJsonNumber(field).longValue() >= 5, "a figure under five: " + o);
        }
    }

    static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertTrue(start >= 0, "no " + from + " in the page");
        start += from.length();
        return text.substring(start, text.indexOf(to, start));
    }

    @Test
    void allMyDataHoldsSignInsWithTheirAddressFailuresByEmailAndGrants() {
        String department = "Privacy " + UUID.randomUUID().toString().substring(0, 6);
        long team = team("Inzage", department);
        String[] m = member(team, "Gerda Inzage", "\"learner\",\"hr\"");
        assertEquals(200, admin().post("api/grants", JSON, "{\"staff\":" + m[0] + ",\"department\":\"" + department
                + "\"}").statusCode());
        Http wrong = new Http(base());
        wrong.signIn(m[3].toUpperCase(), "niet-het-wachtwoord");
        Http me = new Http(base());
        assertEquals(302, me.signIn(m[3], m[2]).statusCode(), "signed in with the e-mail address");
        HttpResponse<String> data = me.get("api/me/data");
        assertEquals(200, data.statusCode(), data.body());
        JsonObject mine = Http.object(data);
        List<JsonObject> audit = mine.getJsonArray("audit_entry").getValuesAs(JsonObject.class);
        assertTrue(audit.stream().anyMatch(e -> e.getString("action").equals("sign-in")
                && e.getString("detail", "").contains("127.0.0.1")), "the sign-in and its address: " + audit);
        assertTrue(audit.stream().anyMatch(e -> e.getString("action").equals("sign-in-failed")
                && e.getString("actor").equalsIgnoreCase(m[3])), "the failed sign-in typed as e-mail: " + audit);
        assertEquals(department, mine.getJsonArray("hr_grant").getJsonObject(0).getString("department"));
        assertFalse(data.body().contains("password_hash"), "no password hash");
    }

    @Test
    void aNameThatIsAFormulaIsTextInTheTeamCsvAndNumbersStayNumbers() throws IOException {
        String department = "Formule " + UUID.randomUUID().toString().substring(0, 6);
        long team = team("Formule", department);
        String formula = "=HYPERLINK(\"http://x\",\"y\")";
        String[] m = member(team, formula, "\"learner\"");
        member(team, "@SUM(A1:A9)", "\"learner\"");
        Http admin = admin();
        HttpResponse<String> csv = admin.get("api/reports/teams/" + team + ".csv?lang=en");
        assertEquals(200, csv.statusCode(), csv.body());
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(withoutBom(csv.body()))).getRecords();
        List<String> names = records.stream().map(r -> r.get("Name")).toList();
        assertTrue(names.contains("'" + formula), names.toString());
        assertTrue(names.contains("'@SUM(A1:A9)"), names.toString());
        for (CSVRecord r : records) {
            for (String cell : r.values()) {
                assertFalse(cell.startsWith("=") || cell.startsWith("@") || cell.startsWith("+"), "cell " + cell);
                if (cell.startsWith("-")) {
                    assertTrue(cell.matches("-\\d+(\\.\\d+)?"), "only a plain negative number starts with -: " + cell);
                }
            }
        }
        HttpResponse<String> person = admin.get("api/staff/" + m[0] + "/profile.csv?lang=en");
        assertEquals(200, person.statusCode(), person.body());
        List<CSVRecord> levels = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(withoutBom(person.body()))).getRecords();
        assertFalse(levels.isEmpty());
        for (CSVRecord r : levels) {
            assertTrue(r.get("Level").matches("\\d+") && r.get("Gap").matches("\\d+"), "numbers stay numbers: " + r);
        }
    }

    /** A CSV download's text after its byte order mark. */
    static String withoutBom(String csv) {
        assertTrue(csv.startsWith("\uFEFF"), "a CSV starts with a byte order mark");
        return csv.substring(1);
    }

    /** A tiny JSON object writer for the test's request bodies (strings escaped). */
    static final class Json {
        static String object(Map<String, Object> fields) {
            var builder = jakarta.json.Json.createObjectBuilder();
            fields.forEach((k, v) -> {
                if (v instanceof Number n) {
                    builder.add(k, n.longValue());
                } else {
                    builder.add(k, String.valueOf(v));
                }
            });
            return builder.build().toString();
        }
    }
}
