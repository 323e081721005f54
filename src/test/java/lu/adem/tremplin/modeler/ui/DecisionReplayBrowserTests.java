package lu.adem.tremplin.modeler.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import lu.adem.tremplin.modeler.RouteDecisions;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.TestData;

/**
 * Real Chromium: the process owner raises the "very low digital skills" threshold of the route table in
 * dmn-js, replays the draft on the last 90 days and reads the moves; then tries the draft on typed inputs.
 * The class's own database holds only the decisions it makes.
 */
class DecisionReplayBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "1400,1000";
    }

    @Test
    void shouldReplayAChangedThresholdOnTheLastNinetyDaysAndTestTheDraft() {
        RouteDecisions.decide(context, Agency.LUXEMBOURG, 4, 2, 6, 3, 3);
        RouteDecisions.decide(context, Agency.ESCH_SUR_ALZETTE, 1, 6, 13, 5, 4);
        signIn(data.processOwner(), TestData.PASSWORD);
        browser.get(url("/processes/edit/bpmn/digital-readiness.dmn"));

        // dmn-js draws the table; the skills cell of "very low digital skills" is edited in place
        WebElement cell = visible(By.cssSelector("tremplin-dmn-editor td[data-element-id='rule-basic-in3']"));
        new Actions(browser).moveToElement(cell).click().perform();
        WebElement editable = cell.findElement(By.cssSelector("[contenteditable]"));
        // dmn-js renders the cell again on every keystroke and puts the caret first: the new text goes in as
        // one input, as a paste would
        script("""
                const cell = arguments[0];
                cell.focus();
                window.getSelection().selectAllChildren(cell);
                document.execCommand('insertText', false, '<= 6');""", editable);
        waiting().until(ExpectedConditions.textToBePresentInElement(cell, "<= 6"));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-status"), "Your draft, saved"));

        script("arguments[0].click()", visible(By.id("editor-replay")));
        script("arguments[0].click()", visible(By.id("replay-run")));
        WebElement summary = visible(By.id("replay-summary"));
        assertThat(summary.getText())
                .startsWith("5 decisions of Digital-readiness route")
                .endsWith("The draft decides 4 of them differently.");
        WebElement moves = visible(By.id("replay-moves"));
        waiting().until(ExpectedConditions.textToBePresentInElement(moves, "Basic digital training first"));
        String rows = (String) script("""
                return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('|');""", moves);
        assertThat(rows).contains("Guided start at a club emploi|Basic digital training first|4");
        assertThat(visible(By.id("replay-overrides")).getText()).contains("have decided 0 of these cases");
        script("arguments[0].click()", visible(By.id("replay-close")));

        script("arguments[0].click()", visible(By.id("editor-test")));
        visible(By.cssSelector("#decision-test-languageScore input")).sendKeys("2");
        visible(By.cssSelector("#decision-test-accessScore input")).sendKeys("5");
        visible(By.cssSelector("#decision-test-skillsScore input")).sendKeys("6");
        visible(By.cssSelector("#decision-test-conditionsScore input")).sendKeys("3");
        visible(By.cssSelector("#decision-test-confidence input")).sendKeys("3", Keys.ENTER);
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("decision-test-outcome"), "BASIC_TRAINING"));
        assertThat(browser.findElement(By.id("decision-test-outcome")).getText())
                .contains("rule 2: Very low digital skills");
    }
}
