package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.publieksacademie.it.pages.LoginPage;
import nl.publieksacademie.it.pages.Reload;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every page of every role, at a phone's 390 px and a laptop's 1366 px, in Dutch and in English: no sideways
 * scrolling, no error page, no raw message key, no text sticking out of its card or cut off, and axe-core clean
 * (WCAG 2.1 A and AA). The pages are found in the built WAR: a page that is neither visited here nor excluded with a
 * reason fails the test. All problems of a run are reported together, one line each (page, width, language,
 * problem). To keep the run short each page is loaded once per language and measured at both widths (the viewport
 * is changed, not the page reloaded); axe runs once per page and language: at 1366 px in Dutch, at 390 px in English.
 * Beside it, the page details of issue 13: quiz feedback, the heatmap, the session cookie.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PagesIT {

    static final String JSON = "application/json";
    static final String SCENARIO = "paspoort-verlopen";
    static final String COURSE = "hostmanship-aan-de-balie";
    static final int PHONE = 390;
    static final int LAPTOP = 1366;
    /** A long address without break opportunities, as municipalities have them. */
    static final String LONG_EMAIL = "aafje.van.der.heijden-oosterwijk.teamleider.burgerzaken@gemeente-sudwest-fryslan.nl";

    /** Pages not visited, with the reason. */
    static final Map<String, String> EXCLUDED = Map.of();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    static Browser browser;

    URI base() {
        return Deployments.loopback(deployed);
    }

    synchronized Browser browser() {
        if (browser == null) {
            browser = new Browser(base());
            browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
        }
        return browser;
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    /** One visit: the page (as in the WAR) it shows, how to get there, and who. */
    record Visit(String page, String label, String path, Consumer<Browser> then) {
        Visit(String page, String path) {
            this(page, path, path, b -> { });
        }
    }

    // ------------------------------------------------------------------ every page

    @Test
    void everyPageOfEveryRoleFitsBothWidthsInBothLanguagesWithoutErrorsRawKeysOrAxeViolations() throws IOException {
        long started = System.nanoTime();
        Http admin = new Http(base()).basic("admin", "demo");
        long team = Http.array(admin.get("api/teams")).getJsonObject(0).getJsonNumber("id").longValue();
        long learnerId = staffId(admin, "learner");
        longEmailColleague(admin, team);
        long finished = finishedAttempt(new Http(base()).basic("learner", "demo"));
        String course = "course=" + COURSE;
        String scenario = "scenario=" + SCENARIO;

        Map<String, List<Visit>> roles = new LinkedHashMap<>();
        roles.put("", List.of(new Visit("/login.xhtml", "login.xhtml"),
                new Visit("/verify.xhtml", "verify/ONBEKEND1"),
                new Visit("/error/400.xhtml", "error/400.xhtml"), new Visit("/error/403.xhtml", "error/403.xhtml"),
                new Visit("/error/404.xhtml", "error/404.xhtml"), new Visit("/error/500.xhtml", "error/500.xhtml"),
                new Visit("/error/503.xhtml", "error/503.xhtml"),
                new Visit("/error/expired.xhtml", "error/expired.xhtml")));
        roles.put("learner", List.of(new Visit("/index.xhtml", "index.xhtml"),
                new Visit("/learner/index.xhtml", "learner/index.xhtml"),
                new Visit("/learner/courses.xhtml", "learner/courses.xhtml"),
                new Visit("/learner/course.xhtml", "learner/course.xhtml?" + course),
                new Visit("/learner/lesson.xhtml", "learner/lesson.xhtml?" + course + "&step=wat-is-hostmanship"),
                new Visit("/learner/quiz.xhtml", "learner/quiz.xhtml?" + course + "&step=toets-welkom"),
                new Visit("/learner/quiz.xhtml", "learner/quiz.xhtml (submitted)",
                        "learner/quiz.xhtml?" + course + "&step=toets-welkom", PagesIT::answerEveryQuestion),
                new Visit("/learner/scenarios.xhtml", "learner/scenarios.xhtml"),
                new Visit("/learner/play.xhtml", "learner/play.xhtml (second turn)", "learner/play.xhtml?" + scenario,
                        PagesIT::answerOnceIfAtTheStart),
                new Visit("/learner/debrief.xhtml", "learner/debrief.xhtml?attempt=" + finished),
                new Visit("/learner/profile.xhtml", "learner/profile.xhtml")));
        roles.put("trainer", List.of(new Visit("/trainer/index.xhtml", "trainer/index.xhtml"),
                new Visit("/trainer/content.xhtml", "trainer/content.xhtml"),
                new Visit("/trainer/editor.xhtml", "trainer/editor.xhtml?" + scenario),
                new Visit("/trainer/course-editor.xhtml", "trainer/course-editor.xhtml?" + course),
                new Visit("/trainer/playtest.xhtml", "trainer/playtest.xhtml?" + scenario),
                new Visit("/trainer/analytics.xhtml", "trainer/analytics.xhtml?" + scenario),
                new Visit("/trainer/history.xhtml", "trainer/history.xhtml?" + scenario)));
        roles.put("hr", List.of(new Visit("/index.xhtml", "index.xhtml"), new Visit("/hr/index.xhtml", "hr/index.xhtml"),
                new Visit("/hr/team.xhtml", "hr/team.xhtml?team=" + team),
                new Visit("/hr/person.xhtml", "hr/person.xhtml?staff=" + learnerId),
                new Visit("/hr/trends.xhtml", "hr/trends.xhtml"),
                new Visit("/hr/assignments.xhtml", "hr/assignments.xhtml")));
        roles.put("admin", List.of(new Visit("/index.xhtml", "index.xhtml"),
                new Visit("/admin/staff.xhtml", "admin/staff.xhtml"),
                new Visit("/admin/teams.xhtml", "admin/teams.xhtml"),
                new Visit("/admin/grants.xhtml", "admin/grants.xhtml"),
                new Visit("/admin/import.xhtml", "admin/import.xhtml"),
                new Visit("/admin/content.xhtml", "admin/content.xhtml"),
                new Visit("/admin/audit.xhtml", "admin/audit.xhtml"),
                new Visit("/hr/assignments.xhtml", "hr/assignments.xhtml")));

        List<String> problems = new ArrayList<>();
        Set<String> visited = new TreeSet<>();
        roles.values().forEach(list -> list.forEach(v -> visited.add(v.page())));
        for (String page : warPages()) {
            if (!visited.contains(page) && !EXCLUDED.containsKey(page)) {
                problems.add(page + ": neither visited by PagesIT nor excluded with a reason");
            }
        }
        Set<String> keys = messageKeys();
        Browser b = browser();
        int visits = 0;
        for (Map.Entry<String, List<Visit>> role : roles.entrySet()) {
            b.driver().manage().deleteAllCookies();
            if (!role.getKey().isEmpty()) {
                b.open("login.xhtml");
                new LoginPage(b.driver()).signIn(role.getKey(), "demo");
            }
            for (String lang : List.of("nl", "en")) {
                b.open("language?to=" + lang + "&back=/login.xhtml");
                for (Visit visit : role.getValue()) {
                    String where = visit.label() + (role.getKey().isEmpty() ? "" : " as " + role.getKey());
                    try {
                        viewport(b, LAPTOP);
                        b.open(visit.path());
                        visit.then().accept(b);
                        visits++;
                        check(b, visit, where, lang, LAPTOP, "nl".equals(lang), keys, problems);
                        viewport(b, PHONE);
                        check(b, visit, where, lang, PHONE, "en".equals(lang), keys, problems);
                    } catch (RuntimeException e) {
                        problems.add(where + " [" + lang + "]: could not be visited: " + e);
                    }
                }
            }
        }
        viewport(b, LAPTOP);
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        System.out.printf("PagesIT: %d pages, %d visits (x2 widths) in %d s%n", visited.size(), visits, seconds);
        assertTrue(problems.isEmpty(), problems.size() + " problem(s):\n" + String.join("\n", problems));
    }

    // ------------------------------------------------------------------ details of issue 13

    /** Signs the shared browser in afresh, in the given language. */
    Browser as(String user, String password, String lang) {
        Browser b = browser();
        viewport(b, LAPTOP);
        b.driver().manage().deleteAllCookies();
        b.open("login.xhtml");
        new LoginPage(b.driver()).signIn(user, password);
        b.open("language?to=" + lang + "&back=/login.xhtml");
        return b;
    }

    static Object js(Browser b, String script) {
        return ((JavascriptExecutor) b.driver()).executeScript(script);
    }

    static final Pattern HOW_MANY = Pattern.compile("\\bkies (één|alle)\\b", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);

    /**
     * Before: "Goed antwoord.Goed." (no space), "Kies alle goede antwoorden." in the question and again as the page's
     * hint, and the chosen answer marked by a greyed-out tick only.
     */
    @Test
    void theQuizSpacesItsFeedbackSaysOnceHowManyToPickAndMarksTheChosenAnswers() {
        Browser b = as("learner", "demo", "nl");
        b.open("learner/quiz.xhtml?course=" + COURSE + "&step=toets-welkom");
        List<WebElement> questions = b.driver().findElements(By.cssSelector(".pa-question"));
        assertFalse(questions.isEmpty());
        for (WebElement q : questions) {
            String legend = q.findElement(By.tagName("legend")).getText();
            Matcher m = HOW_MANY.matcher(legend);
            int count = 0;
            while (m.find()) {
                count++;
            }
            assertEquals(1, count, "says once how many to pick: " + legend);
        }
        answerEveryQuestion(b);
        List<WebElement> feedback = b.driver().findElements(By.cssSelector(".pa-feedback"));
        assertFalse(feedback.isEmpty());
        for (WebElement f : feedback) {
            String verdict = f.findElement(By.tagName("strong")).getText();
            String text = f.getText();
            assertTrue(text.equals(verdict) || text.startsWith(verdict + " "), "a space after the verdict: " + text);
        }
        for (WebElement q : b.driver().findElements(By.cssSelector(".pa-question"))) {
            for (WebElement option : q.findElements(By.cssSelector(".pa-options > li"))) {
                boolean chosen = option.findElement(By.tagName("input")).isSelected();
                List<WebElement> label = option.findElements(By.cssSelector(".pa-your-answer"));
                assertEquals(chosen, !label.isEmpty(), "marked as the learner's answer exactly when chosen: "
                        + option.getText());
                if (chosen) {
                    assertEquals("Jouw antwoord", label.get(0).getText());
                }
            }
        }
    }

    /** Before: the competency headings made the table 2,000 px wide and the numbers showed a dot in Dutch. */
    @Test
    void theHeatmapShowsEveryCompetencyOnALaptopWithDecimalCommasInDutch() {
        Browser b = as("hr", "demo", "nl");
        b.open("hr/index.xhtml");
        List<WebElement> headings = b.driver().findElements(By.cssSelector("#heatmap thead th"));
        assertEquals(16, headings.size(), "team, members and the framework's 14 competencies");
        long right = ((Number) js(b, "return Math.max(...Array.from(document.querySelectorAll('#heatmap th, #heatmap td'))"
                + ".map(e => e.getBoundingClientRect().right))")).longValue();
        long inner = ((Number) js(b, "return window.innerWidth")).longValue();
        assertTrue(right <= inner, "every column within the " + inner + " px window: right edge at " + right);
        assertEquals(0L, ((Number) js(b, "const w = document.querySelector('#heatmap').parentElement;"
                + " return w.scrollWidth - w.clientWidth")).longValue(), "the table needs no scrolling of its own");
        assertTrue(((Number) js(b, "return document.documentElement.scrollWidth - window.innerWidth"))
                .longValue() <= 0, "no sideways scrolling");
        Set<String> names = new HashSet<>();
        headings.forEach(h -> names.add(h.getAttribute("textContent").trim()));
        assertTrue(names.containsAll(List.of("Identiteitsvaststelling", "Kanaalsturing en omnichannel",
                "Verantwoordelijkheid nemen")), "full names as the headings' accessible names: " + names);
        List<String> numbers = b.driver().findElements(By.cssSelector("#heatmap td a")).stream()
                .map(WebElement::getText).toList();
        assertFalse(numbers.isEmpty());
        assertTrue(numbers.stream().allMatch(n -> n.matches("\\d+,\\d{1,2}")), "decimal commas in Dutch: " + numbers);

        b.open("language?to=en&back=/hr/index.xhtml");
        List<String> english = b.driver().findElements(By.cssSelector("#heatmap td a")).stream()
                .map(WebElement::getText).toList();
        assertTrue(english.stream().allMatch(n -> n.matches("\\d+\\.\\d{1,2}")), "decimal points in English: " + english);
    }

    /**
     * Before: the rotated headings "Verantwoordelijkheid nemen" and "Kanaalsturing en omnichannel" were longer than
     * the heading's 14rem and ran out of their box past the top of the table's scroll region, which cut their last
     * letters off. Every competency heading must hold its whole text: no scroll size beyond the client size, the
     * text inside the heading and inside the table's region, at both widths and in both languages; the page's
     * generic clipping check must agree.
     */
    @Test
    void everyHeatmapHeadingIsReadableInFull() {
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("nl", "en")) {
            Browser b = as("hr", "demo", lang);
            b.open("hr/index.xhtml");
            for (int width : new int[] {LAPTOP, PHONE}) {
                viewport(b, width);
                String at = "[" + width + " px, " + lang + "] ";
                @SuppressWarnings("unchecked")
                Map<String, Object> measured = (Map<String, Object>) js(b, HEADINGS_CUT);
                assertEquals(14L, ((Number) measured.get("headings")).longValue(),
                        at + "a heading per competency of the framework");
                @SuppressWarnings("unchecked")
                List<String> cut = (List<String>) measured.get("cut");
                cut.forEach(c -> problems.add(at + c));
                @SuppressWarnings("unchecked")
                List<String> clipped = (List<String>) ((Map<String, Object>) js(b, PAGE_FACTS)).get("clipped");
                clipped.stream().filter(c -> c.contains("span")).forEach(c -> problems.add(at + "generic check: " + c));
            }
            viewport(b, LAPTOP);
        }
        assertEquals(List.of(), problems, "heatmap headings cut off");
    }

    /** Per competency heading of the heatmap: whether its text fits its box and the table's scroll region. */
    static final String HEADINGS_CUT = """
            const cut = [];
            const headings = document.querySelectorAll('#heatmap thead th[id^="col-"]');
            const region = document.querySelector('#heatmap').parentElement.getBoundingClientRect();
            for (const th of headings) {
                const name = th.textContent.trim();
                const span = th.querySelector('span') || th;
                for (const el of [th, span]) {
                    if (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1)
                        cut.push(name + ': ' + el.tagName.toLowerCase() + ' holds ' + el.scrollWidth + 'x'
                            + el.scrollHeight + ' px of text in ' + el.clientWidth + 'x' + el.clientHeight);
                }
                const range = document.createRange();
                range.selectNodeContents(span);
                const text = range.getBoundingClientRect();
                const box = span.getBoundingClientRect();
                if (text.top < box.top - 1 || text.bottom > box.bottom + 1 || text.top < region.top - 1)
                    cut.push(name + ': text from ' + Math.round(text.top) + ' to ' + Math.round(text.bottom)
                        + ' px, its box from ' + Math.round(box.top) + ', the table region from '
                        + Math.round(region.top));
            }
            return { headings: headings.length, cut: cut };
            """;

    /** Before: scrolling the table sideways on a phone took the team names out of view. */
    @Test
    void theHeatmapKeepsTheTeamColumnInPlaceWhenScrolledSidewaysOnAPhone() {
        Browser b = as("hr", "demo", "nl");
        viewport(b, PHONE);
        b.open("hr/index.xhtml");
        assertTrue(((Number) js(b, "return document.documentElement.scrollWidth - window.innerWidth"))
                .longValue() <= 0, "the page itself does not scroll sideways");
        @SuppressWarnings("unchecked")
        Map<String, Object> moved = (Map<String, Object>) js(b, """
                const wrap = document.querySelector('#heatmap').parentElement;
                const team = document.querySelector('#heatmap tbody th');
                const before = team.getBoundingClientRect().left;
                wrap.scrollLeft = 600;
                return { scrolled: wrap.scrollLeft, before: before, after: team.getBoundingClientRect().left,
                         wrapLeft: wrap.getBoundingClientRect().left };
                """);
        viewport(b, LAPTOP);
        assertTrue(((Number) moved.get("scrolled")).doubleValue() > 100, "the table scrolls in its box: " + moved);
        assertEquals(((Number) moved.get("before")).doubleValue(), ((Number) moved.get("after")).doubleValue(), 2.0,
                "the team column stays in place: " + moved);
    }

    /** Before: a period from after to was taken as given (an empty heatmap); the message was at the top. */
    @Test
    void theHeatmapRefusesAReversedPeriodOnTheField() {
        Browser b = as("hr", "demo", "nl");
        b.open("hr/index.xhtml?from=2026-06-01&to=2026-01-01");
        WebElement to = b.driver().findElement(By.id("to"));
        assertEquals("true", to.getAttribute("aria-invalid"));
        String described = to.getAttribute("aria-describedby");
        assertTrue(described != null && !described.isBlank(), "the field names its message");
        String message = b.driver().findElement(By.id(described)).getText();
        assertTrue(message.contains("einddatum"), message);
        assertFalse(b.driver().findElements(By.cssSelector("#heatmap tbody tr")).isEmpty(),
                "the heatmap is still shown (without the period)");
        assertEquals(bundleText("hr.periodNotApplied", "nl"), b.driver().findElement(By.id("period-note")).getText());
    }

    /** Before: both said "Er zijn geen teams die u mag zien". */
    @Test
    void noTeamsMatchingTheFiltersIsNotTheSameAsNoTeamsToSee() {
        Browser b = as("hr", "demo", "nl");
        b.open("hr/index.xhtml?department=Bestaat-niet");
        String filtered = b.driver().findElement(By.id("main")).getText();
        assertTrue(filtered.contains(bundleText("hr.noMatch", "nl")), filtered);
        assertFalse(filtered.contains(bundleText("hr.noAccess", "nl")), filtered);

        Http admin = new Http(base()).basic("admin", "demo");
        long team = Http.array(admin.get("api/teams")).getJsonObject(0).getJsonNumber("id").longValue();
        if (Http.array(admin.get("api/staff")).stream()
                .noneMatch(v -> v.asJsonObject().getString("username").equals("hr-zonder"))) {
            HttpResponse<String> created = admin.post("api/staff", JSON, """
                    {"fullName":"HR zonder afdelingen","email":"hr-zonder@gemeente.nl","username":"hr-zonder",
                     "teamId":%d,"jobRole":"baliemedewerker","roles":["hr"],"password":"wachtwoord-hr-zonder"}"""
                    .formatted(team));
            assertEquals(201, created.statusCode(), created.body());
        }
        Browser ungranted = as("hr-zonder", "wachtwoord-hr-zonder", "nl");
        ungranted.open("hr/index.xhtml");
        String none = ungranted.driver().findElement(By.id("main")).getText();
        assertTrue(none.contains(bundleText("hr.noAccess", "nl")), none);
        assertFalse(none.contains(bundleText("hr.noMatch", "nl")), none);
    }

    /**
     * Before: long words were cut off in the catalog cards ("Identiteitsvaststellin") and a long e-mail address
     * pushed the page wider than a phone.
     */
    @Test
    void cardsWrapLongWordsAndAddressesOnAPhone() {
        Http admin = new Http(base()).basic("admin", "demo");
        long team = Http.array(admin.get("api/teams")).getJsonObject(0).getJsonNumber("id").longValue();
        longEmailColleague(admin, team);
        Browser b = as("aafje", "wachtwoord-aafje", "nl");
        viewport(b, PHONE);
        try {
            for (String page : List.of("learner/scenarios.xhtml", "learner/courses.xhtml", "learner/index.xhtml")) {
                b.open(page);
                @SuppressWarnings("unchecked")
                List<String> cut = (List<String>) js(b, """
                        const out = [];
                        for (const el of document.querySelectorAll('.pa-card, .pa-card h2, .pa-card dd, .pa-card dt')) {
                            if (el.scrollWidth > el.clientWidth + 1) out.push(el.tagName + ' ' + el.innerText.substring(0, 40));
                            const r = el.getBoundingClientRect();
                            if (r.right > window.innerWidth) out.push('outside the window: ' + el.innerText.substring(0, 40));
                        }
                        return out;
                        """);
                assertTrue(cut.isEmpty(), page + ": " + cut);
                assertTrue(((Number) js(b, "return document.documentElement.scrollWidth - window.innerWidth"))
                        .longValue() <= 0, page + " does not scroll sideways");
            }
            WebElement email = b.driver().findElements(By.tagName("dd")).stream()
                    .filter(dd -> dd.getText().replace("\n", "").equals(LONG_EMAIL)).findFirst().orElseThrow();
            assertTrue(email.getSize().getHeight() > 30, "the address wraps onto more lines: " + email.getSize());
        } finally {
            viewport(b, LAPTOP);
        }
    }

    // ------------------------------------------------------------------ the session cookie

    /** Before: Payara's listener and the servlet container each added the attribute ("SameSite=Lax; SameSite=Lax"). */
    @Test
    void theSessionCookieCarriesSameSiteExactlyOnce() {
        List<String> cookies = new ArrayList<>();
        // the root, a protected page (the sign-in form keeps the request), the login page, the public check, signing in
        for (String first : List.of("", "learner/index.xhtml", "login.xhtml", "verify/ONBEKEND1")) {
            Http http = new Http(base());
            cookies.addAll(http.get(first).headers().allValues("Set-Cookie"));
            HttpResponse<String> signedIn = http.signIn("learner", "demo");
            assertEquals(302, signedIn.statusCode());
            cookies.addAll(signedIn.headers().allValues("Set-Cookie"));
        }
        List<String> sessions = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertFalse(sessions.isEmpty(), "a session cookie is set: " + cookies);
        for (String cookie : sessions) {
            int count = cookie.toLowerCase(java.util.Locale.ROOT).split("samesite", -1).length - 1;
            assertEquals(1, count, cookie);
            assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax") && cookie.contains("HttpOnly"),
                    cookie);
        }
    }

    /** The pages of the built WAR, as GrantsIT finds them. */
    static Set<String> warPages() throws IOException {
        Set<String> found = new TreeSet<>();
        try (ZipFile war = new ZipFile(System.getProperty("pa.war"))) {
            for (Enumeration<? extends ZipEntry> entries = war.entries(); entries.hasMoreElements(); ) {
                String name = entries.nextElement().getName();
                if (name.endsWith(".xhtml") && !name.startsWith("WEB-INF/") && !name.startsWith("META-INF/")) {
                    found.add("/" + name);
                }
            }
        }
        return found;
    }

    static Set<String> messageKeys() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            Properties p = new Properties();
            try (Reader in = new InputStreamReader(PagesIT.class.getResourceAsStream(
                    "/nl/publieksacademie/platform/" + bundle), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            keys.addAll(p.stringPropertyNames());
        }
        return keys;
    }

    static final Pattern DOTTED = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*(?:\\.[A-Za-z0-9_-]+)+");
    static final Pattern ERROR_TITLE = Pattern.compile("error\\.(400|403|404|500|503|expired)\\.title");

    /** Problems of the page as it stands, at the current width. */
    void check(Browser b, Visit visit, String where, String lang, int width, boolean axe, Set<String> keys,
            List<String> problems) {
        String at = where + " [" + width + " px, " + lang + "]: ";
        JavascriptExecutor js = (JavascriptExecutor) b.driver();
        String path = b.path();
        String expected = "/" + visit.path().replaceAll("[? ].*", "");
        if (!path.equals(expected)) {
            problems.add(at + "ended at " + path);
        }
        String html = String.valueOf(js.executeScript("return document.documentElement.lang"));
        if (!lang.equals(html)) {
            problems.add(at + "page language is '" + html + "'");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) js.executeScript(PAGE_FACTS);
        long scroll = ((Number) page.get("scrollWidth")).longValue();
        long inner = ((Number) page.get("innerWidth")).longValue();
        if (scroll > inner) {
            problems.add(at + "sideways scrolling: page " + scroll + " px wide in a " + inner + " px window"
                    + page.get("widest"));
        }
        String text = String.valueOf(page.get("text"));
        String heading = String.valueOf(page.get("h1"));
        if (!visit.page().startsWith("/error/")) {
            for (String key : keys) {
                Matcher m = ERROR_TITLE.matcher(key);
                if (m.matches() && heading.equals(bundleText(key, lang))) {
                    problems.add(at + "shows the error page '" + heading + "'");
                }
            }
        }
        if (text.contains("HTTP Status") || text.contains("Internal Server Error")) {
            problems.add(at + "shows a server error");
        }
        if (text.contains("???")) {
            int i = text.indexOf("???");
            problems.add(at + "raw message key: " + text.substring(Math.max(0, i - 10), Math.min(text.length(), i + 40)));
        }
        Matcher dotted = DOTTED.matcher(text);
        Set<String> raw = new TreeSet<>();
        while (dotted.find()) {
            if (keys.contains(dotted.group())) {
                raw.add(dotted.group());
            }
        }
        if (!raw.isEmpty()) {
            problems.add(at + "raw message key(s) " + raw);
        }
        @SuppressWarnings("unchecked")
        List<String> clipped = (List<String>) page.get("clipped");
        clipped.forEach(c -> problems.add(at + c));
        if (axe) {
            // legacy mode: no extra window for frames (the pages have none), which failed under load
            List<Rule> violations = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                    .setLegacyMode(true).disableIframeTesting().setTimeout(90).analyze(b.driver()).getViolations();
            for (Rule v : violations) {
                problems.add(at + "axe " + v.getId() + " (" + v.getHelp() + ") at " + v.getNodes().stream()
                        .limit(5).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")));
            }
        }
    }

    static final Map<String, Properties> BUNDLES = new LinkedHashMap<>();

    static synchronized String bundleText(String key, String lang) {
        Properties p = BUNDLES.computeIfAbsent(lang, l -> {
            Properties props = new Properties();
            String name = "/nl/publieksacademie/platform/messages" + ("en".equals(l) ? "_en" : "") + ".properties";
            try (Reader in = new InputStreamReader(PagesIT.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
                props.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return props;
        });
        return p.getProperty(key);
    }

    /**
     * The page's width, its visible text (with the labels only assistive technology reads), and the text that is cut
     * off: an element that hides its overflow while its text is wider, a card whose content is wider than the
     * card, or text that runs out of its own element's box in any direction. (That last check came after the rotated
     * heatmap headings: their text ran up out of a box that did not hide its overflow, so neither the page's width
     * nor a box's scroll width showed it, and the table's scroll region cut it off.)
     */
    static final String PAGE_FACTS = """
            const describe = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (el.innerText || '').trim().replace(/\\s+/g, ' ').substring(0, 40) + '"';
            const clipped = [];
            for (const el of document.querySelectorAll('body *')) {
                if (el.offsetWidth <= 2 || el.clientWidth === 0 || !(el.innerText || '').trim()) continue;
                const cs = getComputedStyle(el);
                const hides = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis';
                if (hides && el.scrollWidth > el.clientWidth + 1) clipped.push('text cut off: ' + describe(el));
                // text that runs out of its own box (a rotated heading longer than its box, a word too long for
                // a fixed height): out of reach of the scroll checks above, and cut by any clipping ancestor; an
                // element that scrolls its own overflow keeps the text within reach
                const scrolls = /auto|scroll/.test(cs.overflowX + ' ' + cs.overflowY);
                for (const node of scrolls ? [] : el.childNodes) {
                    if (node.nodeType !== 3 || !node.textContent.trim()) continue;
                    const range = document.createRange();
                    range.selectNodeContents(node);
                    const t = range.getBoundingClientRect();
                    const r = el.getBoundingClientRect();
                    if (t.width > 0 && (t.top < r.top - 4 || t.bottom > r.bottom + 4 || t.left < r.left - 4
                            || t.right > r.right + 4)) {
                        clipped.push('text runs out of its box: ' + describe(el));
                        break;
                    }
                }
            }
            for (const card of document.querySelectorAll('.pa-card')) {
                if (card.scrollWidth > card.clientWidth + 1)
                    clipped.push('content ' + (card.scrollWidth - card.clientWidth) + ' px wider than its card: '
                        + describe(card));
            }
            let widest = '';
            const inner = window.innerWidth;
            if (document.documentElement.scrollWidth > inner) {
                for (const el of document.querySelectorAll('body *')) {
                    const r = el.getBoundingClientRect();
                    if (r.right > inner + 1 && r.width > 0) { widest = ', first too wide: ' + describe(el)
                        + ' (right edge ' + Math.round(r.right) + ' px)'; break; }
                }
            }
            const labels = Array.from(document.querySelectorAll('[aria-label],[title],[placeholder],img[alt]'))
                .map(e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder'),
                           e.getAttribute('alt')].filter(x => x).join(' ')).join(' ');
            return { scrollWidth: document.documentElement.scrollWidth, innerWidth: inner, widest: widest,
                     text: document.body.innerText + ' ' + labels + ' ' + document.title,
                     h1: (document.querySelector('h1') || {innerText: ''}).innerText.trim(), clipped: clipped };
            """;

    static void viewport(Browser b, int width) {
        ((ChromeDriver) b.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", false));
    }

    static void answerEveryQuestion(Browser b) {
        WebDriver d = b.driver();
        List<WebElement> questions = d.findElements(By.cssSelector(".pa-question"));
        for (WebElement q : questions) {
            WebElement first = q.findElement(By.cssSelector("input"));
            if (!first.isSelected()) {
                first.sendKeys(Keys.SPACE);
            }
        }
        WebElement submit = d.findElement(By.id("quiz:submit"));
        submit.sendKeys(Keys.ENTER);
        Reload.awaitAfter(d, submit);
    }

    static void answerOnceIfAtTheStart(Browser b) {
        WebDriver d = b.driver();
        if (d.findElements(By.cssSelector(".pa-exchange")).isEmpty()) {
            WebElement choice = d.findElement(By.cssSelector("button.pa-choice"));
            choice.sendKeys(Keys.ENTER);
            Reload.awaitAfter(d, choice);
        }
    }

    static long staffId(Http admin, String username) {
        return Http.array(admin.get("api/staff")).stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** A colleague with a long e-mail address, shown on the staff page. */
    static void longEmailColleague(Http admin, long team) {
        if (Http.array(admin.get("api/staff")).stream().anyMatch(v -> v.asJsonObject().getString("username")
                .equals("aafje"))) {
            return;
        }
        HttpResponse<String> created = admin.post("api/staff", JSON, """
                {"fullName":"Aafje van der Heijden-Oosterwijk","email":"%s","username":"aafje","teamId":%d,
                 "jobRole":"baliemedewerker","roles":["learner"],"password":"wachtwoord-aafje"}"""
                .formatted(LONG_EMAIL, team));
        assertEquals(201, created.statusCode(), created.body());
    }

    /** An attempt of the learner played to an ending through the API (first choice each turn). */
    static long finishedAttempt(Http learner) {
        return finishedAttempt(learner, SCENARIO);
    }

    /** An attempt of {@code scenario} played to an ending through the API (first choice each turn). */
    static long finishedAttempt(Http learner, String scenario) {
        HttpResponse<String> started = learner.post("api/attempts", JSON, "{\"scenario\":\"" + scenario + "\"}");
        JsonObject view = Http.object(started);
        long attempt = view.getJsonNumber("attempt").longValue();
        for (int i = 0; i < 60 && !view.getBoolean("finished"); i++) {
            String choice = view.getJsonArray("choices").getJsonObject(0).getString("id");
            HttpResponse<String> answer = learner.post("api/attempts/" + attempt + "/steps", JSON,
                    "{\"step\":" + view.getInt("step") + ",\"choice\":\"" + choice + "\"}");
            assertEquals(200, answer.statusCode(), answer.body());
            view = Http.object(answer);
        }
        assertTrue(view.getBoolean("finished"), "attempt played to an ending");
        return attempt;
    }
}
