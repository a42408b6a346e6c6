package nl.publieksacademie.it.pages;

import java.time.Duration;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waits until the page an element belonged to has been replaced and the new one has loaded. */
public final class Reload {

    private Reload() {}

    public static void awaitAfter(WebDriver driver, WebElement fromOldPage) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(WebDriverException.class).until(d -> {
            try {
                fromOldPage.isEnabled();
                return false;
            } catch (StaleElementReferenceException gone) {
                return true;
            }
        });
        wait.ignoring(WebDriverException.class)
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }
}
