package nl.publieksacademie.it.pages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The admin CSV import page. */
public class ImportPage extends Layout {

    public ImportPage(WebDriver driver) {
        super(driver);
    }

    public ImportPage upload(Path csv) {
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(csv.toAbsolutePath().toString());
        WebElement button = driver.findElement(By.id("import:upload"));
        button.sendKeys(Keys.ENTER);
        Reload.awaitAfter(driver, button);
        return this;
    }

    public List<String> errors() {
        return driver.findElements(By.cssSelector(".pa-errors li")).stream().map(WebElement::getText).toList();
    }

    public String result() {
        return driver.findElement(By.id("imported")).getText();
    }
}
