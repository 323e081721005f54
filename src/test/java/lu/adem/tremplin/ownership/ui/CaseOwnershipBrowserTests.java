package lu.adem.tremplin.ownership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.TestData;

/**
 * Real Chromium: a counsellor completes a step of their jobseeker's case and finds the next one in *My tasks*; a
 * supervisor records the counsellor's absence on *Absences and cover*, and the covering colleague finds the absent
 * counsellor's next task in their own *My tasks*, "covering for" them.
 */
class CaseOwnershipBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "1280,1000";
    }

    /** A jobseeker of Wiltz whose referent is the counsellor; the programme proposed. */
    private String caseOf(String referent) {
        return data.proposedCase(TestData.newJobseeker(Agency.WILTZ, referent));
    }

    /** Opens *My tasks* narrowed to the jobseeker and waits for the step. */
    private WebElement myTasks(String jobseeker, String step) {
        browser.get(url("/inbox"));
        click(clickable(By.id("inbox-list-mine")));
        clickable(By.cssSelector("vaadin-text-field input")).sendKeys(jobseeker, Keys.ENTER);
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-grid"), step));
        return browser.findElement(By.id("inbox-grid"));
    }

    /** Types into a combo box, waits until the one matching item is loaded, and takes it with the keyboard. */
    private void pick(String comboId, String text) {
        WebElement input = clickable(By.cssSelector("#" + comboId + " input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
        waiting()
                .until(driver -> Boolean.TRUE.equals(script(
                        "const c = document.getElementById(arguments[0]);"
                                + " return !!c.opened && Array.isArray(c.filteredItems) && c.filteredItems.length === 1"
                                + " && !!c.filteredItems[0] && c.filteredItems[0].label === arguments[1];",
                        comboId,
                        text)));
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        waiting()
                .until(driver -> text.equals(script(
                        "const c = document.getElementById(arguments[0]); return c.selectedItem && c.selectedItem.label;",
                        comboId)));
    }

    @Test
    void shouldFindTheNextStepInMyTasksAfterCompletingOne() {
        String counsellor = data.counsellor(Agency.WILTZ);
        String jobseeker = caseOf(counsellor);
        signIn(counsellor, TestData.PASSWORD);

        myTasks(jobseeker, "Propose the programme");
        By link = By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='Propose the programme']");
        waiting()
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> {
                    click(driver.findElement(link));
                    return true;
                });
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("task-form")));
        choose("proposalChannel", 1);
        choose("proposalOutcome", 1);
        click(clickable(By.id("task-complete")));
        waiting().until(ExpectedConditions.urlContains("/inbox"));

        assertThat(myTasks(jobseeker, "Give the privacy notice").getText()).contains(jobseeker);
    }

    @Test
    void shouldGiveTheCoveringColleagueTheAbsentCounsellorsNextTask() {
        String absent = data.counsellor(Agency.WILTZ);
        String colleague = data.counsellor(Agency.WILTZ);
        String jobseeker = caseOf(absent);

        signIn(data.supervisor(), TestData.PASSWORD);
        browser.get(url("/absences"));
        pick("absence-counsellor", absent);
        pick("absence-colleague", colleague);
        click(clickable(By.id("absence-record")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("absences"), colleague));

        // the absent counsellor's case moves on (the proposal recorded as accepted)
        TaskService tasks = context.getBean(TaskService.class);
        data.asTremplin(() -> {
            tasks.complete(
                    data.openTask(jobseeker),
                    Map.of(
                            OnboardingProcess.VAR_PROPOSAL_CHANNEL,
                            "MEETING",
                            OnboardingProcess.VAR_PROPOSAL_OUTCOME,
                            OnboardingProcess.OUTCOME_ACCEPTED));
            return null;
        });

        signIn(colleague, TestData.PASSWORD);
        String grid = myTasks(jobseeker, "Give the privacy notice").getText();
        assertThat(grid).contains("covering for " + absent);
    }
}
