package nl.publieksacademie.it.pages;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page shares: the main navigation, the language switch and sign-out. */
public class Layout {

    protected final WebDriver driver;

    public Layout(WebDriver driver) {
        this.driver = driver;
    }

    /** The ids of the role areas the navigation offers, e.g. nav-learner. */
    public List<String> navigation() {
        return driver.findElements(By.cssSelector("nav.pa-nav a")).stream().map(a -> a.getAttribute("id")).toList();
    }

    public String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    public String lang() {
        return driver.findElement(By.tagName("html")).getAttribute("lang");
    }

    public Layout switchLanguage() {
        String before = lang();
        driver.findElement(By.id("language-switch")).sendKeys(Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .ignoring(org.openqa.selenium.WebDriverException.class)
                .until(d -> !before.equals(lang()) && "complete".equals(
                        ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
        return this;
    }

    public LoginPage signOut() {
        press(driver.findElement(By.id("account:signOut")));
        return new LoginPage(driver);
    }

    /** Activates a button by keyboard, as a keyboard user would, and waits for the new page. */
    protected void press(WebElement button) {
        button.sendKeys(Keys.ENTER);
        Reload.awaitAfter(driver, button);
    }
}
