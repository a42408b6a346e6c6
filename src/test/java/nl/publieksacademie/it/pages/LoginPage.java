package nl.publieksacademie.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The login page, operated by keyboard only. */
public class LoginPage {

    private final WebDriver driver;

    public LoginPage(WebDriver driver) {
        this.driver = driver;
    }

    public Layout signIn(String user, String password) {
        WebElement name = driver.findElement(By.id("login:username"));
        name.clear();
        name.sendKeys(user);
        name.sendKeys(Keys.TAB);
        WebElement secret = driver.switchTo().activeElement();
        secret.sendKeys(password);
        secret.sendKeys(Keys.ENTER);
        Reload.awaitAfter(driver, name);
        return new Layout(driver);
    }

    public String error() {
        return driver.findElement(By.cssSelector("#messages .pa-error")).getText();
    }
}
