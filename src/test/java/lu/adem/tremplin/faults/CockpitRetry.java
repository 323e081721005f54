package lu.adem.tremplin.faults;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import lu.adem.tremplin.support.Chromium;

/**
 * An administrator retries every open incident from Tremplin's cockpit, in headless Chromium: signs in, opens
 * the incidents tab, selects all rows and presses "Retry selected", as after a partner's outage.
 */
final class CockpitRetry {

    private CockpitRetry() {}

    /** Returns how many incidents the cockpit listed. */
    static long retryAll(Node node, String user, String password) {
        WebDriver browser = Chromium.start("1400,1000");
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(node.url() + "/login");
            wait.until(ExpectedConditions.elementToBeClickable(
                            By.cssSelector("vaadin-login-form input[name='username']")))
                    .sendKeys(user);
            browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                    .sendKeys(password, Keys.ENTER);
            wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            browser.get(node.url() + "/cockpit");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cockpit-tabs")));
            JavascriptExecutor js = (JavascriptExecutor) browser;
            js.executeScript("document.querySelectorAll('#cockpit-tabs vaadin-tab')[2].click()");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("cockpit-incidents")));
            wait.until(driver -> js.executeScript("return document.getElementById('cockpit-incidents')._cache != null"
                            + " || document.getElementById('cockpit-incidents').size > 0")
                    .equals(Boolean.TRUE));
            long listed =
                    ((Number) js.executeScript("return document.getElementById('cockpit-incidents').size")).longValue();
            js.executeScript("const grid = document.getElementById('cockpit-incidents');"
                    + "const all = grid.querySelector('vaadin-checkbox.vaadin-grid-select-all-checkbox')"
                    + " || grid.querySelector('vaadin-grid-flow-selection-column').querySelector('vaadin-checkbox')"
                    + " || grid.querySelector('vaadin-checkbox');"
                    + "all.click();");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("incidents-retry-selected")));
            browser.findElement(By.id("incidents-retry-selected")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-notification-card")));
            return listed;
        } finally {
            browser.quit();
        }
    }
}
