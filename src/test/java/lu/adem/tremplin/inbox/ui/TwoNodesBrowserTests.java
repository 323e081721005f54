package lu.adem.tremplin.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.Chromium;
import lu.adem.tremplin.support.LocalPostgres;
import lu.adem.tremplin.support.SecondNode;
import lu.adem.tremplin.support.TestData;

/**
 * Real Chromium on node A, the change on node B, one PostgreSQL database: a counsellor's open inbox shows a
 * task proposed on the other node, and loses it when it is completed there, without a reload (server push
 * through the relay, ADR 0019). The label must change within three seconds: two for the relay and the tick,
 * one for the push to reach the browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
class TwoNodesBrowserTests {

    static final Duration WITHIN = Duration.ofSeconds(3);
    private static WebDriver browser;
    private static ConfigurableApplicationContext nodeB;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext nodeA;

    @Autowired
    Environment environment;

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) throws SQLException {
        LocalPostgres.freshApplication("tremplin_two_nodes_ui_", "node-a", registry);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (nodeB != null) {
            nodeB.close();
        }
    }

    private String agencyTab() {
        return browser.findElement(By.id("inbox-list-agency")).getText().trim();
    }

    @Test
    void shouldShowATaskProposedOnTheOtherNodeAndDropItWhenCompletedThere() {
        nodeB = SecondNode.start(environment);
        browser = Chromium.start("1280,900");
        TestData onA = new TestData(nodeA);
        TestData onB = new TestData(nodeB);
        String counsellor = onA.counsellor(Agency.WASSERBILLIG);
        onB.proposedCase(Agency.WASSERBILLIG);

        browser.get("http://localhost:" + port + "/login");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(counsellor);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(TestData.PASSWORD, org.openqa.selenium.Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
        browser.get("http://localhost:" + port + "/inbox");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-list-agency"), "(1)"));

        String number = onB.proposedCase(Agency.WASSERBILLIG);
        new WebDriverWait(browser, WITHIN)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-list-agency"), "(2)"));

        String task = onB.openTask(number);
        onB.asTremplin(() -> {
            nodeB.getBean(TaskService.class).complete(task, Map.of("proposalOutcome", "DECLINED"));
            return null;
        });
        new WebDriverWait(browser, WITHIN)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-list-agency"), "(1)"));
        assertThat(agencyTab()).endsWith("(1)");
    }
}
