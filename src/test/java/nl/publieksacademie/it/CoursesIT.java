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
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.publieksacademie.content.control.Findings;
import nl.publieksacademie.courses.control.Quiz;
import nl.publieksacademie.courses.control.QuizReader;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * Courses end to end on one deployment: over REST (enrol, lessons, quizzes with evidence, the scenario step,
 * completion with a certificate, progress across a new course version, assignment to a team) and in headless
 * Chromium by keyboard (catalog search, lesson, a failed then passed quiz, the scenario, the certificate and the
 * public verification page), with axe-core scans. The test course {@code courses/basis} (a fixture) has a lesson,
 * a quiz, a scenario step and an optional lesson.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CoursesIT {

    static final String JSON = "application/json";
    /** This class changes content files: it has a copy of its own. */
    static final Path CONTENT = Deployments.ownContent(CoursesIT.class);
    static final String COURSE = "basis";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application(CONTENT);
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    /** A new learner in a new team (created by the admin), signed in over Basic. */
    record Learner(String username, long id, long team, Http http) {}

    Learner newLearner(Long team) {
        Http admin = new Http(base()).basic("admin", "demo");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long teamId = team != null ? team : Http.object(admin.post("api/teams", JSON,
                "{\"name\":\"Team " + tag + "\",\"department\":\"Burgerzaken\"}")).getJsonNumber("id").longValue();
        HttpResponse<String> created = admin.post("api/staff", JSON, """
                {"fullName":"Lerende %s","email":"%s@gemeente.nl","username":"l-%s","teamId":%d,
                 "jobRole":"baliemedewerker","roles":["learner"],"password":"wachtwoord-%s"}"""
                .formatted(tag, tag, tag, teamId, tag));
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.object(created).getJsonNumber("id").longValue();
        return new Learner("l-" + tag, id, teamId, new Http(base()).basic("l-" + tag, "wachtwoord-" + tag));
    }

    static JsonObject course(Http http, String slug) {
        HttpResponse<String> response = http.get("api/me/courses");
        assertEquals(200, response.statusCode(), response.body());
        return Http.array(response).stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("slug").equals(slug)).findFirst()
                .orElseThrow(() -> new AssertionError(slug + " not in " + response.body()));
    }

    static Set<String> doneSteps(JsonObject course) {
        return course.getJsonArray("modules").stream().map(JsonObject.class::cast)
                .flatMap(m -> m.getJsonArray("steps").stream().map(JsonObject.class::cast))
                .filter(s -> s.getBoolean("done")).map(s -> s.getString("id")).collect(Collectors.toSet());
    }

    static Quiz quiz(String file) throws IOException {
        String text = Files.readString(CONTENT.resolve("courses/" + COURSE + "/" + file));
        return QuizReader.read(text, new Findings(file), null).orElseThrow();
    }

    /** Per question the right options (or, with {@code right} false, one wrong option) as a JSON body. */
    static String answers(Quiz quiz, boolean right) {
        return quiz.questions().stream().map(q -> {
            List<Integer> options = IntStream.range(0, q.options().size())
                    .filter(i -> q.options().get(i).correct() == right).boxed().toList();
            List<Integer> chosen = right ? options : options.subList(0, 1);
            return "\"" + q.id() + "\":" + chosen;
        }).collect(Collectors.joining(",", "{\"answers\":{", "}}"));
    }

    static Map<String, Integer> evidence(Http http) {
        return AttemptsIT.evidence(http);
    }

    /** Plays {@code slug} over the API along the shortest path to an ending with {@code outcome}. */
    static void play(Http http, String slug, String outcome) throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, slug);
        String ending = graph.endings().stream().filter(n -> n.ending().outcome().key().equals(outcome))
                .findFirst().orElseThrow().id();
        List<String> path = Paths.toEndings(graph).get(ending);
        JsonObject view = Http.object(AttemptsIT.start(http, slug));
        long attempt = view.getJsonNumber("attempt").longValue();
        for (int i = 0; i < path.size(); i++) {
            HttpResponse<String> answer = AttemptsIT.step(http, attempt, view.getInt("step"), path.get(i));
            assertEquals(200, answer.statusCode(), answer.body());
            view = Http.object(answer);
        }
        assertEquals(outcome, view.getJsonObject("ending").getString("outcome"));
    }

    @Test
    void aLearnerEnrolsCompletesEveryStepAndGetsAVerifiableCertificate() throws IOException {
        Learner learner = newLearner(null);
        Http http = learner.http();
        JsonObject enrolled = Http.object(http.post("api/me/courses/" + COURSE, JSON, ""));
        assertTrue(enrolled.getBoolean("enrolled"));
        assertEquals(0, enrolled.getInt("done"));
        assertEquals("welkom", enrolled.getJsonObject("next").getString("id"));

        assertEquals(200, http.post("api/me/courses/" + COURSE + "/lessons/welkom", JSON, "").statusCode());
        Quiz quiz = quiz("toets.quiz.yaml");
        Map<String, Integer> before = evidence(http);
        JsonObject failed = Http.object(http.post("api/me/courses/" + COURSE + "/quizzes/toets", JSON,
                answers(quiz, false)));
        assertFalse(failed.getBoolean("passed"));
        assertEquals(0, failed.getInt("right"));
        assertFalse(doneSteps(course(http, COURSE)).contains("toets"), "a failed quiz leaves the step open");
        JsonObject passed = Http.object(http.post("api/me/courses/" + COURSE + "/quizzes/toets", JSON,
                answers(quiz, true)));
        assertTrue(passed.getBoolean("passed"));
        assertEquals(quiz.questions().size(), passed.getInt("right"));
        int perSubmission = (int) quiz.questions().stream().flatMap(q -> q.evidence().stream())
                .filter(w -> w.competency().equals("dienen")).count();
        assertEquals(before.getOrDefault("dienen", 0) + perSubmission, evidence(http).get("dienen"),
                "the better retake replaced the evidence of the failed submission");

        play(http, "paspoort-verlopen", "niet-geslaagd");
        assertFalse(doneSteps(course(http, COURSE)).contains("paspoort"), "a failed attempt does not pass the step");
        play(http, "paspoort-verlopen", "deels");
        JsonObject done = course(http, COURSE);
        assertEquals(Set.of("welkom", "toets", "paspoort"), doneSteps(done));
        assertTrue(done.getBoolean("completed"), "the optional lesson is not needed");
        String code = done.getString("certificateCode");
        assertNotNull(code);

        HttpResponse<String> verified = new Http(base()).get("verify/" + code);
        assertEquals(200, verified.statusCode());
        assertTrue(verified.body().contains("Geldig certificaat"), verified.body());
        assertTrue(verified.body().contains("Basiscursus loket"));
        assertTrue(verified.body().contains(LocalDate.now().toString()));
        assertFalse(verified.body().contains("Lerende"), "the verification page shows no name");
        HttpResponse<String> unknown = new Http(base()).get("verify/AAAA-BBBB-CCCC");
        assertTrue(unknown.body().contains("Geen geldig certificaat"));

        Http pages = new Http(base());
        pages.signIn(learner.username(), "wachtwoord-" + learner.username().substring(2));
        HttpResponse<byte[]> pdf = pages.getBytes("learner/certificate?course=" + COURSE);
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(404, pages.getBytes("learner/certificate?course=hostmanship-aan-de-balie").statusCode(),
                "no certificate for a course not completed");
    }

    /** Per question the right options, except the first question, answered with one wrong option. */
    static String answersFirstWrong(Quiz quiz) {
        String right = answers(quiz, true);
        Quiz.Question first = quiz.questions().get(0);
        int wrong = IntStream.range(0, first.options().size()).filter(i -> !first.options().get(i).correct())
                .findFirst().orElseThrow();
        return right.replaceFirst("\"" + first.id() + "\":\\[[0-9, ]*\\]", "\"" + first.id() + "\":[" + wrong + "]");
    }

    static JsonObject profileLine(Http http, String competency) {
        HttpResponse<String> response = http.get("api/me/profile");
        assertEquals(200, response.statusCode(), response.body());
        return Http.object(response).getJsonArray("competencies").stream().map(JsonObject.class::cast)
                .filter(c -> c.getString("id").equals(competency)).findFirst().orElseThrow();
    }

    @Test
    void retakingAQuizCountsItsEvidenceOnceAtTheBestSubmission() throws IOException {
        Quiz quiz = quiz("toets.quiz.yaml");
        String competency = quiz.questions().get(0).evidence().get(0).competency();
        Learner retaker = newLearner(null);
        Http http = retaker.http();
        assertEquals(200, http.post("api/me/courses/" + COURSE, JSON, "").statusCode());
        String url = "api/me/courses/" + COURSE + "/quizzes/toets";
        assertEquals(quiz.questions().size() - 1, Http.object(http.post(url, JSON, answersFirstWrong(quiz))).getInt("right"));
        assertEquals(quiz.questions().size(), Http.object(http.post(url, JSON, answers(quiz, true))).getInt("right"));
        assertEquals(0, Http.object(http.post(url, JSON, answers(quiz, false))).getInt("right"));
        assertEquals(quiz.questions().size(), Http.object(http.post(url, JSON, answers(quiz, true))).getInt("right"));

        Learner once = newLearner(null);
        assertEquals(200, once.http().post("api/me/courses/" + COURSE, JSON, "").statusCode());
        assertTrue(Http.object(once.http().post(url, JSON, answers(quiz, true))).getBoolean("passed"));

        JsonObject best = profileLine(once.http(), competency);
        JsonObject retaken = profileLine(http, competency);
        assertEquals(best.getInt("evidence"), retaken.getInt("evidence"), "four submissions count as the best one");
        assertEquals(best.getJsonNumber("score").doubleValue(), retaken.getJsonNumber("score").doubleValue(), 1e-9,
                "the score of the best submission");
        assertEquals(best.getInt("level"), retaken.getInt("level"));
        assertEquals(best.getJsonNumber("volume").doubleValue(), retaken.getJsonNumber("volume").doubleValue(), 1e-3,
                "the evidence volume of one submission");
    }

    @Test
    void theCertificatePdfNamesTheLearnerTheCourseTheDateAndTheVerificationCode() throws IOException {
        Learner learner = newLearner(null);
        Http http = learner.http();
        http.post("api/me/courses/" + COURSE, JSON, "");
        assertEquals(200, http.post("api/me/courses/" + COURSE + "/lessons/welkom", JSON, "").statusCode());
        assertTrue(Http.object(http.post("api/me/courses/" + COURSE + "/quizzes/toets", JSON,
                answers(quiz("toets.quiz.yaml"), true))).getBoolean("passed"));
        play(http, "paspoort-verlopen", "geslaagd");
        String code = course(http, COURSE).getString("certificateCode");

        Http pages = new Http(base());
        String password = "wachtwoord-" + learner.username().substring(2);
        pages.signIn(learner.username(), password);
        HttpResponse<byte[]> pdf = pages.getBytes("learner/certificate?course=" + COURSE);
        assertEquals(200, pdf.statusCode());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new com.lowagie.text.pdf.PdfReader(pdf.body()))
                .getTextFromPage(1);
        String date = LocalDate.now().format(java.time.format.DateTimeFormatter.ofLocalizedDate(
                java.time.format.FormatStyle.LONG).withLocale(java.util.Locale.forLanguageTag("nl")));
        assertTrue(text.contains("Lerende " + learner.username().substring(2)), "the learner's name: " + text);
        assertTrue(text.contains("Basiscursus loket"), "the course: " + text);
        assertTrue(text.contains(date), "the completion date " + date + ": " + text);
        assertTrue(text.contains(code), "the verification code " + code + ": " + text);
        assertTrue(text.contains("/verify/" + code), "the verification address: " + text);
        assertEquals(1, new com.lowagie.text.pdf.PdfReader(pdf.body()).getNumberOfPages());
    }

    /** The slugs of the courses {@code learner/courses.xhtml} lists for {@code query}, among those named. */
    static Set<String> listed(Http pages, String query, Set<String> among) {
        HttpResponse<String> page = pages.get("learner/courses.xhtml" + query);
        assertEquals(200, page.statusCode(), query);
        return java.util.regex.Pattern.compile("id=\"course-([a-z0-9-]+)\"").matcher(page.body()).results()
                .map(m -> m.group(1)).filter(among::contains).collect(Collectors.toSet());
    }

    @Test
    void theCatalogFindsCoursesByWordsJobRoleCompetencyAndDuration() {
        Learner learner = newLearner(null);
        Http pages = new Http(base());
        pages.signIn(learner.username(), "wachtwoord-" + learner.username().substring(2));
        String hostmanship = "hostmanship-aan-de-balie";
        String identity = "identiteitsvaststelling-aan-de-balie";
        String wmo = "keukentafelgesprek-wmo";
        // the fixture basis: baliemedewerker, dienen and zorg, 30 minutes; the shipped three: see their course.yaml
        Set<String> known = Set.of(COURSE, hostmanship, identity, wmo);
        assertEquals(known, listed(pages, "", known));
        assertEquals(Set.of(wmo), listed(pages, "?q=keukentafelgesprek", known));
        assertEquals(Set.of(identity), listed(pages, "?q=IDENTITEITSVASTSTELLING", known), "words ignore case");
        assertEquals(Set.of(), listed(pages, "?q=bestaat-nergens", known));
        assertEquals(Set.of(wmo), listed(pages, "?role=wmo-consulent", known));
        assertEquals(Set.of(hostmanship), listed(pages, "?role=kcc-medewerker", known));
        assertEquals(Set.of(COURSE, hostmanship, identity), listed(pages, "?role=baliemedewerker", known));
        assertEquals(Set.of(identity), listed(pages, "?competency=identiteitsvaststelling", known));
        assertEquals(Set.of(COURSE, hostmanship, wmo), listed(pages, "?competency=zorg", known));
        assertEquals(Set.of(COURSE), listed(pages, "?duration=30", known));
        assertEquals(Set.of(COURSE, identity), listed(pages, "?duration=90", known));
        assertEquals(Set.of(COURSE, hostmanship),
                listed(pages, "?role=baliemedewerker&competency=zorg&duration=120", known), "filters combine");
        assertEquals(Set.of(hostmanship),
                listed(pages, "?q=hostmanship&role=baliemedewerker&competency=zorg&duration=120", known));
    }

    @Test
    void progressSurvivesANewCourseVersionAndABrokenFolderChangesNothing() throws IOException {
        Learner learner = newLearner(null);
        Http http = learner.http();
        http.post("api/me/courses/" + COURSE, JSON, "");
        http.post("api/me/courses/" + COURSE + "/lessons/welkom", JSON, "");
        JsonObject before = course(http, COURSE);
        Http admin = new Http(base()).basic("admin", "demo");
        Path folder = CONTENT.resolve("courses/" + COURSE);
        Path courseFile = folder.resolve("course.yaml");
        String original = Files.readString(courseFile);
        Path broken = CONTENT.resolve("courses/kapot");
        try {
            Files.writeString(folder.resolve("nieuw.md"), "## Nieuw\n\nEen nieuwe les.\n");
            Files.writeString(courseFile, original.replace("  - id: oefenen\n", """
                      - id: nieuw
                        title: Nieuwe les
                        lesson: nieuw.md
                  - id: oefenen
                """));
            Files.createDirectories(broken);
            Files.writeString(broken.resolve("course.yaml"), original.replace("paspoort-verlopen", "bestaat-niet"));
            assertEquals(200, admin.post("api/content/import", JSON, "").statusCode());

            JsonObject after = course(http, COURSE);
            assertEquals(Set.of("welkom"), doneSteps(after), "the read lesson stays read");
            assertEquals(before.getInt("total") + 1, after.getInt("total"));
            assertTrue(after.getJsonArray("modules").toString().contains("\"nieuw\""));
            assertFalse(Http.array(http.get("api/courses")).toString().contains("\"kapot\""),
                    "an invalid course is never published");

            Files.writeString(courseFile, "title: [kapot");
            assertEquals(200, admin.post("api/content/import", JSON, "").statusCode());
            assertEquals(after.getInt("total"), course(http, COURSE).getInt("total"),
                    "a broken file keeps the last good version");
        } finally {
            Files.writeString(courseFile, original);
            Files.deleteIfExists(folder.resolve("nieuw.md"));
            Files.deleteIfExists(broken.resolve("course.yaml"));
            Files.deleteIfExists(broken);
            admin.post("api/content/import", JSON, "");
        }
    }

    @Test
    void hrAssignsACourseToATeamWithADueDate() {
        Learner first = newLearner(null);
        Learner second = newLearner(first.team());
        Http hr = new Http(base()).basic("hr", "demo");
        String due = LocalDate.now().plusDays(14).toString();
        HttpResponse<String> assigned = hr.post("api/assignments", JSON,
                "{\"course\":\"" + COURSE + "\",\"team\":" + first.team() + ",\"due\":\"" + due + "\"}");
        assertEquals(200, assigned.statusCode(), assigned.body());
        assertEquals(2, Http.object(assigned).getInt("assigned"));
        for (Learner learner : List.of(first, second)) {
            JsonObject course = course(learner.http(), COURSE);
            assertEquals(due, course.getString("dueOn"));
            assertEquals("hr", course.getString("assignedBy"));
            assertFalse(course.getBoolean("overdue"));
        }
        assertTrue(Http.array(hr.get("api/assignments")).stream().map(JsonObject.class::cast)
                .anyMatch(a -> a.getJsonNumber("staff").longValue() == first.id() && !a.getBoolean("overdue")),
                "the assignment is listed, not overdue");
        assertTrue(Http.array(hr.get("api/assignments?overdue=true")).stream().map(JsonObject.class::cast)
                .noneMatch(a -> a.getJsonNumber("staff").longValue() == first.id()), "an assignment due later is not late");

        HttpResponse<String> past = hr.post("api/assignments", JSON,
                "{\"course\":\"" + COURSE + "\",\"staff\":" + first.id() + ",\"due\":\"2020-01-01\"}");
        assertEquals(400, past.statusCode());
        assertTrue(past.body().contains("\"due\""), past.body());
        assertEquals(403, first.http().post("api/assignments", JSON,
                "{\"course\":\"" + COURSE + "\",\"staff\":" + first.id() + ",\"due\":\"" + due + "\"}").statusCode());
    }

    /**
     * The API refuses a due date in the past, so the demo generator (admins, demo mode) makes people whose
     * assignments fell due months ago. Which of them are late is read from each person's courses (due date before
     * today, not completed), independently of the list's own rule; the overdue list must hold exactly those, marked
     * overdue, and the page must show them as late.
     */
    @Test
    void overdueAssignmentsAreListedAsOverdue() {
        Http admin = new Http(base()).basic("admin", "demo");
        Set<Long> before = staffIds(admin);
        HttpResponse<String> made = admin.post("api/demo-data", JSON,
                "{\"staff\":12,\"teams\":1,\"attemptsPerPerson\":0,\"months\":12,\"seed\":20261129}");
        assertEquals(200, made.statusCode(), made.body());
        Set<Long> generated = staffIds(admin);
        generated.removeAll(before);
        LocalDate today = LocalDate.now();
        Set<String> late = new java.util.TreeSet<>();
        Set<String> onTime = new java.util.TreeSet<>();
        for (long id : generated) {
            HttpResponse<String> profile = admin.get("api/staff/" + id + "/profile");
            assertEquals(200, profile.statusCode(), profile.body());
            for (JsonObject c : Http.object(profile).getJsonArray("courses").getValuesAs(JsonObject.class)) {
                if (c.get("dueOn") instanceof jakarta.json.JsonString) {
                    boolean overdue = !c.getBoolean("completed") && LocalDate.parse(c.getString("dueOn")).isBefore(today);
                    (overdue ? late : onTime).add(id + " " + c.getString("title"));
                }
            }
        }
        assertFalse(late.isEmpty(), "the generated people have no late assignment: " + onTime);
        Http hr = new Http(base()).basic("hr", "demo");
        List<JsonObject> overdue = Http.array(hr.get("api/assignments?overdue=true")).getValuesAs(JsonObject.class);
        assertTrue(overdue.stream().allMatch(a -> a.getBoolean("overdue")), "only late ones: " + overdue);
        assertEquals(late, overdue.stream().filter(a -> generated.contains(a.getJsonNumber("staff").longValue()))
                .map(a -> a.getJsonNumber("staff").longValue() + " " + a.getString("course"))
                .collect(Collectors.toCollection(java.util.TreeSet::new)), "the overdue list holds the late ones");
        JsonObject first = overdue.stream().filter(a -> generated.contains(a.getJsonNumber("staff").longValue()))
                .findFirst().orElseThrow();

        Http pages = new Http(base());
        pages.signIn("hr", "demo");
        String page = pages.get("hr/assignments.xhtml").body();
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("<tr[^>]*>(?:(?!</tr>).)*"
                + java.util.regex.Pattern.quote(first.getString("name").replace("'", "&#39;"))
                + "(?:(?!</tr>).)*pa-bad(?:(?!</tr>).)*</tr>", java.util.regex.Pattern.DOTALL).matcher(page);
        assertTrue(row.find(), "the page marks " + first.getString("name") + " as late");
        assertTrue(row.group().contains("te laat"), row.group());
    }

    static Set<Long> staffIds(Http admin) {
        return Http.array(admin.get("api/staff")).getValuesAs(JsonObject.class).stream()
                .map(s -> s.getJsonNumber("id").longValue()).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    @Test
    void inTheBrowserALearnerFindsReadsFailsPassesPlaysAndDownloadsTheCertificate() throws IOException {
        Learner learner = newLearner(null);
        String password = "wachtwoord-" + learner.username().substring(2);
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn(learner.username(), password);
            browser.open("learner/index.xhtml");
            assertTrue(driver.findElement(By.id("no-courses")).isDisplayed());
            browser.assertAccessible("dashboard without courses");

            browser.open("learner/courses.xhtml");
            WebElement search = driver.findElement(By.id("q"));
            search.sendKeys("basiscursus");
            search.sendKeys(Keys.ENTER);
            Reload.awaitAfter(driver, search);
            assertTrue(driver.findElement(By.id("count")).getText().startsWith("1 "));
            browser.assertAccessible("course catalog");
            press(driver, driver.findElement(By.cssSelector("#course-" + COURSE + " input[type=submit]")));
            assertTrue(browser.path().endsWith("/learner/course.xhtml"), browser.path());
            press(driver, driver.findElement(By.id("next")));

            assertTrue(browser.path().endsWith("/learner/lesson.xhtml"), browser.path());
            assertEquals("Welkom aan de balie", driver.findElement(By.cssSelector("#lesson h2")).getText());
            WebElement image = driver.findElement(By.cssSelector("#lesson img"));
            assertEquals("Een balie met een wachtrij", image.getAttribute("alt"));
            assertTrue((Boolean) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", image),
                    "the lesson image loads");
            browser.assertAccessible("lesson");
            press(driver, driver.findElement(By.id("lessonForm:read")));

            assertTrue(browser.path().endsWith("/learner/quiz.xhtml"), browser.path());
            browser.assertAccessible("quiz");
            Quiz quiz = quiz("toets.quiz.yaml");
            answerByKeyboard(driver, quiz, false);
            press(driver, driver.findElement(By.id("quiz:submit")));
            assertEquals("Nog niet gehaald", driver.findElement(By.id("score-heading")).getText());
            assertEquals("score", driver.switchTo().activeElement().getAttribute("id"), "focus on the result");
            assertTrue(driver.findElement(By.id("question-eerst")).getText().contains("Liever niet."),
                    "feedback per answer");
            browser.assertAccessible("quiz feedback");
            press(driver, driver.findElement(By.id("quiz:retry")));
            answerByKeyboard(driver, quiz, true);
            press(driver, driver.findElement(By.id("quiz:submit")));
            assertEquals("Gehaald", driver.findElement(By.id("score-heading")).getText());
            press(driver, driver.findElement(By.id("next")));

            assertTrue(browser.path().endsWith("/learner/play.xhtml"), browser.path());
            ScenarioGraph graph = Paths.graph(CONTENT, "paspoort-verlopen");
            String ending = graph.endings().stream().filter(n -> n.ending().outcome().key().equals("geslaagd"))
                    .findFirst().orElseThrow().id();
            PlayerPage player = new PlayerPage(driver);
            for (String choice : Paths.toEndings(graph).get(ending)) {
                player.choose(choice);
            }
            assertTrue(browser.path().endsWith("/learner/debrief.xhtml"), browser.path());
            press(driver, driver.findElement(By.partialLinkText("Basiscursus loket")));
            assertTrue(driver.findElement(By.id("completed")).getText().startsWith("Afgerond op"));

            browser.open("learner/index.xhtml");
            WebElement mine = driver.findElement(By.id("my-" + COURSE));
            assertTrue(mine.getText().contains("Afgerond"), mine.getText());
            browser.assertAccessible("dashboard with a completed course");
            browser.open("learner/course.xhtml?course=" + COURSE);
            String href = driver.findElement(By.id("certificate")).getAttribute("href");
            assertTrue(href.contains("/learner/certificate?course=" + COURSE), href);
            Object download = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.headers.get('Content-Type')"
                            + " + ' ' + String.fromCharCode(...new Uint8Array(b).slice(0, 4)))))"
                            + ".catch(e => done('failed ' + e));", href);
            assertEquals("application/pdf %PDF", download, "the certificate downloads in the learner's session");
            String code = course(learner.http(), COURSE).getString("certificateCode");
            browser.open("verify/" + code);
            assertEquals("Geldig certificaat", driver.findElement(By.id("result-heading")).getText());
            assertEquals("Basiscursus loket", driver.findElement(By.id("course")).getText());
            browser.assertAccessible("certificate verification");
        }
    }

    @Test
    void inTheBrowserHrAssignsACourseToATeamAndSeesItListed() {
        Learner learner = newLearner(null);
        String due = LocalDate.now().plusDays(30).toString();
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("hr", "demo");
            browser.open("hr/assignments.xhtml");
            browser.assertAccessible("assignments");
            driver.findElement(By.id("assign:course")).sendKeys("Basiscursus");
            String team = Http.object(new Http(base()).basic("admin", "demo").get("api/teams/" + learner.team()))
                    .getString("name");
            driver.findElement(By.id("assign:team")).sendKeys(team);
            WebElement date = driver.findElement(By.id("assign:due"));
            LocalDate d = LocalDate.parse(due);
            date.sendKeys(typed(driver, d));
            assertEquals(due, date.getAttribute("value"));
            press(driver, driver.findElement(By.id("assign:save")));
            assertTrue(driver.findElement(By.id("messages")).getText().contains("1 medewerker"),
                    driver.findElement(By.id("messages")).getText());
            assertTrue(driver.findElement(By.id("list:rows")).getText().contains("Lerende"));
            browser.assertAccessible("assignments after saving");

            browser.open("hr/assignments.xhtml");
            press(driver, driver.findElement(By.id("assign:save")));
            assertTrue(driver.findElement(By.id("assign")).getText().contains("Kies een cursus."),
                    "the form says what is missing beside the field");
            assertTrue(driver.findElement(By.id("assign")).getText().contains("Vul de datum in"));
            browser.assertAccessible("assignments with errors");
        }
        assertEquals(due, course(learner.http(), COURSE).getString("dueOn"));
    }

    /** The digits to type into a date field, in the order of the browser's locale (e.g. month, day, year). */
    static String typed(WebDriver driver, LocalDate date) {
        String order = (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return new Intl.DateTimeFormat(navigator.language).formatToParts(new Date(2000, 10, 22))"
                        + ".filter(p => p.type !== 'literal').map(p => p.type).join(',')");
        StringBuilder digits = new StringBuilder();
        for (String part : order.split(",")) {
            switch (part) {
                case "day" -> digits.append("%02d".formatted(date.getDayOfMonth()));
                case "month" -> digits.append("%02d".formatted(date.getMonthValue()));
                default -> digits.append(date.getYear());
            }
        }
        return digits.toString();
    }

    /** Tabs to each option to tick (space), as a keyboard user would. */
    static void answerByKeyboard(WebDriver driver, Quiz quiz, boolean right) {
        for (Quiz.Question q : quiz.questions()) {
            for (int i = 0; i < q.options().size(); i++) {
                boolean tick = right ? q.options().get(i).correct() : i == firstWrong(q);
                if (tick) {
                    WebElement option = driver.findElement(By.id("q-" + q.id() + "-" + i));
                    option.sendKeys(Keys.SPACE);
                    assertTrue(option.isSelected(), q.id() + " option " + i);
                }
            }
        }
    }

    static int firstWrong(Quiz.Question q) {
        return IntStream.range(0, q.options().size()).filter(i -> !q.options().get(i).correct()).findFirst()
                .orElseThrow();
    }

    static void press(WebDriver driver, WebElement element) {
        element.sendKeys(Keys.ENTER);
        Reload.awaitAfter(driver, element);
    }
}
