package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.BrowserTest;

/**
 * Real Chromium: a counsellor signs in, sees the inbox with a task, is refused Camunda's webapps
 * (counsellors work in Tremplin) and signs out; a supervisor then opens Camunda Cockpit without a
 * second login. Skipped, with the reason printed, only where Debian's chromium and
 * chromium-driver are not installed ({@code .ci/run} installs them).
 */
class SignInBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "1280,800";
    }

    @Test
    void shouldSignInSeeTheInboxBeRefusedTasklistAndSignOut() {
        String number = data.proposedCase(Agency.LUXEMBOURG);
        // the demo accounts (README) sign in with their documented password
        signIn("counsellor");
        waiting().until(ExpectedConditions.urlContains("/inbox"));
        // the demo counsellor's own tasks come first (they are the demo jobseekers' referent); a new jobseeker
        // without a referent waits in the agency's list
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("inbox-list-agency")))
                .click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-grid"), number));

        // Counsellors work in Tremplin: Camunda's webapps and their engine API are refused.
        browser.get(url("/camunda/api/admin/auth/user/default"));
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("\"userId\"");
        browser.get(url("/camunda/app/tasklist/default/"));
        // an old Tasklist bookmark leads back to Tremplin, which says why
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Your work is here"));
        assertThat(browser.getTitle()).doesNotContain("Tasklist");

        signOut();
        browser.get(url("/inbox"));
        waiting().until(ExpectedConditions.urlContains("/login"));

        // Single sign-on: Camunda's webapps know a supervisor without a second login.
        signIn("supervisor");
        waiting().until(ExpectedConditions.urlContains("/cockpit"));
        browser.get(url("/camunda/app/cockpit/default/"));
        waiting().until(driver -> driver.getTitle() != null && driver.getTitle().contains("Cockpit"));
        browser.get(url("/camunda/api/admin/auth/user/default"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"userId\":\"supervisor\"");
    }

    private void signOut() {
        browser.get(url("/inbox"));
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("#user-menu vaadin-menu-bar-button")))
                .click();
        waiting()
                .until(ExpectedConditions.elementToBeClickable(By.id("logout")))
                .click();
        waiting().until(ExpectedConditions.urlContains("/login"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
    }
}
