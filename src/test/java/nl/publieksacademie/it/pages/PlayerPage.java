package nl.publieksacademie.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The scenario player ({@code /learner/play.xhtml}), used by keyboard only. */
public class PlayerPage {

    private final WebDriver driver;

    public PlayerPage(WebDriver driver) {
        this.driver = driver;
    }

    /** The choice ids on offer, in order. */
    public List<String> choices() {
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
}
