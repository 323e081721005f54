package lu.adem.tremplin.inbox.ui;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.TestData;

/**
 * Real Chromium: a counsellor who chose French reads French step names in the inbox, on the task screen
 * and in the jobseeker's file, as the diagrams name them (ADR 0030; issue 20, "Done when").
 */
class FrenchStepNamesBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "1280,1000";
    }

    @Test
    void shouldShowFrenchStepNamesToACounsellorWhoChoseFrench() {
        String counsellor = data.counsellor(Agency.DIEKIRCH);
        String jobseeker = data.proposedCase(Agency.DIEKIRCH);
        // the language chosen in the user menu, as UserPreferences keeps it
        context.getBean(JdbcClient.class)
                .sql("insert into user_preference (user_id, locale, updated_at) values (:user, 'fr', :now)")
                .param("user", counsellor)
                .param("now", LocalDateTime.now(context.getBean(java.time.Clock.class)))
                .update();
        signIn(counsellor, TestData.PASSWORD);

        browser.get(url("/inbox"));
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("vaadin-text-field input")))
                .sendKeys(jobseeker, Keys.ENTER);
        By task = By.xpath("//vaadin-grid-cell-content//a[normalize-space(.)='Proposer le programme']");
        visible(task);

        browser.get(url("/tasks/" + data.openTask(jobseeker)));
        waiting().until(ExpectedConditions.textToBe(By.tagName("h2"), "Proposer le programme"));

        browser.get(url("/jobseeker/" + jobseeker));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("body"), "en cours : Proposer le programme"));
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.tagName("body"), "Accueil dans le programme"));
    }
}
