package lu.adem.tremplin.inbox.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.TestData;

/**
 * Real Chromium: the counsellor finds a jobseeker, proposes the programme, works the tasks in
 * Tremplin's own task screen (forms rendered natively), finds the interview already theirs (they completed the
 * case's previous task), fills it in, completes it and sees the next task; and what users type (a jobseeker's name, a comment) is shown as text in
 * the inbox, the file and the task screen, never run as markup; another agency's task and jobseeker stay
 * hidden even when typed into the address bar. Skipped only where Debian's chromium and
 * chromium-driver are missing.
 */
class CounsellorBrowserTests extends BrowserTest {

    static final String MARKUP = "<img src=x onerror=\"window.xss=1\">";

    @Autowired
    TaskService taskService;

    @Override
    protected String windowSize() {
        return "1280,1000";
    }

    /** In the inbox, finds the jobseeker's task by number and opens it from its link. */
    private void openTask(String jobseeker, String taskName) {
        browser.get(url("/inbox"));
        WebElement search = clickable(By.cssSelector("vaadin-text-field input"));
        search.sendKeys(jobseeker, Keys.ENTER);
        By link = By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='" + taskName + "']");
        // the grid re-renders once the search applies: a link found before may be a recycled row, parked out of
        // sight under the header (seen on a loaded machine), so find and click again until the click lands
        waiting()
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    click(driver.findElement(link));
                    return true;
                });
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
    }

    private void completeTask() {
        click(clickable(By.id("task-complete")));
        waiting().until(ExpectedConditions.urlContains("/inbox"));
    }

    @Test
    void shouldTakeAJobseekerFromTheProposalThroughTheInterviewToTheRouteValidation() {
        Jobseeker person = data.register(TestData.newJobseeker(Agency.LUXEMBOURG));
        String jobseeker = person.registrationNumber();
        String counsellor = data.counsellor(Agency.LUXEMBOURG);
        browser.get(url("/"));
        clickable(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(counsellor);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(TestData.PASSWORD, Keys.ENTER);
        waiting().until(ExpectedConditions.urlContains("/inbox"));

        // find the jobseeker and propose the programme from the file
        browser.get(url("/jobseekers"));
        clickable(By.cssSelector("vaadin-text-field input")).sendKeys(person.lastName());
        click(clickable(By.cssSelector("a[href='jobseeker/" + jobseeker + "']")));
        click(clickable(By.id("file-propose")));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("body"), "now: Propose the programme"));

        openTask(jobseeker, "Propose the programme");
        choose("proposalChannel", 1);
        choose("proposalOutcome", 1);
        completeTask();

        openTask(jobseeker, "Give the privacy notice");
        click(clickable(By.id("field-privacyNoticeGiven")));
        choose("privacyNoticeChannel", 1);
        completeTask();

        openTask(jobseeker, "Run the digital-readiness interview");
        // the counsellor completed the case's previous task: the interview came to them, to give back if need be
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("task-give-back")));
        assertThat(browser.findElements(By.id("task-claim")).stream().noneMatch(WebElement::isDisplayed))
                .isTrue();
        Map<String, Integer> answers = Map.ofEntries(
                Map.entry("a1", 4),
                Map.entry("a2", 3),
                Map.entry("a3", 3),
                Map.entry("s1", 3),
                Map.entry("s2", 3),
                Map.entry("s3", 3),
                Map.entry("s4", 3),
                Map.entry("s5", 2),
                Map.entry("l1", 3),
                Map.entry("l2", 3),
                Map.entry("l3", 2),
                Map.entry("m1", 3));
        answers.forEach(this::choose);
        completeTask();

        browser.get(url("/inbox"));
        clickable(By.cssSelector("vaadin-text-field input")).sendKeys(jobseeker, Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-grid"), "Validate the route"));
        assertThat(browser.findElement(By.id("inbox-grid")).getText()).contains(jobseeker);
    }

    @Test
    void shouldShowWhatUsersTypedAsTextNeverAsMarkup() {
        String counsellor = data.counsellor(Agency.LUXEMBOURG);
        String number = data.proposedCase(new Jobseeker(
                null,
                TestData.registrationNumber(),
                MARKUP,
                "<script>window.xss=2</script>Muller",
                Agency.LUXEMBOURG,
                counsellor,
                Set.of(Language.FR),
                "xss@example.lu",
                null,
                null,
                null));
        var task = taskService.createTaskQuery().taskId(data.openTask(number)).singleResult();
        taskService.createComment(task.getId(), task.getProcessInstanceId(), "<b onmouseover=window.xss=3>" + MARKUP);
        signIn(counsellor, TestData.PASSWORD);

        for (String page : new String[] {"/jobseeker/" + number, "/tasks/" + task.getId()}) {
            browser.get(url(page));
            waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "<img src=x"));
            assertThat(script("return typeof window.xss")).as(page).isEqualTo("undefined");
            assertThat(script("return document.querySelectorAll('img[src=\"x\"]').length"))
                    .as(page)
                    .isEqualTo(0L);
        }
        browser.get(url("/inbox"));
        clickable(By.cssSelector("vaadin-text-field input")).sendKeys(number, Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-grid"), "Muller"));
        assertThat(script("return typeof window.xss")).isEqualTo("undefined");
    }

    @Test
    void shouldShowNeitherAnotherAgencysTaskNorItsJobseekerEvenByTheirAddress() {
        String number = data.proposedCase(new Jobseeker(
                null,
                TestData.registrationNumber(),
                "Lea",
                "Reding",
                Agency.LUXEMBOURG,
                null,
                Set.of(Language.FR),
                "lea.reding@example.lu",
                null,
                null,
                null));
        String task = data.openTask(number);
        signIn(data.counsellor(Agency.ESCH_SUR_ALZETTE), TestData.PASSWORD);

        browser.get(url("/tasks/" + task));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("h2")));
        assertThat(browser.findElements(By.id("task-form")))
                .as("no form of another agency's task")
                .isEmpty();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Reding");
        browser.get(url("/jobseeker/" + number));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), number));
        assertThat(browser.findElement(By.tagName("body")).getText())
                .doesNotContain("Reding")
                .doesNotContain("lea.reding");
        assertThat(taskService.createTaskQuery().taskId(task).count())
                .as("still open")
                .isOne();
    }
}
