package nl.publieksacademie.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.publieksacademie.it.pages.LoginPage;
import nl.publieksacademie.it.pages.PlayerPage;
import nl.publieksacademie.Fixtures;
import nl.publieksacademie.scenarios.graph.ScenarioGraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Remakes the README's screenshots (the player mid-conversation, the HR heatmap over a generated municipality) at
 * 1366 px into {@code src/site/screenshots/}. Not a test of the normal build (its name does not end in IT): run it
 * with {@code mvn -B -Pscreenshots verify}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadmeScreenshots {

    static final int WIDTH = 1366;
    static final Path FOLDER = Path.of(System.getProperty("pa.screenshots", "src/site/screenshots"));

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL deployed;

    @Test
    void thePlayerMidConversationAndTheHeatmap() throws IOException {
        URI base = Deployments.loopback(deployed);
        Files.createDirectories(FOLDER);
        var generated = new Http(base).basic("admin", "demo").post("api/demo-data", "application/json",
                "{\"staff\":300,\"teams\":12,\"attemptsPerPerson\":6,\"months\":6,\"seed\":13}");
        assertEquals(200, generated.statusCode(), generated.body());

        ScenarioGraph graph = Paths.graph(Fixtures.contentDir(), "paspoort-verlopen");
        List<String> path = Paths.toEndings(graph).values().stream().filter(p -> p.size() >= 4).findFirst()
                .orElseThrow();
        try (Browser browser = new Browser(base)) {
            viewport(browser, 900);
            browser.open("learner/play.xhtml?scenario=paspoort-verlopen");
            new LoginPage(browser.driver()).signIn("learner", "demo");
            PlayerPage player = new PlayerPage(browser.driver());
            for (String choice : path.subList(0, 3)) {
                player.choose(choice);
            }
            browser.driver().findElement(By.id("turn"));
            save(browser, "player.png", 900);
        }
        try (Browser browser = new Browser(base)) {
            viewport(browser, 900);
            browser.open("login.xhtml");
            new LoginPage(browser.driver()).signIn("hr", "demo");
            browser.open("hr/index.xhtml");
            new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
                    .until(d -> !d.findElements(By.cssSelector("td[class^='pa-gap-']")).isEmpty());
            Number height = (Number) ((ChromeDriver) browser.driver())
                    .executeScript("return document.documentElement.scrollHeight");
            save(browser, "heatmap.png", Math.min(1100, height.intValue()));
        }
    }

    /** Sets the page's viewport to {@value #WIDTH} CSS pixels wide at a device scale of 1. */
    static void viewport(Browser browser, int height) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", WIDTH, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    static void save(Browser browser, String name, int height) throws IOException {
        viewport(browser, height);
        ChromeDriver driver = (ChromeDriver) browser.driver();
        driver.executeScript("window.scrollTo(0, 0); document.activeElement && document.activeElement.blur && "
                + "document.activeElement.blur();");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        byte[] png = Base64.getDecoder().decode((String) shot.get("data"));
        Files.write(FOLDER.resolve(name), png);
        assertTrue(png.length < 300_000, name + " is " + png.length + " bytes; keep it under 300 KB");
    }
}
