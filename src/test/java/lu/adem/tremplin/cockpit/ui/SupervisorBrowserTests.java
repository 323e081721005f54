package lu.adem.tremplin.cockpit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.TestData;

/**
 * Real Chromium: the supervisor opens the cockpit and sees onboarding's diagram with the cases waiting
 * at each step and the history heatmap, lists the cases of a step by clicking it, opens the overdue
 * list, and downloads the pilot figures as CSV; a counsellor opens neither page.
 */
class SupervisorBrowserTests extends BrowserTest {

    @Autowired
    TaskService taskService;

    @Override
    protected String windowSize() {
        return "1400,1000";
    }

    @Test
    void shouldSeeWhereOnboardingCasesStandOpenTheOverdueListAndExportThePilotFigures() {
        String number = data.proposedCase(Agency.WILTZ);
        String task = data.openTask(number);
        taskService.setDueDate(task, Date.from(Instant.now().minus(Duration.ofDays(2))));
        long waiting = taskService
                .createTaskQuery()
                .taskDefinitionKey(OnboardingProcess.TASK_PROPOSE_PROGRAMME)
                .count();
        signIn(data.supervisor(), TestData.PASSWORD);

        browser.get(url("/cockpit"));
        WebElement diagram = visible(By.cssSelector(".process-map[data-drawn]"));
        // live counts: every case waiting at "Propose the programme" (this one among them, overdue)
        WebElement badge = visible(
                By.cssSelector(".process-map .djs-overlays[data-container-id='ProposeProgramme'] .tremplin-badge"));
        assertThat(badge.getAttribute("class")).contains("overdue");
        assertThat(Long.parseLong(badge.getText().replaceAll(" .*", ""))).isEqualTo(waiting);
        // the heatmap: steps that cases passed in the last 30 days are shaded
        assertThat(diagram.findElements(By.cssSelector("g.djs-element[class*='tremplin-heat-']")))
                .isNotEmpty();
        assertThat(visible(By.id("cockpit-activities")).getText()).contains("Propose the programme");

        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(diagram.findElement(By.cssSelector("g.djs-element[data-element-id='ProposeProgramme']")))
                .click()
                .perform();
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("cockpit-cases-title"), "Propose the programme"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("cockpit-cases"), number));

        script("arguments[0].click()", visible(By.xpath("//vaadin-tab[contains(., 'Overdue and at risk')]")));
        WebElement overdue = visible(By.id("cockpit-overdue"));
        waiting().until(ExpectedConditions.textToBePresentInElement(overdue, number));

        browser.get(url("/pilot-review"));
        WebElement csv = visible(By.id("pilot-review-csv"));
        visible(By.cssSelector("#pilot-review-funnel-chart svg"));
        String text = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, { credentials: 'same-origin' }).then(r => r.text()).then(done, e => done('failed: ' + e));""", csv);
        assertThat(text.lines().findFirst().orElseThrow())
                .contains("\"dimension\",\"group\",\"invited\",\"activated\"");
        assertThat(text).contains(",\"total\",\"\",");
    }

    @Test
    void shouldNotOpenTheCockpitOrThePilotReviewToACounsellor() {
        signIn(data.counsellor(Agency.LUXEMBOURG), TestData.PASSWORD);

        for (String path : new String[] {"/cockpit", "/pilot-review", "/pilot-review/print"}) {
            browser.get(url(path));
            waiting().until(driver -> script("return document.readyState").equals("complete"));
            waiting()
                    .until(driver -> !browser.findElements(By.tagName("vaadin-app-layout"))
                                    .isEmpty()
                            || browser.getPageSource().contains("Could not navigate"));
        }
        assertThat(browser.findElements(By.id("cockpit-tabs"))).isEmpty();
        assertThat(browser.findElements(By.id("pilot-review-funnel"))).isEmpty();
        assertThat(browser.findElements(By.id("pilot-summary-funnel"))).isEmpty();
    }
}
