package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real Chromium: a counsellor signs in, sees the inbox with a task, opens Camunda Tasklist without
 * a second login, and signs out. Skipped, with the reason printed, only where Debian's chromium and
 * chromium-driver are not installed ({@code .ci/run} installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SignInBrowserTests {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    static WebDriver browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed || Boolean.getBoolean("skipBrowserTests")) {
            String reason = installed ? "skipBrowserTests is set"
                    : "no Chromium: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)";
            System.out.println("[browser tests skipped] " + reason);
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,800", "--lang=en");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @Test
    void shouldSignInSeeTheInboxOpenTasklistAndSignOut() {
        browser.get(url("/"));
        WebElement user = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys("counsellor");
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("demo", Keys.ENTER);

        waiting().until(ExpectedConditions.urlContains("/inbox"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-grid"), "Propose the programme"));
        assertThat(browser.findElement(By.id("inbox-grid")).getText()).contains("DE-2026-004211");

        // Single sign-on: Camunda's webapps know the user without a second login.
        browser.get(url("/camunda/app/tasklist/default/"));
        waiting().until(driver -> driver.getTitle() != null && !driver.getTitle().isBlank());
        browser.get(url("/camunda/api/admin/auth/user/default"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"userId\":\"counsellor\"");

        browser.get(url("/inbox"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#user-menu vaadin-menu-bar-button"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();

        waiting().until(ExpectedConditions.urlContains("/login"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        browser.get(url("/inbox"));
        waiting().until(ExpectedConditions.urlContains("/login"));
    }
}
