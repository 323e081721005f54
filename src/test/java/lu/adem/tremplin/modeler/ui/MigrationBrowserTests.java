package lu.adem.tremplin.modeler.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.test.context.TestPropertySource;

import lu.adem.tremplin.modeler.Workbench;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.OnboardingMigration;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;

/**
 * Real Chromium, issue 19's "done when": after version 2 of onboarding is deployed, the process owner opens
 * the move for version 1, reads the plan, writes a note, moves the cases and sees which moved and which
 * stayed. The job executor runs here, as in production, so the batch runs on its own.
 */
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=true")
class MigrationBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "1400,1000";
    }

    @Test
    void shouldMoveTheRunningOnboardingCasesToVersion2AndShowWhichMoved() throws IOException {
        RepositoryService repository = context.getBean(RepositoryService.class);
        ProcessDefinition version1 = repository.getProcessDefinition(OnboardingMigration.latest(context));
        String moving = OnboardingMigration.caseWaitingAt(data, context, version1.getId(), OnboardingMigration.RENAMED);
        String staying =
                OnboardingMigration.caseWaitingAt(data, context, version1.getId(), OnboardingMigration.REMOVED);
        String owner = data.processOwner();
        deployVersion2(owner, repository, version1);

        signIn(owner, TestData.PASSWORD);
        browser.get(url("/processes"));
        visible(By.id("processes-grid"));
        script("arguments[0].click()", visible(By.id("move-onboarding-" + version1.getVersion())));

        WebElement summary = visible(By.id("migration-summary"));
        assertThat(summary.getText()).startsWith("From onboarding version " + version1.getVersion());
        assertThat(visible(By.id("migration-steps")).getText()).contains(OnboardingMigration.NEW_NAME);
        waiting()
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("migration-staying"), "case " + staying.substring(0, 8)));
        visible(By.cssSelector("#migration-note textarea")).sendKeys("Cases follow the clearer referral", Keys.TAB);
        script("arguments[0].click()", visible(By.id("migration-run")));

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("migration-status"), "Done"));
        WebElement results = visible(By.id("migration-results"));
        waiting().until(ExpectedConditions.textToBePresentInElement(results, "case " + moving.substring(0, 8)));
        String listed = (String) script("""
                return Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content'))
                    .map(c => c.textContent.trim()).join('|');""", results);
        int version2 = version1.getVersion() + 1;
        assertThat(listed)
                .contains("case " + moving.substring(0, 8) + "|moved to version " + version2)
                .contains("case " + staying.substring(0, 8) + "|stayed on version " + version1.getVersion()
                        + " — Decide on language support: the new version removes this step");
        assertThat(browser.findElements(By.id("migration-run")).stream().noneMatch(WebElement::isDisplayed))
                .as("the move runs once")
                .isTrue();
    }

    /** Version 2 through the workbench, as the process owner (this test's own database). */
    private void deployVersion2(String owner, RepositoryService repository, ProcessDefinition version1)
            throws IOException {
        String content;
        try (InputStream in = repository.getResourceAsStream(version1.getDeploymentId(), version1.getResourceName())) {
            content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        IdentityService identity = context.getBean(IdentityService.class);
        TestSignIn.as(identity, owner);
        try {
            context.getBean(Workbench.class)
                    .deploy(
                            "bpmn/onboarding.bpmn",
                            OnboardingMigration.version2(content),
                            "No separate language-support decision",
                            false);
        } finally {
            identity.clearAuthentication();
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
