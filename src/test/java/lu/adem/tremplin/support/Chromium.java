package lu.adem.tremplin.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Debian's headless Chromium for the browser tests, with the flags this closed network needs and no
 * driver download. Skips the calling test class, with the reason printed, where chromium and
 * chromium-driver are not installed ({@code .ci/run} installs them) or {@code -DskipBrowserTests=true}.
 */
public final class Chromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {}

    public static WebDriver start(String windowSize) {
        return start(windowSize, false);
    }

    /**
     * With {@code recordingNetwork}, the driver keeps Chromium's network events, so that a test can read every
     * request the pages made, the browser's own ({@code /favicon.ico}) too, from the performance log.
     */
    public static WebDriver start(String windowSize, boolean recordingNetwork) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed || Boolean.getBoolean("skipBrowserTests")) {
            String reason = installed
                    ? "skipBrowserTests is set"
                    : "no Chromium: install Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)";
            System.out.println("[browser tests skipped] " + reason);
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=" + windowSize,
                "--lang=en");
        if (recordingNetwork) {
            options.setCapability("goog:loggingPrefs", Map.of(LogType.PERFORMANCE, "ALL"));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }
}
