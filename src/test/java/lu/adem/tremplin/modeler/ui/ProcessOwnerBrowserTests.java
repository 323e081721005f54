package lu.adem.tremplin.modeler.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.TestData;

/**
 * Real Chromium: the process owner opens onboarding in the workbench, renames a task in bpmn-js's
 * properties panel, sees the change in the review, deploys it with a note and finds the new version
 * listed; a counsellor cannot open the workbench.
 */
class ProcessOwnerBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "1400,1000";
    }

    @Test
    void shouldRenameATaskInThePropertiesPanelAndDeployANewVersionWithItsNote() {
        String owner = data.processOwner();
        signIn(owner, TestData.PASSWORD);
        browser.get(url("/processes"));
        visible(By.id("processes-grid"));
        script("arguments[0].click()", visible(By.id("edit-onboarding")));

        // bpmn-js draws the diagram; a click on the task selects it and opens its properties
        WebElement task =
                visible(By.cssSelector("tremplin-bpmn-editor g.djs-element[data-element-id='GivePrivacyNotice']"));
        new org.openqa.selenium.interactions.Actions(browser)
                .moveToElement(task)
                .click()
                .perform();
        visible(By.cssSelector(
                        "tremplin-bpmn-editor [data-group-id='group-general'] .bio-properties-panel-group-header"))
                .click();
        WebElement name = visible(By.cssSelector("tremplin-bpmn-editor textarea#bio-properties-panel-name"));
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), "Give the privacy notice and the pilot leaflet");
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"), "Your draft, saved"));

        script("arguments[0].click()", visible(By.id("editor-deploy")));
        WebElement diff = visible(By.id("review-diff"));
        waiting()
                .until(ExpectedConditions.textToBePresentInElement(
                        diff, "Give the privacy notice and the pilot leaflet"));
        assertThat(diff.getText()).contains("Changed").contains("GivePrivacyNotice");
        WebElement note = visible(By.cssSelector("#review-note textarea"));
        note.sendKeys("Counsellors hand out the pilot leaflet with the notice");
        // onboarding has bpmnlint warnings (fake joins): deploying means saying so first
        script("arguments[0].click()", visible(By.id("review-deploy")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("review-refused"), "warnings"));
        script(
                "arguments[0].click()",
                waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review-confirm input"))));
        script("arguments[0].click()", visible(By.id("review-deploy")));

        waiting().until(ExpectedConditions.urlMatches(".*/processes$"));
        WebElement grid = visible(By.id("processes-grid"));
        waiting().until(ExpectedConditions.textToBePresentInElement(grid, "Counsellors hand out the pilot leaflet"));
        String listed = (String) script("""
                return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('|');""", grid);
        assertThat(listed)
                .contains("bpmn/onboarding.bpmn")
                .contains(owner)
                .contains("Counsellors hand out the pilot leaflet with the notice");
    }

    @Test
    void shouldNotOpenTheWorkbenchToACounsellor() {
        signIn(data.counsellor(Agency.LUXEMBOURG), TestData.PASSWORD);

        browser.get(url("/processes"));
        waiting().until(driver -> script("return document.readyState").equals("complete"));
        browser.get(url("/processes/edit/bpmn/onboarding.bpmn"));
        waiting().until(driver -> script("return document.readyState").equals("complete"));

        waiting()
                .until(driver ->
                        !browser.findElements(By.tagName("vaadin-app-layout")).isEmpty()
                                || browser.getPageSource().contains("Could not navigate"));
        assertThat(browser.findElements(By.id("processes-grid"))).isEmpty();
        assertThat(browser.findElements(By.tagName("tremplin-bpmn-editor"))).isEmpty();
    }
}
