package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.it.pages.LoginPage;
import nl.publieksacademie.it.pages.StaffPage;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin and trainer pages as their users meet them (issue 13): the staff list searched and filtered over
 * hundreds of people with its form opening where the admin is, the course editor's step buttons and its "last
 * saved" line, deleting a scenario node with a question first and an undo, the version comparison, and the audit
 * log, playtest, analytics and HR evidence speaking Dutch words instead of keys and slugs.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EditorsIT {

    /** Slug-like text: lower-case words joined by hyphens or a dot ({@code het-geheel-zien}, {@code privacy.x}). */
    static final Pattern SLUG = Pattern.compile("\\b[a-z]+(-[a-z]+)+\\b|\\b[a-z]+\\.[a-z]+\\b");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    URI base() {
        return Deployments.loopback(deployed);
    }

    static Object js(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    static void settle(WebDriver driver) {
        AuthoringIT.settle(driver);
    }

    static long staffId(Http admin, String username) {
        return Http.array(admin.get("api/staff")).stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("username").equals(username)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    // ------------------------------------------------------------------------------------------------ staff

    @Test
    void anAdminFindsPeopleAmongHundredsBySearchAndFilters() {
        Http admin = new Http(base()).basic("admin", "demo");
        HttpResponse<String> made = admin.post("api/demo-data", "application/json",
                "{\"staff\":320,\"teams\":8,\"attemptsPerPerson\":0,\"months\":1,\"seed\":13}");
        assertEquals(200, made.statusCode(), made.body());
        HttpResponse<String> created = admin.post("api/staff", "application/json",
                "{\"fullName\":\"Zwaantje Oudeboer\",\"email\":\"z.oudeboer@gemeente.nl\",\"roles\":[\"learner\",\"trainer\"],"
                        + "\"active\":false}");
        assertEquals(201, created.statusCode(), created.body());
        int total = Http.array(admin.get("api/staff")).size();
        assertTrue(total > 300, "hundreds of people: " + total);

        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 800));
            browser.open("admin/staff.xhtml");
            new LoginPage(driver).signIn("admin", "demo");
            String paginator = driver.findElement(By.cssSelector("#staffList\\:table .ui-paginator-current")).getText();
            assertTrue(paginator.contains(String.valueOf(total)), "the paginator counts everyone: " + paginator);

            WebElement search = driver.findElement(By.id("staffList:search"));
            search.sendKeys("oudeboer");
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(d -> rows(d).size() == 1);
            assertTrue(rows(driver).get(0).contains("Zwaantje Oudeboer"), rows(driver).toString());

            search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            search.sendKeys("z.oudeboer@");
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(d -> rows(d).size() == 1 && rows(d).get(0).contains("Oudeboer"));
            search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            settle(driver);

            new Select(driver.findElement(By.id("staffList:status"))).selectByValue("inactive");
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(d -> !rows(d).isEmpty() && rows(d).stream().allMatch(r -> r.contains("Gedeactiveerd")));
            assertTrue(rows(driver).stream().anyMatch(r -> r.contains("Zwaantje Oudeboer")), rows(driver).toString());

            new Select(driver.findElement(By.id("staffList:status"))).selectByValue("");
            settle(driver);
            new Select(driver.findElement(By.id("staffList:role"))).selectByValue("trainer");
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(d -> rows(d).stream().allMatch(r -> r.contains("Trainer")) && rows(d).size() < 20);
            new Select(driver.findElement(By.id("staffList:role"))).selectByValue("");
            settle(driver);

            Select team = new Select(driver.findElement(By.id("staffList:team")));
            String option = team.getOptions().get(1).getText();
            String teamName = option.substring(0, option.lastIndexOf(" ("));
            team.selectByIndex(1);
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(d -> !rows(d).isEmpty() && rows(d).stream().allMatch(r -> r.contains(teamName)));
            team.selectByIndex(0);
            settle(driver);
            browser.assertAccessible("staff page with filters");
        }
    }

    @Test
    void theStaffFormOpensWhereTheAdminIsWithEachLabelBesideItsField() {
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 800));
            browser.open("admin/staff.xhtml");
            new LoginPage(driver).signIn("admin", "demo");

            // the form for a new person opens in view, with the focus on its first field
            js(driver, "window.scrollTo(0, document.body.scrollHeight)");
            StaffPage staff = new StaffPage(driver).startNew();
            settle(driver);
            assertLabelsBesideTheirFields(driver);
            assertEquals("staffForm:fullName", driver.switchTo().activeElement().getAttribute("id"),
                    "the first field has the focus");
            assertInView(driver, "staffForm:fullName");
            assertInView(driver, "staffForm:save");
            browser.assertAccessible("staff form open");
            staff.fill("Harm Tjoelker", "h.tjoelker@gemeente.nl").save();
            settle(driver);
            assertTrue(staff.messages().contains("Harm Tjoelker"), staff.messages());

            // editing the last row of a page opens the form in view too
            List<WebElement> edits = driver.findElements(By.cssSelector("#staffList\\:table button[id$=':edit']"));
            WebElement last = edits.get(edits.size() - 1);
            js(driver, "arguments[0].scrollIntoView({block: 'end'})", last);
            last.sendKeys(Keys.ENTER);
            settle(driver);
            assertEquals("staffForm:fullName", driver.switchTo().activeElement().getAttribute("id"));
            assertInView(driver, "staffForm:fullName");
            assertInView(driver, "staffForm:save");
        }
    }

    static List<String> rows(WebDriver driver) {
        List<String> rows = new ArrayList<>();
        for (WebElement row : driver.findElements(By.cssSelector("#staffList\\:table tbody tr"))) {
            if (row.getAttribute("class").contains("ui-datatable-empty-message")) {
                continue;
            }
            rows.add(row.getText());
        }
        return rows;
    }

    static void assertInView(WebDriver driver, String id) {
        Object inView = js(driver, "var r = document.getElementById(arguments[0]).getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight && r.width > 0;", id);
        assertEquals(Boolean.TRUE, inView, id + " is on screen");
    }

    /** Every label names an existing field, and of all fields its own is the one nearest to it. */
    static void assertLabelsBesideTheirFields(WebDriver driver) {
        @SuppressWarnings("unchecked")
        List<String> wrong = (List<String>) js(driver, """
                var form = document.getElementById('staffForm');
                var controls = Array.from(form.querySelectorAll('input:not([type=hidden]), select, textarea'))
                    .filter(function (c) { var r = c.getBoundingClientRect(); return r.width > 0; });
                function gap(a, b) {
                    var dx = Math.max(0, Math.max(a.left, b.left) - Math.min(a.right, b.right));
                    var dy = Math.max(0, Math.max(a.top, b.top) - Math.min(a.bottom, b.bottom));
                    return Math.sqrt(dx * dx + dy * dy);
                }
                var wrong = [];
                form.querySelectorAll('label[for]').forEach(function (label) {
                    var own = document.getElementById(label.htmlFor);
                    if (!own) { wrong.push(label.textContent + ': no field ' + label.htmlFor); return; }
                    var box = label.getBoundingClientRect();
                    if (box.width === 0) { return; }
                    var mine = gap(box, own.getBoundingClientRect());
                    controls.forEach(function (c) {
                        if (c !== own && gap(box, c.getBoundingClientRect()) < mine) {
                            wrong.push(label.textContent + ' is nearer to ' + c.id + ' than to ' + own.id);
                        }
                    });
                });
                return wrong;
                """);
        assertEquals(List.of(), wrong);
    }

    // ------------------------------------------------------------------------------------------ course editor

    @Test
    void theCourseEditorKeepsStepButtonsOnOneLineAndOpeningStampsNothing() {
        String course = "hostmanship-aan-de-balie";
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(new Dimension(1366, 900));
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("trainer", "demo");
            browser.open("trainer/course-editor.xhtml?course=" + course);
            String page = driver.findElement(By.id("main")).getText();
            assertFalse(page.contains("Laatst opgeslagen door"), "opening saves nothing: " + page.substring(0, 300));
            browser.open("trainer/index.xhtml");
            String list = driver.findElement(By.id("course-table")).getText();
            browser.open("trainer/course-editor.xhtml?course=" + course);

            @SuppressWarnings("unchecked")
            List<String> broken = (List<String>) js(driver, """
                    var broken = [];
                    document.querySelectorAll('.pa-modules-edit ol > li').forEach(function (li) {
                        var buttons = Array.from(li.querySelectorAll('button'));
                        var tops = buttons.map(function (b) { return Math.round(b.getBoundingClientRect().top); });
                        if (Math.max.apply(null, tops) - Math.min.apply(null, tops) > 4) {
                            broken.push(li.textContent.trim().substring(0, 60) + ' ' + tops);
                        }
                    });
                    return broken;
                    """);
            assertEquals(List.of(), broken, "step buttons on one line at 1366 px");

            driver.manage().window().setSize(new Dimension(390, 844));
            driver.navigate().refresh();
            Object overflow = js(driver, "return document.documentElement.scrollWidth - window.innerWidth");
            assertTrue(((Number) overflow).intValue() <= 0, "no sideways scrolling at 390 px: " + overflow);
            @SuppressWarnings("unchecked")
            List<String> outside = (List<String>) js(driver, """
                    var outside = [];
                    document.querySelectorAll('.pa-modules-edit ol > li').forEach(function (li) {
                        var box = li.getBoundingClientRect();
                        li.querySelectorAll('button, a').forEach(function (b) {
                            var r = b.getBoundingClientRect();
                            if (r.right > box.right + 1 || r.left < box.left - 1) { outside.push(b.id); }
                        });
                    });
                    return outside;
                    """);
            assertEquals(List.of(), outside, "buttons wrap inside their step at 390 px");

            driver.manage().window().setSize(new Dimension(1366, 900));
            WebElement save = driver.findElement(By.id("ce:save"));
            save.sendKeys(Keys.ENTER);
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.id("main")).getText().contains("Laatst opgeslagen door trainer"));
            assertFalse(list.contains("trainer,"), "the course list named no one who only opened it: " + list);
        }
    }

    // ---------------------------------------------------------------------------------------- scenario editor

    @Test
    void deletingANodeAsksFirstAndCanBeUndone() {
        String slug = "telefoon-van-het-kastje";
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("trainer", "demo");
            browser.open("trainer/editor.xhtml?scenario=" + slug);
            String start = driver.findElement(By.cssSelector("#nodes tbody tr td")).getText();
            WebElement row = driver.findElements(By.cssSelector("#nodes tbody tr")).get(1);
            String node = row.findElement(By.tagName("td")).getText();
            assertFalse(node.equals(start));
            String before = driver.findElement(By.id("nodes")).getText();
            row.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
            settle(driver);

            driver.findElement(By.id("ed:deleteNode")).sendKeys(Keys.ENTER);
            settle(driver);
            WebElement no = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                    .until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-no")).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null));
            assertTrue(driver.findElement(By.cssSelector(".ui-confirm-dialog")).getText().contains(node),
                    "the question names the node");
            no.click();
            settle(driver);
            assertEquals(before, driver.findElement(By.id("nodes")).getText(), "saying no deletes nothing");

            driver.findElement(By.id("ed:deleteNode")).sendKeys(Keys.ENTER);
            settle(driver);
            WebElement yes = new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                    .until(d -> d.findElements(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).stream()
                            .filter(WebElement::isDisplayed).findFirst().orElse(null));
            yes.click();
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                    .until(d -> !d.findElement(By.id("nodes")).getText().equals(before));
            assertFalse(driver.findElements(By.cssSelector("#nodes tbody tr td:first-child")).stream()
                    .anyMatch(td -> td.getText().equals(node)), "the node is gone");

            WebElement undo = driver.findElement(By.id("ed:undo"));
            assertEquals("Ongedaan maken", undo.getText());
            undo.sendKeys(Keys.ENTER);
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.id("nodes")).getText().equals(before));
            assertTrue(driver.findElement(By.id("problems-heading")).getText().contains(" 0 fout"),
                    driver.findElement(By.id("problems-heading")).getText());
        }
    }

    /**
     * Before: opening the scenario editor stored a draft in the opener's name, so the editor said "Laatst opgeslagen
     * door trainer op …" before anything was saved and the scenario list named the trainer as its last editor. Until
     * a save in this visit the editor says it has not saved yet; after one it names the saver; in Dutch and
     * English, at a phone's and a laptop's width.
     */
    @Test
    void theScenarioEditorClaimsNoSaveUntilOneHappens() {
        String slug = "keukentafel-wmo";
        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("trainer", "demo");
            for (String lang : List.of("nl", "en")) {
                browser.open("language?to=" + lang + "&back=/login.xhtml");
                String savedBy = PagesIT.bundleText("editor.savedBy", lang);
                String lastSaved = savedBy.substring(0, savedBy.indexOf('{')).strip();
                String notYet = PagesIT.bundleText("editor.notSavedYet", lang);
                for (int width : new int[] {1366, 390}) {
                    driver.manage().window().setSize(new Dimension(width, 900));
                    browser.open("trainer/editor.xhtml?scenario=" + slug);
                    String state = driver.findElement(By.id("saved-state")).getText();
                    assertFalse(state.contains(lastSaved), "[" + lang + ", " + width + " px] opening saved nothing: "
                            + state);
                    assertEquals(notYet, state.strip(), "[" + lang + ", " + width + " px]");
                    assertTrue(driver.findElement(By.id("saved-state")).isDisplayed());
                }
                browser.open("trainer/index.xhtml");
                String row = driver.findElement(By.id("edit-" + slug)).findElement(By.xpath("./ancestor::tr"))
                        .getText();
                assertFalse(row.contains("trainer"), "the list names no one who only opened it: " + row);
            }
            browser.open("language?to=nl&back=/login.xhtml");
            driver.manage().window().setSize(new Dimension(1366, 900));
            browser.open("trainer/editor.xhtml?scenario=" + slug);
            WebElement save = driver.findElement(By.id("ed:save"));
            save.sendKeys(Keys.ENTER);
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.id("saved-state")).getText().contains("Laatst opgeslagen door trainer"));
            browser.open("trainer/editor.xhtml?scenario=" + slug);
            assertEquals(PagesIT.bundleText("editor.notSavedYet", "nl"),
                    driver.findElement(By.id("saved-state")).getText().strip(), "a new visit has saved nothing yet");

            // the course editor: a draft saved in an earlier visit is no save of this one
            String course = "keukentafelgesprek-wmo";
            browser.open("trainer/course-editor.xhtml?course=" + course);
            WebElement saveCourse = driver.findElement(By.id("ce:save"));
            saveCourse.sendKeys(Keys.ENTER);
            settle(driver);
            new WebDriverWait(driver, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.id("saved-state")).getText().contains("Laatst opgeslagen door trainer"));
            for (String lang : List.of("nl", "en")) {
                browser.open("language?to=" + lang + "&back=/login.xhtml");
                browser.open("trainer/course-editor.xhtml?course=" + course);
                assertEquals(PagesIT.bundleText("editor.notSavedYet", lang),
                        driver.findElement(By.id("saved-state")).getText().strip(),
                        "[" + lang + "] the course editor's new visit has saved nothing yet");
            }
        }
    }

    // -------------------------------------------------------------------------------------------- versions

    @Test
    void theComparisonOpensOnTheTwoLatestVersionsWithOldAndNewText() {
        Http trainer = new Http(base()).basic("trainer", "demo");
        String slug = "paspoort-verlopen";
        String source = trainer.get("api/scenarios/" + slug + ".yaml").body();
        String changed = source.replaceFirst("(?m)^title: .*$", "title: Paspoort verlopen (herzien)");
        HttpResponse<String> imported = trainer.post("api/scenarios", "application/yaml", changed);
        assertEquals(201, imported.statusCode(), imported.body());
        int latest = Http.object(imported).getInt("version");
        String oldTitle = source.lines().filter(l -> l.startsWith("title: ")).findFirst().orElseThrow()
                .substring(7).replace("\"", "");

        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("trainer", "demo");
            browser.open("trainer/history.xhtml?scenario=" + slug);
            assertEquals(String.valueOf(latest - 1),
                    new Select(driver.findElement(By.id("compare:from"))).getFirstSelectedOption().getAttribute("value"));
            assertEquals(String.valueOf(latest),
                    new Select(driver.findElement(By.id("compare:to"))).getFirstSelectedOption().getAttribute("value"));
            String changes = driver.findElement(By.id("changes")).getText();
            assertTrue(changes.contains(oldTitle) && changes.contains("Paspoort verlopen (herzien)"),
                    "old and new text shown on open: " + changes);
            browser.assertAccessible("versions compared");
        }
    }

    // ------------------------------------------------------------------------------- words instead of keys

    @Test
    void theAuditLogSpeaksDutch() {
        Http admin = new Http(base()).basic("admin", "demo");
        HttpResponse<String> created = admin.post("api/staff", "application/json",
                "{\"fullName\":\"Vertrokken Collega\",\"email\":\"weg@gemeente.nl\",\"roles\":[\"learner\"],\"active\":false}");
        assertEquals(201, created.statusCode(), created.body());
        long id = Http.object(created).getJsonNumber("id").longValue();
        assertEquals(204, admin.post("api/staff/" + id + "/pseudonymize", "application/json", "").statusCode());
        assertEquals(302, new Http(base()).signIn("learner", "demo").statusCode());

        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("admin/audit.xhtml");
            new LoginPage(driver).signIn("admin", "demo");
            browser.open("admin/audit.xhtml");
            List<String> bad = new ArrayList<>();
            List<WebElement> rows = driver.findElements(By.cssSelector("#audit\\:table tbody tr"));
            assertTrue(rows.size() > 3, "entries shown");
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                for (int column : new int[] {2, 3}) {
                    String text = cells.get(column).getText();
                    if (SLUG.matcher(text).find()) {
                        bad.add(text);
                    }
                }
                String detail = cells.get(4).getText();
                if (detail.startsWith("from ") || detail.contains("0:0:0:0:0:0:0:1")) {
                    bad.add(detail);
                }
            }
            assertEquals(List.of(), bad, "keys and slugs in the audit log");
            String table = driver.findElement(By.id("audit:table")).getText();
            assertTrue(table.contains("Persoon gepseudonimiseerd"), table);
            assertTrue(table.contains("Aangemeld"), table);
            assertTrue(table.contains("vanaf 127.0.0.1 (deze computer)"), table);
            browser.assertAccessible("audit log");
        }
    }

    @Test
    void evidencePlaytestAndAnalyticsNameCompetenciesAndScenariosNotSlugs() throws IOException {
        String slug = "identiteitskaart-afhalen";
        ScenarioGraph graph = Paths.graph(Fixtures.contentDir(), slug);
        Map<String, List<String>> toEndings = Paths.toEndings(graph);
        Http learner = new Http(base()).basic("learner", "demo");
        AuthoringIT.play(learner, slug, toEndings.values().iterator().next());
        long learnerId = staffId(new Http(base()).basic("admin", "demo"), "learner");

        try (Browser browser = new Browser(base())) {
            WebDriver driver = browser.driver();
            browser.open("login.xhtml");
            new LoginPage(driver).signIn("hr", "demo");
            browser.open("hr/person.xhtml?staff=" + learnerId);
            List<String> bad = new ArrayList<>();
            List<WebElement> rows = driver.findElements(By.cssSelector("#evidence tbody tr"));
            assertFalse(rows.isEmpty(), "the learner's evidence is listed");
            for (WebElement row : rows) {
                List<WebElement> cells = row.findElements(By.tagName("td"));
                for (int column : new int[] {1, 3}) {
                    if (SLUG.matcher(cells.get(column).getText()).find()) {
                        bad.add(cells.get(column).getText());
                    }
                }
            }
            assertEquals(List.of(), bad, "competency names and sources, not slugs");
            new nl.publieksacademie.it.pages.Layout(driver).signOut();

            browser.open("login.xhtml");
            new LoginPage(driver).signIn("trainer", "demo");
            browser.open("trainer/playtest.xhtml?scenario=" + slug);
            String heading = driver.findElement(By.tagName("h1")).getText();
            assertFalse(heading.contains(slug), "the title, not the slug: " + heading);
            String firstChoice = toEndings.values().iterator().next().get(0);
            WebElement choice = driver.findElement(By.cssSelector("[data-choice='" + firstChoice + "']"));
            choice.sendKeys(Keys.ENTER);
            settle(driver);
            String steps = driver.findElement(By.id("steps")).getText();
            assertTrue(steps.contains("+") || steps.contains("-"), "the step earned evidence: " + steps);
            for (String competency : graph.competencies()) {
                assertFalse(steps.contains(competency + " "), competency + " in " + steps);
            }

            browser.open("trainer/analytics.xhtml?scenario=" + slug);
            heading = driver.findElement(By.tagName("h1")).getText();
            assertFalse(heading.contains(slug), "the title, not the slug: " + heading);
            for (WebElement item : driver.findElements(By.cssSelector("#evidence li"))) {
                String competency = item.getText().substring(0, item.getText().indexOf(':'));
                assertFalse(SLUG.matcher(competency).find(), competency);
            }
            browser.open("trainer/history.xhtml?scenario=" + slug);
            heading = driver.findElement(By.tagName("h1")).getText();
            assertFalse(heading.contains(slug), "the title, not the slug: " + heading);
        }
    }
}
