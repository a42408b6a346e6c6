package nl.publieksacademie.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin staff page: the list and the editor beside it. */
public class StaffPage extends Layout {

    public StaffPage(WebDriver driver) {
        super(driver);
    }

    public StaffPage startNew() {
        driver.findElement(By.id("staffList:new")).sendKeys(Keys.ENTER);
        waitFor(By.id("staffForm:fullName"));
        return this;
    }

    public StaffPage fill(String name, String email) {
        type("staffForm:fullName", name);
        type("staffForm:email", email);
        return this;
    }

    public StaffPage save() {
        WebElement save = driver.findElement(By.id("staffForm:save"));
        save.sendKeys(Keys.ENTER);
        Reload.awaitAfter(driver, save);
        return this;
    }

    public String fieldError(String field) {
        return waitFor(By.id("staffForm:" + field + "Msg")).getText();
    }

    public String table() {
        return driver.findElement(By.id("staffList:table")).getText();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    private void type(String id, String text) {
        WebElement input = driver.findElement(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }
}
