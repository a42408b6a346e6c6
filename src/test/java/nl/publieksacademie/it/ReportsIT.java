package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.competencies.control.Framework;
import nl.publieksacademie.competencies.control.FrameworkReader;
import nl.publieksacademie.competencies.control.LevelRule;
import nl.publieksacademie.it.pages.LoginPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * HR reports on one deployment. Learners in two new departments earn known evidence (quiz submissions of the test
 * course, each worth +2 or −2 for "dienen"); the test computes the levels itself from that evidence and the
 * framework's thresholds and checks the heatmap, its CSV and the period filter against them. Access: department
 * grants, roles, and the audit of every person view.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportsIT {

    static final String JSON = "application/json";
    static final String TAG = UUID.randomUUID().toString().substring(0, 6);
    static final String DEPT_A = "Burgerzaken " + TAG;
    static final String DEPT_B = "KCC " + TAG;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    long teamA;
    long teamB;
    long second;

    URI base() {
        return Deployments.loopback(deployed);
    }

    /** The fixture course's quizzes: the same questions, so every submission is evidence of the same weight. */
    static final List<String> QUIZZES = List.of("toets", "toets2", "toets3", "toets4", "toets5");

    Http admin() {
        return new Http(base()).basic("admin", "demo");
    }

    long team(String department) {
        return Http.object(admin().post("api/teams", JSON, "{\"name\":\"Team " + department + "\",\"department\":\""
                + department + "\"}")).getJsonNumber("id").longValue();
    }

    /**
     * A learner in {@code team} who submits {@code right} of the test course's quizzes right and then {@code wrong}
     * more wrong: each quiz once, as a quiz's evidence counts only for its best submission.
     */
    long learner(long team, int right, int wrong) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin().post("api/staff", JSON, """
                {"fullName":"Medewerker %s","email":"%s@gemeente.nl","username":"m-%s","teamId":%d,
                 "jobRole":"baliemedewerker","roles":["learner"],"password":"wachtwoord-%s"}"""
                .formatted(tag, tag, tag, team, tag));
        assertEquals(201, created.statusCode(), created.body());
        Http http = new Http(base());
        http.signIn("m-" + tag, "wachtwoord-" + tag);
        for (int i = 0; i < right + wrong; i++) {
            String answer = i < right ? "{\"answers\":{\"eerst\":[0],\"allebei\":[0,1]}}"
                    : "{\"answers\":{\"eerst\":[1],\"allebei\":[2]}}";
            HttpResponse<String> submitted = http.post("api/me/courses/basis/quizzes/" + QUIZZES.get(i), JSON, answer);
            assertEquals(200, submitted.statusCode(), submitted.body());
        }
        return Http.object(created).getJsonNumber("id").longValue();
    }

    /** Once per class (the deployment's address is known only inside a test). */
    void evidence() {
        if (teamA != 0) {
            return;
        }
        teamA = team(DEPT_A);
        teamB = team(DEPT_B);
        learner(teamA, 3, 0);
        second = learner(teamA, 5, 0);
        learner(teamA, 0, 0);
        learner(teamA, 0, 3);
        learner(teamB, 1, 0);
    }

    /** The level by the framework's thresholds for {@code n} pieces of weight {@code w} earned just now. */
    static int level(int right, int wrong) throws IOException {
        Framework framework = FrameworkReader.read("competencies.yaml",
                Files.readString(Fixtures.contentDir().resolve("courses/competencies.yaml"))).framework();
        int n = right + wrong;
        if (n == 0) {
            return 1;
        }
        double mean = (2.0 * right - 2.0 * wrong) / n;
        int level = 1;
        for (LevelRule.Threshold t : framework.rule().thresholds()) {
            if (mean >= t.score() && n >= t.evidence()) {
                level = t.level();
            }
        }
        return level;
    }

    static JsonObject row(JsonObject heatmap, long team) {
        return heatmap.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("team").longValue() == team).findFirst()
                .orElseThrow(() -> new AssertionError("team " + team + " not in " + heatmap));
    }

    static JsonObject cell(JsonObject row, String competency) {
        return row.getJsonArray("cells").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("competency").equals(competency)).findFirst().orElseThrow();
    }

    void grant(String department) {
        long hr = Http.array(admin().get("api/staff")).stream().map(JsonObject.class::cast)
                .filter(s -> s.getString("username").equals("hr")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        assertEquals(200, admin().post("api/grants", JSON, "{\"staff\":" + hr + ",\"department\":\"" + department
                + "\"}").statusCode());
    }

    @Test
    void theHeatmapAveragesTheLevelsTheTestComputesAndTheCsvHasTheSameNumbers() throws IOException {
        evidence();
        grant(DEPT_A);
        grant(DEPT_B);
        Http hr = new Http(base()).basic("hr", "demo");
        JsonObject heatmap = Http.object(hr.get("api/reports/heatmap"));
        JsonObject a = row(heatmap, teamA);
        assertEquals(4, a.getInt("members"));
        double expected = (level(3, 0) + level(5, 0) + level(0, 0) + level(0, 3)) / 4.0;
        JsonObject dienen = cell(a, "dienen");
        assertEquals(expected, dienen.getJsonNumber("level").doubleValue(), 0.005);
        assertEquals(3, dienen.getInt("withEvidence"));
        assertEquals(3.0, dienen.getJsonNumber("target").doubleValue(), 0.005, "the baliemedewerker target");
        assertEquals(3.0 - expected, dienen.getJsonNumber("gap").doubleValue(), 0.01);
        assertEquals(1.0, cell(a, "zorg").getJsonNumber("level").doubleValue(), 0.005, "no evidence: level 1");
        assertEquals(level(1, 0), cell(row(heatmap, teamB), "dienen").getJsonNumber("level").doubleValue(), 0.005);

        String csv = hr.get("api/reports/heatmap.csv?department=" + DEPT_A.replace(" ", "%20")).body();
        String dutch = String.valueOf(expected).replace('.', ',');
        assertTrue(csv.startsWith("\uFEFFAfdeling;Team;"), "a Dutch CSV by default: " + csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(DEPT_A + ";Team " + DEPT_A + ";4;Dienen;" + dutch + ";3,0;")),
                csv);
        String english = hr.get("api/reports/heatmap.csv?lang=en&department=" + DEPT_A.replace(" ", "%20")).body();
        assertTrue(english.lines().anyMatch(l -> l.startsWith(DEPT_A + ",Team " + DEPT_A + ",4,Dienen," + expected
                + ",3.0,")), english);
        assertEquals(a.getJsonArray("cells").size() + 1, csv.lines().count(),
                "a header and one line per competency of the one team");
        assertEquals(14, a.getJsonArray("cells").size(), "the framework's competencies");

        HttpResponse<byte[]> pdf = hr.getBytes("api/reports/heatmap.pdf?department=" + DEPT_A.replace(" ", "%20"));
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String text = pdfText(pdf);
        assertTrue(text.contains(dutch + " / 3,0"), "the PDF has the screen's numbers: " + text);

        JsonObject later = Http.object(hr.get("api/reports/heatmap?from=" + LocalDate.now().plusDays(1)));
        assertEquals(1.0, cell(row(later, teamA), "dienen").getJsonNumber("level").doubleValue(), 0.005,
                "no evidence in a later period");
        JsonObject today = Http.object(hr.get("api/reports/heatmap?from=" + LocalDate.now() + "&to=" + LocalDate.now()));
        assertEquals(expected, cell(row(today, teamA), "dienen").getJsonNumber("level").doubleValue(), 0.005);
        List<String> exports = Http.array(admin().get("api/audit?action=report.export")).stream()
                .map(JsonObject.class::cast).map(e -> e.getString("actor")).toList();
        assertTrue(exports.contains("hr"), "the export is audited");
    }

    /** Follows the page's download link {@code id} inside the browser's session and reads the workbook. */
    static org.apache.poi.ss.usermodel.Workbook download(Browser browser, String id) throws IOException {
        String href = browser.driver().findElement(By.id(id)).getAttribute("href");
        Object fetched = ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {"
                        + " let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x));"
                        + " done(r.headers.get('Content-Type') + ' ' + btoa(s)); }))"
                        + ".catch(e => done('failed ' + e));", href);
        String[] parts = String.valueOf(fetched).split(" ", 2);
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", parts[0], href);
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(java.util.Base64.getDecoder().decode(parts[1])));
    }

    static org.apache.poi.ss.usermodel.Workbook workbook(HttpResponse<byte[]> download) throws IOException {
        assertEquals(200, download.statusCode());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                download.headers().firstValue("Content-Type").orElse(""));
        return new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(download.body()));
    }

    /** The row of {@code sheet} whose first cell is {@code first}. */
    static org.apache.poi.ss.usermodel.Row sheetRow(org.apache.poi.ss.usermodel.Sheet sheet, String first) {
        for (org.apache.poi.ss.usermodel.Row row : sheet) {
            if (row.getCell(0) != null && first.equals(row.getCell(0).toString())) {
                return row;
            }
        }
        throw new AssertionError("no row " + first + " in " + sheet.getSheetName());
    }

    static String pdfText(HttpResponse<byte[]> download) throws IOException {
        assertEquals(200, download.statusCode());
        assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(download.body());
        StringBuilder text = new StringBuilder();
        com.lowagie.text.pdf.parser.PdfTextExtractor extractor = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    @Test
    void theTeamPersonAndTrendReportsDownloadAsCsvXlsxAndPdfWithTheScreensNumbers() throws IOException {
        evidence();
        grant(DEPT_A);
        Http hr = new Http(base()).basic("hr", "demo");
        double expected = (level(3, 0) + level(5, 0) + level(0, 0) + level(0, 3)) / 4.0;
        int fiveRight = level(5, 0);

        JsonObject team = Http.object(hr.get("api/reports/teams/" + teamA));
        assertEquals(4, team.getJsonArray("members").size());
        assertEquals("dienen", team.getJsonArray("competencies").getString(0));
        List<Double> dienen = team.getJsonArray("trend").getJsonArray(0).getValuesAs(jakarta.json.JsonNumber.class)
                .stream().map(jakarta.json.JsonNumber::doubleValue).toList();
        assertEquals(expected, dienen.get(dienen.size() - 1), 0.005, "this month: the heatmap's level");
        assertEquals(1.0, dienen.get(0), 0.005, "months ago: no evidence yet, level 1");
        String name = team.getJsonArray("members").stream().map(JsonObject.class::cast)
                .filter(m -> m.getJsonNumber("id").longValue() == second).findFirst().orElseThrow().getString("name");

        String csv = hr.get("api/reports/teams/" + teamA + ".csv").body();
        assertTrue(csv.startsWith("\uFEFFNaam;Functie;Dienen;"), csv);
        assertTrue(csv.lines().anyMatch(l -> l.startsWith(name + ";Baliemedewerker;" + fiveRight + ";")), csv);
        try (var book = workbook(hr.getBytes("api/reports/teams/" + teamA + ".xlsx?lang=en"))) {
            assertEquals("Name", book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue(), "English headings");
            assertEquals(level(5, 0), sheetRow(book.getSheetAt(0), name).getCell(2).getNumericCellValue(), 0.001);
            var trend = book.getSheetAt(1).getRow(1);
            assertEquals("Dienen", trend.getCell(0).getStringCellValue());
            assertEquals(expected, trend.getCell(trend.getLastCellNum() - 1).getNumericCellValue(), 0.005);
        }
        assertTrue(pdfText(hr.getBytes("api/reports/teams/" + teamA + ".pdf")).contains(name));

        try (var book = workbook(hr.getBytes("api/staff/" + second + "/profile.xlsx"))) {
            assertEquals(level(5, 0), sheetRow(book.getSheetAt(0), "Dienen").getCell(1).getNumericCellValue(), 0.001);
            assertEquals(1 + 5, book.getSheetAt(1).getPhysicalNumberOfRows(), "a heading and five pieces of evidence");
        }
        assertTrue(hr.get("api/staff/" + second + "/profile.csv").body().lines()
                .anyMatch(l -> l.startsWith("Dienen;" + fiveRight + ";")));
        assertTrue(pdfText(hr.getBytes("api/staff/" + second + "/profile.pdf")).contains(name));

        String department = DEPT_A.replace(" ", "%20");
        JsonObject trends = Http.object(hr.get("api/reports/trends?competency=dienen&department=" + department));
        assertEquals(1, trends.getJsonArray("rows").size());
        var levels = trends.getJsonArray("rows").getJsonObject(0).getJsonArray("levels");
        assertEquals(expected, levels.getJsonNumber(levels.size() - 1).doubleValue(), 0.005);
        assertEquals(1.0, levels.getJsonNumber(0).doubleValue(), 0.005);
        try (var book = workbook(hr.getBytes("api/reports/trends.xlsx?competency=dienen&department=" + department))) {
            var row = sheetRow(book.getSheetAt(0), "Team " + DEPT_A);
            assertEquals(4, row.getCell(2).getNumericCellValue(), 0.001);
            assertEquals(expected, row.getCell(row.getLastCellNum() - 1).getNumericCellValue(), 0.005);
        }
        assertTrue(hr.get("api/reports/trends.csv?competency=dienen&department=" + department).body()
                .contains("Team " + DEPT_A + ";" + DEPT_A + ";4;1,0;"));
        try (var book = workbook(hr.getBytes("api/reports/heatmap.xlsx?department=" + department))) {
            assertEquals(14, book.getSheetAt(0).getLastRowNum(), "one row per competency of the one team");
            var row = book.getSheetAt(0).getRow(1);
            assertEquals("Dienen", row.getCell(3).getStringCellValue(), "the competency by its name");
            assertEquals(expected, row.getCell(4).getNumericCellValue(), 0.005);
        }

        List<String> exported = Http.array(admin().get("api/audit?action=report.export")).stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("actor").equals("hr"))
                .map(e -> e.getString("subject")).toList();
        assertTrue(exported.containsAll(List.of("team " + teamA, "staff " + second, "trends dienen", "heatmap")),
                exported.toString());

        long hidden = team("Verborgen " + TAG);
        long stranger = learner(hidden, 1, 0);
        for (String path : List.of("api/reports/teams/" + hidden, "api/reports/teams/" + hidden + ".xlsx",
                "api/staff/" + stranger + "/profile.pdf")) {
            assertEquals(404, hr.get(path).statusCode(), "HR without the grant: " + path);
        }
        assertFalse(hr.get("api/reports/trends.csv").body().contains("Verborgen " + TAG));
        for (String user : List.of("learner", "trainer")) {
            Http other = new Http(base()).basic(user, "demo");
            for (String path : List.of("api/reports/teams/" + teamA, "api/reports/teams/" + teamA + ".csv",
                    "api/staff/" + second + "/profile.xlsx", "api/reports/trends", "api/reports/trends.pdf")) {
                assertEquals(403, other.get(path).statusCode(), user + " " + path);
            }
        }
    }

    @Test
    void aTeamsTrendOverPastMonthsIsTheAverageOfItsMembersOwnTrends() {
        // six months of practice, generated with evidence dated in the past (demo mode): the team trend comes from
        // the kept monthly levels (SQL), each person's trend from their evidence by the level rule (Java)
        HttpResponse<String> made = admin().post("api/demo-data", JSON,
                "{\"staff\":8,\"teams\":1,\"attemptsPerPerson\":10,\"months\":6,\"seed\":42}");
        assertEquals(200, made.statusCode(), made.body());
        long team = Http.array(admin().get("api/teams")).stream().map(JsonObject.class::cast)
                .filter(t -> t.getString("name").equals("Balie Stadhuis")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        JsonObject view = Http.object(admin().get("api/reports/teams/" + team));
        var members = view.getJsonArray("members");
        assertTrue(members.size() >= 8, "the eight made, and whoever was in the team before");
        int months = view.getJsonArray("months").size();
        int competencies = view.getJsonArray("competencies").size();
        double[][] sums = new double[competencies][months];
        for (JsonObject member : members.getValuesAs(JsonObject.class)) {
            var lines = Http.object(admin().get("api/staff/" + member.getJsonNumber("id") + "/profile"))
                    .getJsonArray("competencies");
            for (int c = 0; c < competencies; c++) {
                assertEquals(view.getJsonArray("competencies").getString(c), lines.getJsonObject(c).getString("id"));
                for (int m = 0; m < months; m++) {
                    sums[c][m] += lines.getJsonObject(c).getJsonArray("trend").getInt(m);
                }
            }
        }
        boolean changed = false;
        for (int c = 0; c < competencies; c++) {
            var trend = view.getJsonArray("trend").getJsonArray(c);
            for (int m = 0; m < months; m++) {
                assertEquals(sums[c][m] / members.size(), trend.getJsonNumber(m).doubleValue(), 0.005,
                        view.getJsonArray("competencies").getString(c) + " in " + view.getJsonArray("months").getString(m));
                changed |= trend.getJsonNumber(m).doubleValue() != trend.getJsonNumber(0).doubleValue();
            }
        }
        assertTrue(changed, "the levels moved over the months: " + view.getJsonArray("trend"));
        JsonObject trends = Http.object(admin().get("api/reports/trends?competency="
                + view.getJsonArray("competencies").getString(0)));
        JsonObject row = trends.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .filter(r -> r.getJsonNumber("team").longValue() == team).findFirst().orElseThrow();
        assertEquals(view.getJsonArray("trend").getJsonArray(0), row.getJsonArray("levels"),
                "the trends report and the team view agree");
    }

    @Test
    void hrSeesOnlyGrantedDepartmentsAndEveryPersonViewIsAudited() {
        evidence();
        String other = "Wmo " + TAG;
        long team = team(other);
        long person = learner(team, 1, 0);
        Http hr = new Http(base()).basic("hr", "demo");
        assertFalse(Http.object(hr.get("api/reports/heatmap")).toString().contains("\"team\":" + team),
                "no grant, no row");
        assertEquals(404, hr.get("api/staff/" + person + "/profile").statusCode());
        grant(other);
        assertTrue(Http.object(hr.get("api/reports/heatmap")).toString().contains("\"team\":" + team));
        HttpResponse<String> profile = hr.get("api/staff/" + person + "/profile");
        assertEquals(200, profile.statusCode(), profile.body());
        assertEquals(1, Http.object(profile).getJsonArray("evidence").size());
        JsonObject audited = Http.array(admin().get("api/audit?action=report.person.api")).stream()
                .map(JsonObject.class::cast).filter(e -> e.getString("subject").equals("staff " + person))
                .findFirst().orElseThrow(() -> new AssertionError("no audit entry"));
        assertEquals("hr", audited.getString("actor"));

        for (String user : List.of("learner", "trainer")) {
            Http other2 = new Http(base()).basic(user, "demo");
            assertEquals(403, other2.get("api/reports/heatmap").statusCode(), user);
            assertEquals(403, other2.get("api/reports/heatmap.csv").statusCode(), user);
            assertEquals(403, other2.get("api/staff/" + person + "/profile").statusCode(), user);
        }
        assertEquals(403, hr.get("api/grants").statusCode(), "HR cannot grant itself");
        assertEquals(403, hr.get("api/audit").statusCode());
    }

    @Test
    void inTheBrowserHrOpensTheHeatmapATeamAndAPerson() throws IOException {
        evidence();
        grant(DEPT_A);
        try (Browser browser = new Browser(base())) {
            browser.open("login.xhtml");
            new LoginPage(browser.driver()).signIn("hr", "demo");
            browser.open("hr/index.xhtml?department=" + DEPT_A.replace(" ", "%20"));
            browser.assertAccessible("heatmap");
            String shown = browser.driver().findElement(By.cssSelector("#cell-" + teamA + "-dienen a")).getText();
            try (var book = download(browser, "xlsx")) {
                var row = book.getSheetAt(0).getRow(1);
                assertEquals("Dienen", row.getCell(3).getStringCellValue());
                assertEquals(Double.parseDouble(shown.replace(',', '.')), row.getCell(4).getNumericCellValue(), 1e-9,
                        "the XLSX has the screen's number");
            }
            var cell = browser.driver().findElement(By.cssSelector("#cell-" + teamA + "-dienen a"));
            cell.sendKeys(org.openqa.selenium.Keys.ENTER);
            nl.publieksacademie.it.pages.Reload.awaitAfter(browser.driver(), cell);
            assertTrue(browser.path().endsWith("/hr/team.xhtml"), browser.path());
            assertEquals(4, browser.driver().findElements(By.cssSelector("#members tbody tr")).size());
            var dienenTrend = browser.driver().findElements(By.cssSelector("#team-trend tbody tr")).get(0)
                    .findElements(By.tagName("td"));
            assertEquals(String.valueOf((level(3, 0) + level(5, 0) + level(0, 0) + level(0, 3)) / 4.0),
                    dienenTrend.get(dienenTrend.size() - 1).getText(), "this month's team level is the heatmap's");
            browser.assertAccessible("team view");
            try (var book = download(browser, "xlsx")) {
                assertEquals(4, book.getSheetAt(0).getLastRowNum(), "a row per member");
            }
            var person = browser.driver().findElement(By.cssSelector("#member-" + second + " a"));
            person.sendKeys(org.openqa.selenium.Keys.ENTER);
            nl.publieksacademie.it.pages.Reload.awaitAfter(browser.driver(), person);
            assertTrue(browser.driver().findElement(By.id("line-dienen")).getText().contains("3"),
                    browser.driver().findElement(By.id("line-dienen")).getText());
            browser.assertAccessible("person view");
            try (var book = download(browser, "xlsx")) {
                assertEquals(browser.driver().findElements(By.cssSelector("#levels tbody tr")).size(),
                        book.getSheetAt(0).getLastRowNum(), "a row per competency");
            }
            browser.open("hr/index.xhtml");
            var trendsLink = browser.driver().findElement(By.id("nav-trends"));
            trendsLink.sendKeys(org.openqa.selenium.Keys.ENTER);
            nl.publieksacademie.it.pages.Reload.awaitAfter(browser.driver(), trendsLink);
            new org.openqa.selenium.support.ui.Select(browser.driver().findElement(By.id("department")))
                    .selectByVisibleText(DEPT_A);
            var apply = browser.driver().findElement(By.id("apply"));
            apply.sendKeys(org.openqa.selenium.Keys.ENTER);
            nl.publieksacademie.it.pages.Reload.awaitAfter(browser.driver(), apply);
            var months = browser.driver().findElements(By.cssSelector("#trend-" + teamA + " td"));
            assertEquals(String.valueOf((level(3, 0) + level(5, 0) + level(0, 0) + level(0, 3)) / 4.0),
                    months.get(months.size() - 1).getText(), "this month's level of Dienen, as on the heatmap");
            browser.assertAccessible("trends");
        }
        assertTrue(Http.array(admin().get("api/audit?action=report.person")).stream().map(JsonObject.class::cast)
                .anyMatch(e -> e.getString("subject").equals("staff " + second) && e.getString("actor").equals("hr")));
    }

    /**
     * Before: HR's evidence list and the person's XLSX and PDF said only "Oefengesprek" or "Toets", never which
     * scenario or quiz; dates were ISO text (2026-11-30) in every export and language, and months "2026-11". Now the
     * source names the scenario's title or the quiz step and its course, on the page (Dutch and English, 390 and
     * 1366 px) and in the exports; the XLSX holds real date cells with the reader's date format, the PDF writes
     * "30 november 2026", CSV headings name the months in words.
     */
    @Test
    void aPersonsEvidenceNamesItsScenarioAndQuizAndTheExportsWriteTheReadersDates() throws IOException {
        String department = "Spelers " + TAG;
        long team = team(department);
        grant(department);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin().post("api/staff", JSON, """
                {"fullName":"Speler %s","email":"%s@gemeente.nl","username":"s-%s","teamId":%d,
                 "jobRole":"baliemedewerker","roles":["learner"],"password":"wachtwoord-%s"}"""
                .formatted(tag, tag, tag, team, tag));
        assertEquals(201, created.statusCode(), created.body());
        long person = Http.object(created).getJsonNumber("id").longValue();
        Http learner = new Http(base()).basic("s-" + tag, "wachtwoord-" + tag);
        PagesIT.finishedAttempt(learner, "paspoort-verlopen");
        assertEquals(200, learner.post("api/me/courses/basis/quizzes/toets", JSON,
                "{\"answers\":{\"eerst\":[0],\"allebei\":[0,1]}}").statusCode());
        String scenario = "Paspoort verlopen, morgen vliegen";
        String quiz = "Korte toets";
        String course = "Basiscursus loket";
        LocalDate today = LocalDate.now();
        Map<String, java.time.format.DateTimeFormatter> shortDate = Map.of(
                "nl", java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy", java.util.Locale.forLanguageTag("nl")),
                "en", java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH));

        try (Browser browser = new Browser(base())) {
            browser.open("login.xhtml");
            new LoginPage(browser.driver()).signIn("hr", "demo");
            for (String lang : List.of("nl", "en")) {
                browser.open("language?to=" + lang + "&back=/login.xhtml");
                for (int width : new int[] {1366, 390}) {
                    String at = "[" + lang + ", " + width + " px] ";
                    PagesIT.viewport(browser, width);
                    browser.open("hr/person.xhtml?staff=" + person);
                    List<List<String>> rows = browser.driver().findElements(By.cssSelector("#evidence tbody tr"))
                            .stream().map(r -> r.findElements(By.tagName("td")).stream().map(
                                    org.openqa.selenium.WebElement::getText).toList()).toList();
                    assertFalse(rows.isEmpty(), at + "evidence listed");
                    assertTrue(rows.stream().anyMatch(r -> r.get(3).contains(scenario)), at + "the scenario's title: "
                            + rows);
                    assertTrue(rows.stream().anyMatch(r -> r.get(3).contains(quiz) && r.get(3).contains(course)),
                            at + "the quiz and its course: " + rows);
                    assertTrue(rows.stream().allMatch(r -> r.get(0).equals(today.format(shortDate.get(lang)))),
                            at + "dates as the reader writes them: " + rows);
                    assertTrue(((Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                            "return document.documentElement.scrollWidth - window.innerWidth")).longValue() <= 0,
                            at + "no sideways scrolling");
                }
            }
            PagesIT.viewport(browser, 1366);
        }

        Http hr = new Http(base()).basic("hr", "demo");
        Map<String, String> excelFormat = Map.of("nl", "dd-mm-yyyy", "en", "d mmm yyyy");
        Map<String, String> longDate = Map.of(
                "nl", today.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                        java.util.Locale.forLanguageTag("nl"))),
                "en", today.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)));
        for (String lang : List.of("nl", "en")) {
            try (var book = workbook(hr.getBytes("api/staff/" + person + "/profile.xlsx?lang=" + lang))) {
                var evidence = book.getSheetAt(1);
                List<String> sources = new java.util.ArrayList<>();
                for (int r = 1; r <= evidence.getLastRowNum(); r++) {
                    var date = evidence.getRow(r).getCell(0);
                    assertEquals(org.apache.poi.ss.usermodel.CellType.NUMERIC, date.getCellType(),
                            lang + ": a real date cell, not text: " + date);
                    assertTrue(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(date), lang + ": date format");
                    assertEquals(excelFormat.get(lang), date.getCellStyle().getDataFormatString(), lang);
                    assertEquals(today, date.getLocalDateTimeCellValue().toLocalDate(), lang);
                    sources.add(evidence.getRow(r).getCell(3).getStringCellValue());
                }
                assertTrue(sources.stream().anyMatch(x -> x.contains(scenario)), lang + " XLSX sources: " + sources);
                assertTrue(sources.stream().anyMatch(x -> x.contains(quiz) && x.contains(course)), lang + ": "
                        + sources);
            }
            String pdf = pdfText(hr.getBytes("api/staff/" + person + "/profile.pdf?lang=" + lang));
            assertTrue(pdf.contains(scenario) && pdf.contains(quiz), lang + " PDF names the sources: " + pdf);
            assertFalse(pdf.contains(today.toString()), lang + " PDF without ISO dates: " + pdf);
            assertTrue(pdf.contains(longDate.get(lang)), lang + " PDF dates in words: " + pdf);
            String month = java.time.YearMonth.now().toString();
            String csv = hr.get("api/staff/" + person + "/profile.csv?lang=" + lang).body();
            String header = csv.lines().findFirst().orElse("");
            assertFalse(header.contains(month), lang + " CSV months in words, not " + month + ": " + header);
            assertTrue(header.contains(java.time.YearMonth.now().format(java.time.format.DateTimeFormatter
                    .ofPattern("MMMM yyyy", java.util.Locale.forLanguageTag(lang)))), lang + ": " + header);
        }
    }

    /** What pseudonymization must keep of a person: levels, evidence and courses, as HR sees them. */
    static String kept(JsonObject profile) {
        return profile.getJsonArray("competencies") + " " + profile.getJsonArray("evidence") + " "
                + profile.getJsonArray("courses");
    }

    @Test
    void aPersonDownloadsTheirDataAndAnAdminPseudonymizesThemWithoutChangingTheAggregates() {
        evidence();
        String department = "Pseudo " + TAG;
        long team = team(department);
        grant(department);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String email = "w." + tag + "@gemeente.nl";
        HttpResponse<String> created = admin().post("api/staff", JSON, """
                {"fullName":"Wilhelmina Vertrekkers","email":"%s","username":"w-%s","teamId":%d,
                 "jobRole":"baliemedewerker","roles":["learner"],"password":"wachtwoord-%s"}"""
                .formatted(email, tag, team, tag));
        long id = Http.object(created).getJsonNumber("id").longValue();
        Http me = new Http(base()).basic("w-" + tag, "wachtwoord-" + tag);
        for (int i = 0; i < 5; i++) {
            me.post("api/me/courses/basis/quizzes/toets", JSON, "{\"answers\":{\"eerst\":[0],\"allebei\":[0,1]}}");
        }
        AttemptsIT.start(me, "paspoort-verlopen");
        learner(team, 3, 0);
        // signs in by e-mail address too, once mistyped: the audit log and the throttle then hold the address
        new Http(base()).signIn(email.toUpperCase(java.util.Locale.ROOT), "verkeerd");
        assertEquals(302, new Http(base()).signIn(email, "wachtwoord-" + tag).statusCode());

        HttpResponse<String> data = me.get("api/me/data");
        assertEquals(200, data.statusCode(), data.body());
        JsonObject mine = Http.object(data);
        assertEquals("Wilhelmina Vertrekkers", mine.getJsonArray("staff_member").getJsonObject(0).getString("full_name"));
        assertEquals(1, mine.getJsonArray("evidence").size(), "five tries of one quiz: the best one is the evidence");
        assertEquals(1, mine.getJsonArray("attempt").size());
        assertEquals(5, mine.getJsonArray("quiz_submission").size());

        Http hr = new Http(base()).basic("hr", "demo");
        // measured while the person still counts everywhere
        JsonObject before = Http.object(hr.get("api/staff/" + id + "/profile"));
        assertEquals(1, before.getJsonArray("competencies").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals("dienen")).findFirst().orElseThrow().getInt("evidence"),
                "the quiz result is the evidence that must stay");
        JsonObject teamBefore = Http.object(hr.get("api/reports/heatmap?department=" + department.replace(" ", "%20")));
        assertEquals(2, row(teamBefore, team).getInt("members"), "both count in the team before one leaves");

        assertEquals(400, admin().post("api/staff/" + id + "/pseudonymize", JSON, "").statusCode(),
                "only someone who has left (deactivated) is pseudonymized");
        assertEquals(403, me.post("api/staff/" + id + "/pseudonymize", JSON, "").statusCode(),
                "a learner cannot pseudonymize");
        assertEquals(200, admin().delete("api/staff/" + id).statusCode());
        assertEquals(401, me.get("api/me/data").statusCode(), "deactivated: their session has ended");
        assertEquals(204, admin().post("api/staff/" + id + "/pseudonymize", JSON, "").statusCode());

        assertFalse(admin().get("api/staff").body().contains("Vertrekkers"));
        String audit = (admin().get("api/audit").body() + admin().get("api/audit?action=sign-in").body()
                + admin().get("api/audit?action=sign-in-failed").body()).toLowerCase(java.util.Locale.ROOT);
        assertFalse(audit.contains("vertrekkers"));
        assertFalse(audit.contains("w-" + tag), "not even as the actor of earlier entries");
        assertFalse(audit.contains(email), "nor where they signed in (or failed to) with their e-mail address");
        assertEquals(401, new Http(base()).basic("w-" + tag, "wachtwoord-" + tag).get("api/me/data").statusCode(),
                "the account is gone");
        JsonObject after = Http.object(hr.get("api/staff/" + id + "/profile"));
        assertFalse(after.getString("name").contains("Vertrekkers"));
        assertEquals(kept(before), kept(after), "their evidence, levels and courses stay, under the pseudonym");
    }

    /** A learner with {@code jobRole} in {@code team} who submits the test quiz {@code right} / {@code wrong} times. */
    long learnerAs(long team, String jobRole, int right, int wrong) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = admin().post("api/staff", JSON, """
                {"fullName":"Rol %s","email":"r-%s@gemeente.nl","username":"r-%s","teamId":%d,
                 "jobRole":"%s","roles":["learner"],"password":"wachtwoord-%s"}"""
                .formatted(tag, tag, tag, team, jobRole, tag));
        assertEquals(201, created.statusCode(), created.body());
        Http http = new Http(base()).basic("r-" + tag, "wachtwoord-" + tag);
        for (int i = 0; i < right + wrong; i++) {
            String answer = i < right ? "{\"answers\":{\"eerst\":[0],\"allebei\":[0,1]}}"
                    : "{\"answers\":{\"eerst\":[1],\"allebei\":[2]}}";
            HttpResponse<String> submitted = http.post("api/me/courses/basis/quizzes/" + QUIZZES.get(i), JSON, answer);
            assertEquals(200, submitted.statusCode(), submitted.body());
        }
        return Http.object(created).getJsonNumber("id").longValue();
    }

    @Test
    void theHeatmapsJobRoleFilterCountsOnlyThatRolesMembersAndTargets() throws IOException {
        String department = "Rollen " + TAG;
        String query = "api/reports/heatmap?department=" + department.replace(" ", "%20");
        long mixed = team(department);
        long wmoOnly = Http.object(admin().post("api/teams", JSON, "{\"name\":\"Wmo " + department
                + "\",\"department\":\"" + department + "\"}")).getJsonNumber("id").longValue();
        grant(department);
        learnerAs(mixed, "baliemedewerker", 5, 0);
        learnerAs(mixed, "baliemedewerker", 0, 0);
        learnerAs(mixed, "kcc-medewerker", 0, 3);
        learnerAs(wmoOnly, "wmo-consulent", 1, 0);
        Http hr = new Http(base()).basic("hr", "demo");

        JsonObject all = Http.object(hr.get(query));
        JsonObject everyone = row(all, mixed);
        assertEquals(3, everyone.getInt("members"));
        assertEquals((level(5, 0) + 1 + level(0, 3)) / 3.0, cell(everyone, "dienen").getJsonNumber("level")
                .doubleValue(), 0.005);
        double balieTarget = target("baliemedewerker", "identiteitsvaststelling");
        double kccTarget = target("kcc-medewerker", "identiteitsvaststelling");
        assertEquals((balieTarget + balieTarget + kccTarget) / 3.0, cell(everyone, "identiteitsvaststelling").getJsonNumber("target")
                .doubleValue(), 0.005, "targets weighted by the members' job roles");
        row(all, wmoOnly);

        JsonObject balie = Http.object(hr.get(query + "&jobRole=baliemedewerker"));
        JsonObject baliemedewerkers = row(balie, mixed);
        assertEquals(2, baliemedewerkers.getInt("members"));
        assertEquals((level(5, 0) + 1) / 2.0, cell(baliemedewerkers, "dienen").getJsonNumber("level").doubleValue(),
                0.005);
        assertEquals(1, cell(baliemedewerkers, "dienen").getInt("withEvidence"));
        assertEquals(balieTarget, cell(baliemedewerkers, "identiteitsvaststelling").getJsonNumber("target").doubleValue(),
                0.005);
        assertFalse(balie.getJsonArray("rows").stream().map(JsonObject.class::cast)
                .anyMatch(r -> r.getJsonNumber("team").longValue() == wmoOnly), "a team without the role is left out");

        JsonObject kcc = row(Http.object(hr.get(query + "&jobRole=kcc-medewerker")), mixed);
        assertEquals(1, kcc.getInt("members"));
        assertEquals(level(0, 3), cell(kcc, "dienen").getJsonNumber("level").doubleValue(), 0.005);
        assertEquals(kccTarget, cell(kcc, "identiteitsvaststelling").getJsonNumber("target").doubleValue(), 0.005);
    }

    /** The role's target for the competency, as the shipped framework sets it (the server imported the same file). */
    static double target(String role, String competency) throws IOException {
        String file = "courses/competencies.yaml";
        var framework = nl.publieksacademie.competencies.control.FrameworkReader
                .read(file, java.nio.file.Files.readString(java.nio.file.Path.of(file))).framework();
        Integer target = framework.roles().get(role).targets().get(competency);
        assertNotNull(target, role + " has a target for " + competency);
        return target;
    }
}
