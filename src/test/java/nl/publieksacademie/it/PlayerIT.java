package nl.publieksacademie.it;

import nl.publieksacademie.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import nl.publieksacademie.it.pages.Layout;
import nl.publieksacademie.it.pages.LoginPage;
import nl.publieksacademie.it.pages.PlayerPage;
import nl.publieksacademie.it.pages.Reload;
import nl.publieksacademie.scenarios.control.PlayState;
import nl.publieksacademie.scenarios.control.ScenarioEngine;
import nl.publieksacademie.scenarios.graph.Choice;
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
import org.openqa.selenium.chrome.ChromeDriver;
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
        // the two shipped kitchen-table scenarios: keukentafel-wmo and met-de-tolk-aan-tafel
        assertEquals(2, browser.driver().findElements(By.cssSelector(".pa-scenario")).size());
        assertEquals(1, browser.driver().findElements(By.id("scenario-met-de-tolk-aan-tafel")).size());
        assertEquals("keukentafel", new Select(browser.driver().findElement(By.id("setting")))
                .getFirstSelectedOption().getAttribute("value"), "the filter stays chosen");
        assertEquals(1, browser.driver().findElements(By.id("scenario-keukentafel-wmo")).size());

        browser.open("learner/profile.xhtml");
        assertEquals(14, browser.driver().findElements(By.cssSelector("#levels tbody tr")).size());
        String dienen = browser.driver().findElement(By.id("level-dienen")).getText();
        assertTrue(dienen.contains("Dienen"), dienen);
        assertEquals(1, browser.driver().findElements(By.cssSelector("#chart canvas")).size(), "the chart is drawn");
        browser.assertAccessible("profile");
    }

    // --- a talk with a colleague (content14) ---

    @Test
    void aTalkWithAColleagueIsFoundUnderOverlegShowsItOnThePersonaCardAndTheDebriefNamesTheColleague()
            throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "nagesprek-met-de-teamleider");
        List<String> path = Paths.toEndings(graph).values().stream()
                .min(java.util.Comparator.comparingInt(List::size)).orElseThrow();
        String learner = newLearner("overleg");
        browser.open("learner/scenarios.xhtml");
        new LoginPage(browser.driver()).signIn(learner, "speel-" + learner);
        new Select(browser.driver().findElement(By.id("setting"))).selectByValue("overleg");
        WebElement apply = browser.driver().findElement(By.id("apply"));
        apply.sendKeys(Keys.ENTER);
        Reload.awaitAfter(browser.driver(), apply);
        List<WebElement> found = browser.driver().findElements(By.cssSelector(".pa-scenario"));
        assertEquals(1, found.size(), "only the team lead's talk with a colleague");
        assertTrue(found.get(0).getText().contains("Overleg met een collega"), found.get(0).getText());
        WebElement play = browser.driver().findElement(
                By.cssSelector("#scenario-nagesprek-met-de-teamleider a.pa-play-link"));
        play.sendKeys(Keys.ENTER);
        Reload.awaitAfter(browser.driver(), play);
        WebElement setting = browser.driver().findElement(By.id("setting"));
        assertEquals("Overleg met een collega", setting.getText().strip());
        assertTrue(setting.findElement(By.tagName("img")).getAttribute("src").endsWith("/resources/icons/overleg.svg"),
                "the overleg icon on the persona card");
        browser.assertAccessible("player, overleg");
        assertNoSideways("player, overleg");
        PlayerPage player = new PlayerPage(browser.driver());
        for (String choice : path) {
            player.choose(choice);
        }
        assertEquals("/learner/debrief.xhtml", browser.path());
        String who = browser.driver().findElement(By.cssSelector("#path > li .pa-line-citizen .pa-who")).getText();
        assertEquals("Joyce Verbeek:", who, "the debrief names the colleague, as the player did");
    }

    // --- chat and e-mail (issue 14) ---

    @Test
    void aChatIsAThreadOfBubblesWithTimesAndTheHandOverToThePhoneShowsADivider() {
        HttpResponse<String> imported = new Http(Deployments.loopback(deployed)).basic("trainer", "demo")
                .post("api/scenarios", "application/yaml", Fixtures.scenario("chat-doorverbinden.yaml"));
        assertTrue(imported.statusCode() == 201 || imported.statusCode() == 200, imported.body());
        playAs(newLearner("chat"), "chat-doorverbinden");
        PlayerPage player = new PlayerPage(browser.driver());
        var driver = browser.driver();
        assertTrue(driver.findElement(By.id("setting")).getText().contains("Chat"), "the channel is the chat");
        WebElement first = driver.findElement(By.cssSelector("#says .pa-bubble-citizen"));
        assertEquals("09:14", first.findElement(By.cssSelector("time")).getAttribute("datetime"));
        assertTrue(first.getText().contains("09:14") && first.getText().contains("Fatma Yilmaz"), first.getText());
        assertEquals("Kies het bericht dat je verstuurt", driver.findElement(By.id("choices-heading")).getText(),
                "the answers are typed replies to choose from");
        browser.assertAccessible("chat player");
        assertNoSideways("chat player");

        player.choose("uitleg");
        List<WebElement> citizen = driver.findElements(By.cssSelector("#transcript .pa-bubble-citizen"));
        List<WebElement> mine = driver.findElements(By.cssSelector("#transcript .pa-bubble-you"));
        assertEquals(1, citizen.size(), "the thread keeps her first message");
        assertEquals(1, mine.size(), "and your reply");
        assertTrue(mine.get(0).getText().contains("vijf werkdagen") && mine.get(0).getText().contains("09:14"),
                "your reply with the time of the message it answers: " + mine.get(0).getText());
        assertTrue(citizen.get(0).getRect().getX() < mine.get(0).getRect().getX(),
                "her message on the left, yours on the right");
        assertTrue(driver.findElement(By.cssSelector("#says .pa-bubble-citizen")).getText().contains("09:16"));
        assertTrue(driver.findElements(By.cssSelector(".pa-channel-switch")).isEmpty(), "no switch yet");

        player.choose("terugbellen");
        assertEquals("Het gesprek gaat verder aan de telefoon", driver.findElement(By.id("channel-switch")).getText());
        assertTrue(driver.findElement(By.id("setting")).getText().contains("Telefoon"), "now on the phone");
        assertEquals("blockquote", driver.findElement(By.id("says")).getTagName(), "a spoken line, no bubble");
        assertEquals(2, driver.findElements(By.cssSelector("#transcript .pa-bubble-citizen")).size(),
                "the chat stays visible above the call");
        assertEquals("Wat zeg je?", driver.findElement(By.id("choices-heading")).getText().strip(), "spoken again");
        browser.assertAccessible("chat handed over to the phone");
        assertNoSideways("chat handed over to the phone");
    }

    /**
     * Before: the debrief listed every step as "Inwoner: … / Jij: …" whatever the channel, so a chat read like a
     * counter talk. Now it replays the conversation in the player's own markup: chat bubbles with times for the
     * chat, messages with sender and subject for e-mail, the spoken lines for the counter and the phone, and the
     * divider where the channel changed; in Dutch and English, at 390 and 1366 px.
     */
    @Test
    void theDebriefReplaysTheConversationInTheLookOfItsChannel() {
        Http trainer = new Http(Deployments.loopback(deployed)).basic("trainer", "demo");
        String chat = Fixtures.scenario("chat-doorverbinden.yaml");
        String mail = chat.replace("id: chat-doorverbinden", "id: mail-doorverbinden")
                .replace("title: Vraag via de chat", "title: Vraag per e-mail")
                .replace("\nsetting: chat\n", "\nsetting: email\n");
        for (String source : List.of(chat, mail)) {
            HttpResponse<String> imported = trainer.post("api/scenarios", "application/yaml", source);
            assertTrue(imported.statusCode() == 201 || imported.statusCode() == 200, imported.body());
        }
        String name = newLearner("debrief");
        Http learner = new Http(Deployments.loopback(deployed)).basic(name, "speel-" + name);
        long chatAttempt = PagesIT.finishedAttempt(learner, "chat-doorverbinden");
        long mailAttempt = PagesIT.finishedAttempt(learner, "mail-doorverbinden");
        long counterAttempt = PagesIT.finishedAttempt(learner, "paspoort-verlopen");

        var driver = browser.driver();
        browser.open("learner/debrief.xhtml?attempt=" + chatAttempt);
        new LoginPage(driver).signIn(name, "speel-" + name);
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("nl", "en")) {
            browser.open("language?to=" + lang + "&back=/login.xhtml");
            String you = PagesIT.bundleText("player.you", lang);
            for (int width : new int[] {1366, 390}) {
                String at = "[" + lang + ", " + width + " px] ";
                viewport(width);
                browser.open("learner/debrief.xhtml?attempt=" + chatAttempt);
                List<WebElement> steps = driver.findElements(By.cssSelector("#path > li"));
                assertEquals(3, steps.size(), at + "three steps in the chat");
                for (int i = 0; i < 2; i++) {
                    WebElement step = steps.get(i);
                    if (step.findElements(By.cssSelector(".pa-exchange-chat")).isEmpty()) {
                        problems.add(at + "chat step " + (i + 1) + " is no chat exchange: " + step.getText());
                        continue;
                    }
                    WebElement hers = step.findElement(By.cssSelector(".pa-bubble-citizen"));
                    WebElement mine = step.findElement(By.cssSelector(".pa-bubble-you"));
                    String time = i == 0 ? "09:14" : "09:16";
                    if (!time.equals(hers.findElement(By.tagName("time")).getAttribute("datetime"))) {
                        problems.add(at + "her message without its time " + time + ": " + hers.getText());
                    }
                    if (!hers.getText().contains("Fatma Yilmaz")) {
                        problems.add(at + "her bubble names her: " + hers.getText());
                    }
                    if (!mine.findElement(By.cssSelector(".pa-who")).getText().equals(you)) {
                        problems.add(at + "your bubble says " + you + ": " + mine.getText());
                    }
                    if (hers.getRect().getX() >= mine.getRect().getX()) {
                        problems.add(at + "her message left, yours right: " + hers.getRect().getX() + " vs "
                                + mine.getRect().getX());
                    }
                }
                WebElement call = steps.get(2);
                if (call.findElements(By.cssSelector(".pa-channel-switch")).isEmpty()
                        || !call.findElement(By.cssSelector(".pa-channel-switch")).getText()
                                .equals(PagesIT.bundleText("player.switch.telefoon", lang))) {
                    problems.add(at + "no divider before the call: " + call.getText());
                }
                if (call.findElements(By.cssSelector(".pa-line-citizen")).isEmpty()
                        || !call.findElements(By.cssSelector(".pa-bubble")).isEmpty()) {
                    problems.add(at + "the call is spoken lines, no bubbles: " + call.getText());
                }
                long overflow = ((Number) ((ChromeDriver) driver).executeScript(
                        "return document.documentElement.scrollWidth - window.innerWidth")).longValue();
                if (overflow > 0) {
                    problems.add(at + "the chat debrief scrolls sideways by " + overflow + " px");
                }
                if ("nl".equals(lang) && width == 1366) {
                    browser.assertAccessible("debrief of a chat");
                }

                browser.open("learner/debrief.xhtml?attempt=" + mailAttempt);
                WebElement first = driver.findElements(By.cssSelector("#path > li")).get(0);
                List<WebElement> heads = first.findElements(By.cssSelector(".pa-exchange-email .pa-mail-head"));
                if (heads.size() != 2 || !heads.get(0).getText().contains("Vraag per e-mail")
                        || !heads.get(1).getText().contains(PagesIT.bundleText("player.municipality", lang))) {
                    problems.add(at + "the e-mail step shows two mails with sender and subject: " + first.getText());
                }

                browser.open("learner/debrief.xhtml?attempt=" + counterAttempt);
                WebElement spoken = driver.findElements(By.cssSelector("#path > li")).get(0);
                if (spoken.findElements(By.cssSelector(".pa-exchange .pa-line-citizen")).isEmpty()
                        || spoken.findElements(By.cssSelector(".pa-exchange .pa-line-you")).isEmpty()
                        || !spoken.findElements(By.cssSelector(".pa-bubble")).isEmpty()) {
                    problems.add(at + "the counter talk is a dialogue of lines: " + spoken.getText());
                }
            }
        }
        viewport(1366);
        assertEquals(List.of(), problems, "the debrief in the channel's look");
    }

    // --- the player as a conversation (issue 13) ---

    private static final AtomicInteger LEARNERS = new AtomicInteger();

    /** A learner of their own for one test, so attempts of one test never meet another's; signs in on the page. */
    @Test
    void aChoiceAndThePageOfTheNextTurnTakeOneTransaction() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "paspoort-verlopen");
        List<String> path = Paths.toEndings(graph).values().stream().filter(p -> p.size() >= 5).findFirst()
                .orElseThrow();
        playAs(newLearner("tx"), "paspoort-verlopen");
        PlayerPage player = new PlayerPage(browser.driver());
        Http admin = new Http(Deployments.loopback(deployed)).basic("admin", "demo");
        AttemptsIT.counted(admin);
        // the fewest of three choices: the framework's check for a new version (every 10 s) may fall into one
        long fewestStatements = Long.MAX_VALUE;
        long fewestTransactions = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long[] before = AttemptsIT.counted(admin);
            player.choose(path.get(i));
            long[] after = AttemptsIT.counted(admin);
            assertEquals("Beurt " + (i + 2), player.turn(), "the page of the next turn");
            fewestStatements = Math.min(fewestStatements, after[0] - before[0]);
            fewestTransactions = Math.min(fewestTransactions, after[1] - before[1]);
        }
        assertEquals(1, fewestTransactions, "transactions of a choice (POST) and the next turn's page (GET)");
        assertTrue(fewestStatements <= 6, fewestStatements + " round trips: the step's five and the step log");
        browser.driver().navigate().refresh();
        assertEquals("Beurt 4", player.turn(), "a refresh reads where the attempt stands");
    }

    private String newLearner(String tag) {
        String name = "pl-" + tag + "-" + LEARNERS.incrementAndGet();
        Http admin = new Http(Deployments.loopback(deployed)).basic("admin", "demo");
        HttpResponse<String> created = admin.post("api/staff", "application/json", "{\"fullName\":\"Speler " + name
                + "\",\"email\":\"" + name + "@player.test\",\"username\":\"" + name + "\",\"jobRole\":"
                + "\"baliemedewerker\",\"roles\":[\"learner\"],\"active\":true,\"password\":\"speel-" + name + "\"}");
        assertEquals(201, created.statusCode(), created.body());
        return name;
    }

    private void playAs(String learner, String scenario) {
        browser.open("learner/play.xhtml?scenario=" + scenario);
        new LoginPage(browser.driver()).signIn(learner, "speel-" + learner);
        assertEquals("/learner/play.xhtml", browser.path());
    }

    /** The viewport {@code width} px wide, as a phone or a laptop shows the page. */
    private void viewport(int width) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
    }

    /** No horizontal scrolling at 320, 390 and 1366 px; leaves the browser at its own size. */
    private void assertNoSideways(String page) {
        try {
            for (int width : new int[] {320, 390, 1366}) {
                viewport(width);
                long scroll = ((Number) ((ChromeDriver) browser.driver())
                        .executeScript("return document.documentElement.scrollWidth")).longValue();
                long inner = ((Number) ((ChromeDriver) browser.driver())
                        .executeScript("return window.innerWidth")).longValue();
                if (scroll > inner) {
                    Object wide = ((ChromeDriver) browser.driver()).executeScript("var out = [];"
                            + "document.querySelectorAll('body *').forEach(function (e) {"
                            + "  var r = e.getBoundingClientRect();"
                            + "  if (r.right > window.innerWidth + 1 && out.length < 5) {"
                            + "    out.push(e.tagName + '#' + e.id + '.' + e.className + ' ' + Math.round(r.right)); } });"
                            + "return out.join('; ');");
                    throw new AssertionError(page + " at " + width + " px scrolls sideways: " + scroll + " > " + inner
                            + "; too wide: " + wide);
                }
                if (width == 1366) {
                    Object beside = ((ChromeDriver) browser.driver()).executeScript(
                            "var p = document.querySelector('.pa-persona'), c = document.querySelector('.pa-conversation');"
                            + "if (!p || !c) { return 'none'; }"
                            + "var pr = p.getBoundingClientRect(), cr = c.getBoundingClientRect();"
                            + "var n = document.getElementById('persona-name').getBoundingClientRect();"
                            + "return cr.left >= pr.right - 1 && cr.top < pr.bottom && n.width >= 100 ? 'ok'"
                            + " : 'persona card ' + Math.round(pr.left) + '-' + Math.round(pr.right) + ' px, conversation from '"
                            + " + Math.round(cr.left) + ' px, the name ' + Math.round(n.width) + ' px wide';");
                    if (!"ok".equals(beside) && !"none".equals(beside)) {
                        throw new AssertionError(page + " at 1366 px: the persona card is not a column beside the"
                                + " conversation: " + beside);
                    }
                }
            }
        } finally {
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    /** Text as a learner reads it: without Markdown marks, with single spaces. */
    private static String plain(String text) {
        return text.replaceAll("[*_]", "").replaceAll("\\s+", " ").trim();
    }

    private static String text(ScenarioGraph graph, String node, String choice) {
        return plain(graph.node(node).choice(choice).orElseThrow().text());
    }

    private boolean browserError() {
        return !browser.driver().findElements(By.id("main-frame-error")).isEmpty()
                || browser.driver().getPageSource().contains("ERR_CACHE_MISS");
    }

    @Test
    void theConversationReadsAsATranscriptAndBackOrRefreshNeverBreakItEvenAfterTheEnd() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "paspoort-verlopen");
        List<String> path = Paths.toEndings(graph).values().stream().filter(p -> p.size() >= 4).findFirst()
                .orElseThrow();
        playAs(newLearner("back"), "paspoort-verlopen");
        PlayerPage player = new PlayerPage(browser.driver());
        PlayState state = ScenarioEngine.start(graph);
        List<String> nodes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            nodes.add(state.node());
            player.choose(path.get(i));
            state = ScenarioEngine.choose(graph, state, path.get(i)).state();
            assertEquals("turn", player.focused(), "the new turn has the focus");
        }

        browser.driver().navigate().back();
        assertFalse(browserError(), "Back after two turns shows the player, not a browser error");
        assertTrue(player.showsATurnWithAnswers(), "Back after two turns shows a turn with answers");
        browser.driver().navigate().refresh();
        assertFalse(browserError(), "a refresh shows the player, not a browser error");
        assertEquals("Beurt 3", player.turn(), "a refresh shows where the attempt stands; nothing counted twice");

        // a choice from a page of an earlier turn (an old tab) changes nothing and says so on the page it leads to
        String offered = player.offered().get(0);
        ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
                "document.querySelector('#choose input[name=step]').value = '0';");
        player.choose(offered);
        assertEquals("Beurt 3", player.turn(), "the stale choice was not counted");
        assertTrue(browser.driver().findElement(By.id("messagesBox")).getText().contains("eerdere stap"),
                "the page says the choice belonged to an earlier step: "
                        + browser.driver().findElement(By.id("messagesBox")).getText());

        List<String> mine = player.yourLines();
        List<String> theirs = player.citizenLines();
        assertEquals(2, mine.size(), "the conversation so far, one exchange per turn: " + mine);
        for (int i = 0; i < 2; i++) {
            assertTrue(plain(mine.get(i)).contains(text(graph, nodes.get(i), path.get(i))),
                    "your answers, oldest first and the last at the bottom: " + mine);
            assertTrue(plain(theirs.get(i)).contains(plain(graph.node(nodes.get(i)).says())),
                    "each after what the citizen said: " + theirs);
        }
        browser.assertAccessible("player with a transcript");

        for (String choice : path.subList(2, path.size())) {
            player.choose(choice);
        }
        assertEquals("/learner/debrief.xhtml", browser.path());
        browser.driver().navigate().back();
        assertFalse(browserError(), "Back after the ending shows no browser error");
        browser.driver().navigate().refresh();
        assertFalse(browserError(), "Back then reload after the ending shows no browser error");
        assertEquals("/learner/debrief.xhtml", browser.path(), "a finished attempt leads to its debrief");
        assertEquals(path.size(), browser.driver().findElements(By.cssSelector("#path > li")).size(),
                "each choice counted once");
    }

    @Test
    void noTurnAndNoDebriefScrollsSidewaysOnAPhoneOrALaptop() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "identiteitskaart-afhalen");
        List<String> path = Paths.toEndings(graph).values().stream().max(java.util.Comparator.comparingInt(List::size))
                .orElseThrow();
        playAs(newLearner("width"), "identiteitskaart-afhalen");
        PlayerPage player = new PlayerPage(browser.driver());
        for (int i = 0; i < path.size(); i++) {
            assertNoSideways("turn " + (i + 1) + " of identiteitskaart-afhalen");
            player.choose(path.get(i));
        }
        assertEquals("/learner/debrief.xhtml", browser.path());
        assertNoSideways("the debrief of identiteitskaart-afhalen");
        viewport(320);
        browser.assertAccessible("debrief at 320 px");
    }

    @Test
    void metersTurnAmberThenRedAndSaySoAsIrritationRisesOrTrustFalls() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "paspoort-verlopen");
        playAs(newLearner("meters"), "paspoort-verlopen");
        PlayerPage player = new PlayerPage(browser.driver());
        PlayState state = ScenarioEngine.start(graph);
        List<String> seen = new ArrayList<>();
        for (int turn = 0; turn < 20 && !graph.node(state.node()).isEnding(); turn++) {
            int irritatie = state.value("irritatie");
            int vertrouwen = state.value("vertrouwen");
            String irritation = irritatie >= 8 ? "bad" : irritatie >= 6 ? "warn" : "ok";
            String trust = vertrouwen <= 2 ? "bad" : vertrouwen <= 4 ? "warn" : "ok";
            assertLevel(player.meter("irritatie"), irritation, "irritatie " + irritatie + "/10");
            assertLevel(player.meter("vertrouwen"), trust, "vertrouwen " + vertrouwen + "/10");
            seen.add(irritation);
            if (irritation.equals("bad")) {
                break;
            }
            PlayState now = state;
            Choice worst = ScenarioEngine.visible(graph, state).stream()
                    .max(java.util.Comparator.comparingInt((Choice c) ->
                            ScenarioEngine.choose(graph, now, c.id()).state().value("irritatie")))
                    .orElseThrow();
            player.choose(worst.id());
            state = ScenarioEngine.choose(graph, state, worst.id()).state();
        }
        assertTrue(seen.contains("ok") && seen.contains("bad"), "irritation went from ok to bad: " + seen);
        browser.assertAccessible("player with a red meter");
    }

    private static void assertLevel(WebElement meter, String level, String what) {
        assertTrue(meter.getAttribute("class").contains("pa-meter-" + level), what + " is " + level + ": "
                + meter.getAttribute("class"));
        String word = meter.findElement(By.className("pa-meter-word")).getText();
        assertTrue(word.contains(Map.of("ok", "in orde", "warn", "let op", "bad", "kritiek").get(level)),
                what + " says so in words, not only in colour: " + word);
        String colour = meter.findElement(By.className("pa-meter-word")).getCssValue("color");
        assertEquals(Map.of("ok", "rgba(30, 107, 52, 1)", "warn", "rgba(122, 74, 0, 1)",
                "bad", "rgba(164, 0, 15, 1)").get(level), colour, what + " in its colour");
    }

    @Test
    void answersComeShuffledPerAttemptTheSameOnRefreshAndTheDebriefKeepsTheAuthorsOrder() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "keukentafel-wmo");
        List<String> path = Paths.toEndings(graph).values().stream().max(java.util.Comparator.comparingInt(List::size))
                .orElseThrow();
        playAs(newLearner("order"), "keukentafel-wmo");
        PlayerPage player = new PlayerPage(browser.driver());
        PlayState state = ScenarioEngine.start(graph);
        int shuffled = 0;
        List<String> nodes = new ArrayList<>();
        for (String choice : path) {
            List<String> authored = ScenarioEngine.visible(graph, state).stream().map(Choice::id).toList();
            List<String> offered = player.offered();
            assertEquals(new java.util.HashSet<>(authored), new java.util.HashSet<>(offered), "the same answers");
            browser.driver().navigate().refresh();
            assertEquals(offered, player.offered(), "the same order after a refresh");
            browser.open("learner/play.xhtml?scenario=keukentafel-wmo");
            assertEquals(offered, player.offered(), "the same order when the attempt is resumed");
            if (!offered.equals(authored)) {
                shuffled++;
            }
            nodes.add(state.node());
            player.choose(choice);
            state = ScenarioEngine.choose(graph, state, choice).state();
        }
        assertTrue(shuffled > 0, "the answers were offered in another order than the author's");
        assertEquals("/learner/debrief.xhtml", browser.path());
        List<WebElement> steps = browser.driver().findElements(By.cssSelector("#path > li"));
        for (int i = 0; i < path.size(); i++) {
            String chosen = path.get(i);
            List<String> expected = graph.node(nodes.get(i)).choices().stream().filter(c -> !c.id().equals(chosen))
                    .map(c -> plain(c.text())).toList();
            List<String> others = steps.get(i).findElements(By.cssSelector(".pa-others li .pa-chosen")).stream()
                    .map(e -> plain(e.getAttribute("textContent"))).toList();
            assertEquals(expected, others, "the debrief lists the other answers in the author's order");
        }
    }

    @Test
    void theNumberKeysChooseTheAnswerWithThatNumber() throws IOException {
        ScenarioGraph graph = Paths.graph(CONTENT, "identiteitskaart-afhalen");
        playAs(newLearner("keys"), "identiteitskaart-afhalen");
        PlayerPage player = new PlayerPage(browser.driver());
        String start = graph.start();
        String second = player.choiceNumbered(2);
        WebElement button = browser.driver().findElement(By.cssSelector("[data-choice='" + second + "']"));
        assertEquals("2", button.getAttribute("aria-keyshortcuts"), "the key is announced with the answer");
        assertEquals("turn", player.focused());
        player.press("2");
        assertEquals("Beurt 2", player.turn());
        assertEquals("turn", player.focused(), "focus goes to the new turn");
        List<String> mine = player.yourLines();
        assertEquals(1, mine.size(), "one choice counted: " + mine);
        assertTrue(plain(mine.get(0)).contains(text(graph, start, second)), "key 2 chose answer 2: " + mine);
    }

    static final String SHORT = """
            id: korte-vraag
            title: Een korte vraag over een afspraak
            summary: "Een inwoner belt over zijn afspraak en moet even wachten."
            setting: telefoon
            duration: 2
            persona:
              name: Piet Jansen
              initials: PJ
              description: "Belt over zijn afspraak van volgende week."
            competencies: [dienen]
            variables:
              wachttijd: {type: int, min: 0, max: 10, start: 2, meter: true, label: Wachttijd, better: lower}
            start: vraag
            nodes:
              vraag:
                says: "Hoe laat is mijn afspraak ook alweer?"
                choices:
                  - id: opzoeken
                    text: "Ik zoek het voor u op, een ogenblik."
                    effects: {wachttijd: 9}
                    evidence:
                      - {competency: dienen, weight: 1, reason: "Helpt meteen."}
                    feedback: "Je helpt hem meteen verder."
                    goto: wacht
                  - id: later
                    text: "Belt u morgen nog eens?"
                    evidence:
                      - {competency: dienen, weight: -1, reason: "Stuurt hem weg."}
                    feedback: "Zo moet hij opnieuw bellen."
                    goto: wacht
              wacht:
                says: "Duurt het nog lang?"
                choices:
                  - id: bijna
                    text: "Ik heb het: dinsdag om tien uur."
                    evidence:
                      - {competency: dienen, weight: 1, reason: "Geeft het antwoord."}
                    feedback: "Kort en duidelijk."
                    goto: einde
              einde:
                narration: "Hij bedankt je en hangt op."
                ending:
                  outcome: geslaagd
                  title: Hij weet het weer
                  debrief: "Je gaf hem zijn afspraak, kort en duidelijk."
            """;

    @Test
    void theDebriefReadsWellLeavesOutMustDoStepsWhenThereAreNoneAndPrintsWithoutNavigation() {
        HttpResponse<String> imported = new Http(Deployments.loopback(deployed)).basic("trainer", "demo")
                .post("api/scenarios", "application/yaml", SHORT);
        assertTrue(imported.statusCode() == 201 || imported.statusCode() == 200, imported.body());
        playAs(newLearner("debrief"), "korte-vraag");
        PlayerPage player = new PlayerPage(browser.driver());
        assertLevel(player.meter("wachttijd"), "ok", "wachttijd 2/10, lower is better");
        player.choose("opzoeken");
        assertLevel(player.meter("wachttijd"), "bad", "wachttijd 9/10 with better: lower (its name says nothing)");
        player.choose("bijna");
        assertEquals("/learner/debrief.xhtml", browser.path());
        assertTrue(browser.driver().findElements(By.id("checks-heading")).isEmpty()
                && !browser.driver().findElement(By.id("main")).getText().contains("Verplichte stappen"),
                "no must-do steps section for a scenario without must-do steps");
        WebElement steps = browser.driver().findElement(By.id("path"));
        assertFalse(steps.getCssValue("font-family").contains("monospace"), steps.getCssValue("font-family"));
        assertTrue(Double.parseDouble(steps.getCssValue("font-size").replace("px", "")) >= 16,
                "the step-by-step text is at least 16 px: " + steps.getCssValue("font-size"));
        browser.assertAccessible("debrief without must-do steps");
        assertTrue(browser.driver().findElement(By.id("print")).isDisplayed(), "a print button");

        ChromeDriver chrome = (ChromeDriver) browser.driver();
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertFalse(browser.driver().findElement(By.cssSelector(".pa-header")).isDisplayed(), "no navigation");
            assertFalse(browser.driver().findElement(By.id("again")).isDisplayed(), "no buttons on paper");
            assertTrue(steps.isDisplayed() && browser.driver().findElement(By.id("outcome")).isDisplayed());
            viewport(794);
            long scroll = ((Number) chrome.executeScript("return document.documentElement.scrollWidth")).longValue();
            assertTrue(scroll <= 794, "fits the width of A4: " + scroll);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
            chrome.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }
}
