package lu.adem.tremplin.support;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser test: the application on a random port (test profile) and one headless Chromium for the
 * class ({@link Chromium}), started before the first test at the class's window size and closed after
 * the last. Failsafe gives each such class a JVM of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class BrowserTest {

    protected static WebDriver browser;

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApplicationContext context;

    /** This test's own jobseekers, cases and accounts (the application's database also holds the demo data). */
    protected TestData data;

    /** The window size, as Chromium's flag wants it ({@code "1280,800"}). */
    protected abstract String windowSize();

    /** Whether the driver keeps Chromium's network events ({@link Chromium#start(String, boolean)}). */
    protected boolean recordsNetwork() {
        return false;
    }

    @BeforeEach
    void startBrowser() {
        data = new TestData(context);
        if (browser == null) {
            browser = Chromium.start(windowSize(), recordsNetwork());
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Waits up to a minute for the element to be shown. */
    protected WebElement visible(By by) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    /** Signs in on Tremplin's login page as a demo account (password "demo"), with no earlier session. */
    protected void signIn(String user) {
        signIn(user, "demo");
    }

    /** Signs in on Tremplin's login page, with no earlier session (accounts of {@link TestData}: {@link TestData#PASSWORD}). */
    protected void signIn(String user, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        waiting()
                .until(ExpectedConditions.elementToBeClickable(
                        By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password, Keys.ENTER);
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Waits until the element can be clicked. */
    protected WebElement clickable(By by) {
        return waiting().until(ExpectedConditions.elementToBeClickable(by));
    }

    /** Scrolls the element to the middle of the window and clicks it. */
    protected void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Picks an answer of a form's radio group: a click on the option's own (slotted) input, as a keyboard or mouse would. */
    protected void choose(String field, int option) {
        WebElement input = waiting()
                .until(ExpectedConditions.presenceOfElementLocated(
                        By.xpath("(//*[@id='field-" + field + "']//vaadin-radio-button)[" + option + "]//input")));
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", input);
    }
}
