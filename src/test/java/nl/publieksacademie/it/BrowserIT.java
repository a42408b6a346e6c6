package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URL;
import java.util.List;
import nl.publieksacademie.it.pages.ImportPage;
import nl.publieksacademie.it.pages.Layout;
import nl.publieksacademie.it.pages.LoginPage;
import nl.publieksacademie.it.pages.StaffPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.By;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's user flows in headless Chromium, by keyboard, with axe-core scans of the pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    Browser browser;

    @BeforeEach
    void open() {
        URI base = Deployments.loopback(deployed);
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /**
     * The language button on every page that takes parameters (and on the public certificate check) comes back to
     * the same page with the same parameters, now in English: before, it posted a form that lost the parameters
     * and answered HTTP 500.
     */
    @Test
    void theLanguageButtonKeepsThePageAndItsParameters() {
        URI base = Deployments.loopback(deployed);
        Http admin = new Http(base).basic("admin", "demo");
        long team = Http.array(admin.get("api/teams")).getJsonObject(0).getJsonNumber("id").longValue();
        long learner = Http.array(admin.get("api/staff")).stream().map(v -> v.asJsonObject())
                .filter(o -> o.getString("username").equals("learner")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String course = "course=hostmanship-aan-de-balie";
        String scenario = "scenario=paspoort-verlopen";
        java.util.Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("learner", List.of("learner/course.xhtml?" + course,
                "learner/lesson.xhtml?" + course + "&step=wat-is-hostmanship",
                "learner/quiz.xhtml?" + course + "&step=toets-welkom", "learner/play.xhtml?" + scenario));
        pages.put("trainer", List.of("trainer/editor.xhtml?" + scenario, "trainer/playtest.xhtml?" + scenario,
                "trainer/analytics.xhtml?" + scenario, "trainer/history.xhtml?" + scenario,
                "trainer/course-editor.xhtml?" + course));
        pages.put("hr", List.of("hr/team.xhtml?team=" + team, "hr/person.xhtml?staff=" + learner));
        pages.put(null, List.of("verify/ONBEKEND1"));
        List<org.junit.jupiter.api.function.Executable> checks = new java.util.ArrayList<>();
        for (var role : pages.entrySet()) {
            Http http = new Http(base);
            if (role.getKey() != null) {
                assertEquals(302, http.signIn(role.getKey(), "demo").statusCode());
            }
            for (String asked : role.getValue()) {
                var first = http.get(asked);
                // the player answers with a redirect to the attempt's own address (post/redirect/get): use that
                String location = first.headers().firstValue("Location").orElse("");
                String path = asked.substring(0, asked.indexOf('?') < 0 ? asked.length() : asked.indexOf('?'));
                String page = first.statusCode() == 302 && location.contains("/" + path + "?")
                        ? location.substring(location.indexOf(path)) : asked;
                var dutch = page.equals(asked) ? first : http.get(page);
                var link = java.util.regex.Pattern.compile("id=\"language-switch\" href=\"([^\"]+)\"")
                        .matcher(dutch.body());
                if (dutch.statusCode() != 200 || !link.find()) {
                    checks.add(() -> org.junit.jupiter.api.Assertions.fail(
                            page + " answered " + dutch.statusCode() + " without a language button"));
                    continue;
                }
                var switched = http.get(link.group(1).replace("&amp;", "&").substring(1));
                String back = switched.headers().firstValue("Location").orElse("");
                var english = http.get(page);
                checks.add(() -> assertEquals(302, switched.statusCode(), page));
                checks.add(() -> assertTrue(back.endsWith("/" + page), page + " comes back to itself: " + back));
                checks.add(() -> assertEquals(200, english.statusCode(), page + " in English"));
                checks.add(() -> assertTrue(english.body().contains("lang=\"en\""), page + " is now English"));
            }
        }
        org.junit.jupiter.api.Assertions.assertAll(checks);
    }

    @Test
    void eachDemoRoleSeesItsOwnNavigation() {
        assertNavigation("learner", List.of("nav-learner", "nav-courses"));
        assertNavigation("trainer", List.of("nav-learner", "nav-courses", "nav-trainer"));
        assertNavigation("hr", List.of("nav-hr", "nav-trends", "nav-assign"));
        assertNavigation("admin", List.of("nav-assign", "nav-admin"));
    }

    @Test
    void theLoginAndHomePagesAreAccessibleAndSwitchToEnglish() {
        browser.open("login.xhtml");
        browser.assertAccessible("login page");
        Layout home = new LoginPage(browser.driver()).signIn("learner", "demo");
        assertEquals("Welkom bij de PublieksAcademie", home.heading());
        assertEquals("nl", home.lang());
        browser.assertAccessible("home page");

        home.switchLanguage();

        assertEquals("Welcome to the PublieksAcademie", home.heading());
        assertEquals("en", home.lang());
        browser.assertAccessible("home page in English");
        home.switchLanguage();
        assertEquals("Welkom bij de PublieksAcademie", home.heading());
    }

    @Test
    void aWrongPasswordSaysSoAndSigningOutEndsTheSession() {
        browser.open("index.xhtml");
        LoginPage login = new LoginPage(browser.driver());
        login.signIn("hr", "niet-goed");
        assertTrue(login.error().contains("Gebruikersnaam of wachtwoord onjuist"), login.error());
        browser.assertAccessible("login page with an error");

        Layout home = new LoginPage(browser.driver()).signIn("hr", "demo");
        assertEquals("/index.xhtml", browser.path());
        home.signOut();

        assertEquals("/login.xhtml", browser.path());
        browser.open("hr/index.xhtml");
        assertEquals("/login.xhtml", browser.path(), "after signing out the HR area asks for sign-in again");
    }

    @Test
    void anAdminAddsAStaffMemberAndADuplicateEmailIsRefusedOnTheField() {
        browser.open("admin/staff.xhtml");
        new LoginPage(browser.driver()).signIn("admin", "demo");
        assertEquals("/admin/staff.xhtml", browser.path(), "back to the page asked for");
        StaffPage staff = new StaffPage(browser.driver());
        browser.assertAccessible("admin staff page");

        staff.startNew();
        browser.assertAccessible("admin staff page with the editor open");
        staff.fill("Mirjam Koster", "m.koster@gemeente.nl").save();
        assertTrue(staff.table().contains("Mirjam Koster"), staff.table());

        staff.startNew().fill("Mirjam Koster-de Wit", "M.Koster@gemeente.nl").save();

        assertTrue(staff.fieldError("email").contains("al in gebruik"), staff.fieldError("email"));
        browser.assertAccessible("admin staff page with a field error");
    }

    @Test
    void aTrainerSeesTheImportStatusOfEveryContentFileAndAnAdminReadsItAgain() {
        browser.open("trainer/content.xhtml");
        new LoginPage(browser.driver()).signIn("trainer", "demo");
        assertEquals("/trainer/content.xhtml", browser.path());
        String files = browser.driver().findElement(By.id("files")).getText();
        for (String file : List.of("courses/competencies.yaml", "scenarios/paspoort-verlopen.yaml",
                "scenarios/identiteitskaart-afhalen.yaml", "scenarios/keukentafel-wmo.yaml",
                "scenarios/telefoon-van-het-kastje.yaml", "scenarios/digid-geblokkeerd.yaml",
                "scenarios/eerst-chat-dan-bellen.yaml", "scenarios/met-de-tolk-aan-tafel.yaml",
                "scenarios/dreiging-aan-de-balie.yaml", "scenarios/nagesprek-met-de-teamleider.yaml")) {
            assertTrue(files.contains(file), file + " in " + files);
        }
        assertTrue(browser.driver().findElement(By.id("scenarios")).getText().contains("Balie"));
        browser.assertAccessible("trainer content page");
        new Layout(browser.driver()).signOut();

        browser.open("admin/content.xhtml");
        new LoginPage(browser.driver()).signIn("admin", "demo");
        WebElement button = browser.driver().findElement(By.id("reimport:run"));
        button.sendKeys(Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> d.findElement(By.id("messagesBox")).getText().contains("bestanden gecontroleerd"));
        browser.assertAccessible("admin content page after reading again");
    }

    @Test
    void anAdminImportsStaffFromCsvAndSeesEveryBadLine(@TempDir Path folder) throws IOException {
        browser.open("admin/import.xhtml");
        new LoginPage(browser.driver()).signIn("admin", "demo");
        ImportPage page = new ImportPage(browser.driver());
        browser.assertAccessible("import page");
        Path bad = Files.writeString(folder.resolve("fout.csv"), """
                name,email,team,job_role,roles
                Goed Persoon,goed@gemeente.nl,Balie Stadhuis,baliemedewerker,learner
                Geen Adres,,,,learner
                Onbekend Team,ot@gemeente.nl,Nergens,,learner
                """);

        page.upload(bad);

        assertEquals(2, page.errors().size(), page.errors().toString());
        assertTrue(page.errors().get(0).startsWith("Regel 3:"), page.errors().get(0));
        assertTrue(page.errors().get(1).startsWith("Regel 4:") && page.errors().get(1).contains("Nergens"));
        browser.assertAccessible("import page with errors");

        Path good = Files.writeString(folder.resolve("goed.csv"), """
                name,email,team,job_role,roles
                Goed Persoon,goed@gemeente.nl,Balie Stadhuis,baliemedewerker,learner
                """);
        page.upload(good);
        assertEquals("1 medewerkers geïmporteerd.", page.result());

        browser.open("admin/teams.xhtml");
        browser.assertAccessible("teams page");
        browser.open("hr/index.xhtml");
        assertEquals("/hr/index.xhtml", browser.path());
        assertTrue(browser.driver().getPageSource().contains("Geen toegang"), "an admin is not HR");
    }

    @Test
    void theSkipLinkIsTheFirstStopAndTheStaffPageFitsATablet() {
        browser.open("admin/staff.xhtml");
        new LoginPage(browser.driver()).signIn("admin", "demo");
        var driver = browser.driver();
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        var first = driver.switchTo().activeElement();
        assertEquals("#main", first.getDomAttribute("href"), "the skip link comes first");
        first.sendKeys(Keys.ENTER);
        assertEquals("main", driver.switchTo().activeElement().getAttribute("id"), "the skip link moves focus to the content");

        driver.manage().window().setSize(new Dimension(768, 1024));
        driver.navigate().refresh();
        Object overflow = ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertTrue(((Number) overflow).intValue() <= 0, "no sideways scrolling on a tablet, overflow " + overflow);
        assertTrue(driver.findElement(By.id("staffList:new")).isDisplayed());
    }

    private void assertNavigation(String user, List<String> expected) {
        browser.open("login.xhtml");
        Layout home = new LoginPage(browser.driver()).signIn(user, "demo");
        assertEquals(expected, home.navigation(), user);
        home.signOut();
    }
}
