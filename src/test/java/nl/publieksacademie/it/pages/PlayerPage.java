package nl.publieksacademie.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The scenario player ({@code /learner/play.xhtml}), used by keyboard only. */
public class PlayerPage {

    private final WebDriver driver;

    public PlayerPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The choice ids on offer, sorted by id (the player shuffles them per attempt; see {@link #offered()}). */
    public List<String> choices() {
        return offered().stream().sorted().toList();
    }

    /** The choice ids on offer, in the order the page offers them. */
    public List<String> offered() {
        return driver.findElements(By.cssSelector("[data-choice]")).stream().map(e -> e.getAttribute("data-choice"))
                .toList();
    }

    /** Presses Enter on the button of {@code choice} and waits for the next page. */
    public void choose(String choice) {
        WebElement button = driver.findElement(By.cssSelector("[data-choice='" + choice + "']"));
        button.sendKeys(Keys.ENTER);
        Reload.awaitAfter(driver, button);
    }

    public String says() {
        List<WebElement> says = driver.findElements(By.id("says"));
        return says.isEmpty() ? "" : says.get(0).getText();
    }

    public String turn() {
        return driver.findElement(By.id("turn")).getText();
    }

    /** The id of the element that has the keyboard focus. */
    public String focused() {
        return driver.switchTo().activeElement().getAttribute("id");
    }

    public String meters() {
        return driver.findElement(By.cssSelector(".pa-meters")).getText();
    }

    /** Presses the key {@code key} where the focus is (the turn) and waits for the next page. */
    public void press(String key) {
        WebElement turn = driver.findElement(By.id("turn"));
        new Actions(driver).sendKeys(key).perform();
        Reload.awaitAfter(driver, turn);
    }

    /** The choice id of the answer that the number key {@code number} chooses, by the number shown on it. */
    public String choiceNumbered(int number) {
        for (WebElement button : driver.findElements(By.cssSelector("[data-choice]"))) {
            if (button.getText().trim().matches("(?s)" + number + "(\\D.*)?")) {
                return button.getAttribute("data-choice");
            }
        }
        throw new AssertionError("no answer shows the number " + number);
    }

    /** The conversation so far: your answers, oldest first. */
    public List<String> yourLines() {
        return driver.findElements(By.cssSelector("#transcript .pa-line-you")).stream().map(WebElement::getText)
                .toList();
    }

    /** The conversation so far: the citizen's lines, oldest first. */
    public List<String> citizenLines() {
        return driver.findElements(By.cssSelector("#transcript .pa-line-citizen")).stream().map(WebElement::getText)
                .toList();
    }

    /** The meter of variable {@code name}: its item, which carries the level as a class and in words. */
    public WebElement meter(String name) {
        return driver.findElement(By.id("meter-item-" + name));
    }

    /** Whether the page is the player (not a browser error page, not an empty turn). */
    public boolean showsATurnWithAnswers() {
        return !driver.findElements(By.id("turn")).isEmpty() && !choices().isEmpty();
    }
}
