package lu.adem.tremplin.modeler.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.TestData;

/**
 * Real Chromium: the process owner opens onboarding in the workbench, renames a task in bpmn-js's
 * properties panel, sees the change in the review, deploys it with a note and finds the new version
 * listed; simulates onboarding with bpmn.io's token simulation (on and off by the toolbar's button and by
 * the T key, nothing edited meanwhile) and edits again after; a counsellor cannot open the workbench.
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

    private static final String EDITOR = "tremplin-bpmn-editor";
    private static final String SIMULATING = EDITOR + " .bjs-container.simulation";

    @Test
    void shouldSimulateOnboardingWithTokensAndEditAgainAfter() throws IOException {
        signIn(data.processOwner(), TestData.PASSWORD);
        browser.get(url("/processes/edit/bpmn/onboarding.bpmn"));
        WebElement start = visible(By.cssSelector(EDITOR + " g.djs-element[data-element-id='JobseekerIdentified']"));
        String status = visible(By.id("editor-status")).getText();
        assertThat(status).startsWith("Deployed version");

        WebElement simulate = visible(By.id("editor-simulate"));
        assertThat(simulate.getText()).startsWith("Simulate");
        simulate.click();
        visible(By.cssSelector(SIMULATING));
        waiting().until(ExpectedConditions.attributeToBe(simulate, "aria-pressed", "true"));
        assertThat(visible(By.id("editor-simulating")).getText()).contains("nothing can be edited");
        assertThat(script("return document.querySelector('" + EDITOR + " .tremplin-editor-panel').inert"))
                .as("the properties panel is out of reach")
                .isEqualTo(true);

        // the plugin's play button on the start event starts a token, which walks the diagram
        new Actions(browser).moveToElement(start).perform();
        visible(By.cssSelector(EDITOR + " .djs-overlays[data-container-id='JobseekerIdentified'] .bts-context-pad"))
                .click();
        waiting()
                .until(driver -> !browser.findElements(
                                By.cssSelector(EDITOR + " .bts-token, " + EDITOR + " .bts-token-count"))
                        .isEmpty());
        // the plugin logs each step the token takes: a few of them, and the picture shows where it went
        waiting()
                .until(driver -> browser.findElements(By.cssSelector(EDITOR + " .bts-log .bts-entry[data-scope-id]"))
                                .size()
                        >= 5);
        // without development mode's notice in the picture
        script(
                "document.querySelectorAll('body > *').forEach(e => /^(copilot|vaadin-dev)/i.test(e.tagName) && e.remove())");
        screenshot("workbench-simulation.png");

        simulate.click();
        waiting().until(ExpectedConditions.attributeToBe(simulate, "aria-pressed", "false"));
        assertThat(browser.findElements(By.cssSelector(SIMULATING))).isEmpty();
        assertThat(browser.findElements(By.cssSelector(EDITOR + " .bts-token-count")))
                .isEmpty();

        // the plugin's own key, T on the diagram, reaches it through Tremplin's page: on, and off again
        new Actions(browser).moveToElement(start).click().perform();
        assertThat(script("return document.activeElement.tagName")).isEqualTo("svg");
        new Actions(browser).sendKeys("t").perform();
        visible(By.cssSelector(SIMULATING));
        waiting().until(ExpectedConditions.attributeToBe(simulate, "aria-pressed", "true"));
        new Actions(browser).sendKeys("t").perform();
        waiting().until(ExpectedConditions.attributeToBe(simulate, "aria-pressed", "false"));
        assertThat(browser.findElement(By.id("editor-status")).getText())
                .as("no draft saved while simulating")
                .isEqualTo(status);

        // and the editor edits again
        new Actions(browser)
                .moveToElement(visible(By.cssSelector(EDITOR + " g.djs-element[data-element-id='GivePrivacyNotice']")))
                .click()
                .perform();
        visible(By.cssSelector(EDITOR + " [data-group-id='group-general'] .bio-properties-panel-group-header"))
                .click();
        visible(By.cssSelector(EDITOR + " textarea#bio-properties-panel-name"))
                .sendKeys(Keys.chord(Keys.CONTROL, "a"), "Give the privacy notice after the simulation");
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"), "Your draft, saved"));
    }

    /** Keeps a picture of the page for the README ({@code target/screenshots}; copied to docs/images by hand). */
    private static void screenshot(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "screenshots"));
        Files.write(folder.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
