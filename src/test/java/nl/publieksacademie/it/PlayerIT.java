package nl.publieksacademie.it;

import nl.publieksacademie.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.it.pages.Layout;
import nl.publieksacademie.it.pages.LoginPage;
import nl.publieksacademie.it.pages.PlayerPage;
import nl.publieksacademie.it.pages.Reload;
import nl.publieksacademie.scenarios.graph.Node;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/** The learner's flows in headless Chromium, by keyboard: list, player, debrief, profile; axe-core on each page. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlayerIT {

    static final Path CONTENT = Fixtures.contentDir();

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

    @Test
    void aLearnerPlaysAScenarioToEachOfItsEndingsByKeyboardAndReadsTheDebrief() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "paspoort-verlopen");
        Map<String, List<String>> paths = Paths.toEndings(graph);
        assertEquals(graph.endings().size(), paths.size(), "every ending has a path");

        browser.open("learner/scenarios.xhtml");
        new LoginPage(browser.driver()).signIn("learner", "demo");
        browser.assertAccessible("scenario list");
        WebElement play = browser.driver().findElement(By.cssSelector("#scenario-paspoort-verlopen a.pa-play-link"));
        play.sendKeys(Keys.ENTER);
        Reload.awaitAfter(browser.driver(), play);
        assertEquals("/learner/play.xhtml", browser.path());
        PlayerPage player = new PlayerPage(browser.driver());
        browser.assertAccessible("player");
        assertEquals("turn", player.focused(), "the new turn has the focus");
        String described = browser.driver().findElement(By.id("turn")).getAttribute("aria-describedby");
        assertTrue(described.contains("says") || described.contains("narration"),
                "a screen reader reads the citizen's line with the focused turn: " + described);

        boolean first = true;
        for (Map.Entry<String, List<String>> ending : paths.entrySet()) {
            if (!first) {
                WebElement again = browser.driver().findElement(By.id("again:play-again"));
                again.sendKeys(Keys.ENTER);
                Reload.awaitAfter(browser.driver(), again);
            }
            first = false;
            for (String choice : ending.getValue()) {
                assertTrue(player.choices().contains(choice), choice + " offered; offered: " + player.choices());
                player.choose(choice);
            }
            Node end = graph.node(ending.getKey());
            assertEquals("/learner/debrief.xhtml", browser.path(), "at the debrief after " + ending.getKey());
            String outcome = browser.driver().findElement(By.id("outcome")).getText();
            assertTrue(outcome.contains(end.ending().title()), outcome);
            assertEquals(ending.getValue().size(),
                    browser.driver().findElements(By.cssSelector("#path > li")).size(), "the path taken");
            boolean missed = !end.ending().requires().isEmpty()
                    && browser.driver().findElements(By.cssSelector("#checks .pa-bad")).size() > 0;
            assertEquals(missed, !browser.driver().findElements(By.id("missed-warning")).isEmpty(),
                    "a missed must-do is shown as such");
            if (ending.getKey().equals(paths.keySet().iterator().next())) {
                browser.assertAccessible("debrief");
            }
        }
    }

    @Test
    void anUnfinishedAttemptResumesAfterSigningOutAndAStaleChoiceIsRefused() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "telefoon-van-het-kastje");
        List<String> path = Paths.toEndings(graph).get(graph.endings().stream()
                .filter(n -> n.ending().outcome().key().equals("geslaagd")).findFirst().orElseThrow().id());
        assertTrue(path.size() >= 4, "a path long enough to stop halfway: " + path);
        browser.open("learner/play.xhtml?scenario=telefoon-van-het-kastje");
        new LoginPage(browser.driver()).signIn("trainer", "demo");
        PlayerPage player = new PlayerPage(browser.driver());
        String firstTurn = player.turn();
        player.choose(path.get(0));
        String secondTurn = player.turn();
        assertTrue(!secondTurn.equals(firstTurn), secondTurn);

        String first = browser.driver().getWindowHandle();
        browser.driver().switchTo().newWindow(WindowType.TAB);
        browser.open("learner/play.xhtml?scenario=telefoon-van-het-kastje");
        player.choose(path.get(1));
        assertTrue(!player.turn().equals(secondTurn), "the second tab moved the attempt on");
        browser.driver().switchTo().window(first);
        assertEquals(secondTurn, player.turn(), "the first tab still shows the older turn");
        player.choose(path.get(1));
        String message = browser.driver().findElement(By.id("messagesBox")).getText();
        assertTrue(message.contains("al verwerkt"), message);
        String now = player.turn();
        assertTrue(!now.equals(secondTurn), "the page shows where the attempt stands: " + now);

        new Layout(browser.driver()).signOut();
        browser.open("learner/scenarios.xhtml");
        new LoginPage(browser.driver()).signIn("trainer", "demo");
        WebElement resume = browser.driver().findElement(By.cssSelector("#scenario-telefoon-van-het-kastje a.pa-play-link"));
        assertTrue(resume.getText().contains("Verder spelen"), resume.getText());
        resume.sendKeys(Keys.ENTER);
        Reload.awaitAfter(browser.driver(), resume);
        assertEquals(now, player.turn());
    }

    @Test
    void theListFiltersAndTheProfileShowsLevelsTargetsAndTheChart() {
        browser.open("learner/scenarios.xhtml");
        new LoginPage(browser.driver()).signIn("learner", "demo");
        new Select(browser.driver().findElement(By.id("setting"))).selectByValue("keukentafel");
        WebElement apply = browser.driver().findElement(By.id("apply"));
        apply.sendKeys(Keys.ENTER);
        Reload.awaitAfter(browser.driver(), apply);
        assertEquals(1, browser.driver().findElements(By.cssSelector(".pa-scenario")).size());
        assertEquals("keukentafel", new Select(browser.driver().findElement(By.id("setting")))
                .getFirstSelectedOption().getAttribute("value"), "the filter stays chosen");
        assertEquals(1, browser.driver().findElements(By.id("scenario-keukentafel-wmo")).size());

        browser.open("learner/profile.xhtml");
        assertEquals(12, browser.driver().findElements(By.cssSelector("#levels tbody tr")).size());
        String dienen = browser.driver().findElement(By.id("level-dienen")).getText();
        assertTrue(dienen.contains("Dienen"), dienen);
        assertEquals(1, browser.driver().findElements(By.cssSelector("#chart canvas")).size(), "the chart is drawn");
        browser.assertAccessible("profile");
    }
}
