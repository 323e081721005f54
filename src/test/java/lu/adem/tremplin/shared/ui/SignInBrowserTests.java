package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import lu.adem.tremplin.support.BrowserTest;

/**
 * Real Chromium: a counsellor signs in, sees the inbox with a task, opens Camunda Tasklist without
 * a second login, and signs out. Skipped, with the reason printed, only where Debian's chromium and
 * chromium-driver are not installed ({@code .ci/run} installs them).
 */
class SignInBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "1280,800";
    }

    @Test
    void shouldSignInSeeTheInboxOpenTasklistAndSignOut() {
        browser.get(url("/"));
        WebElement user = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("vaadin-login-form input[name='username']")));
        user.sendKeys("counsellor");
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys("demo", Keys.ENTER);

        waiting().until(ExpectedConditions.urlContains("/inbox"));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("inbox-grid"), "Propose the programme"));
        assertThat(browser.findElement(By.id("inbox-grid")).getText()).contains("DE-2026-004211");

        // Single sign-on: Camunda's webapps know the user without a second login.
        browser.get(url("/camunda/app/tasklist/default/"));
        waiting().until(driver -> driver.getTitle() != null && !driver.getTitle().isBlank());
        browser.get(url("/camunda/api/admin/auth/user/default"));
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("\"userId\":\"counsellor\"");

        browser.get(url("/inbox"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#user-menu vaadin-menu-bar-button"))).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("logout"))).click();

        waiting().until(ExpectedConditions.urlContains("/login"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-login-form")));
        browser.get(url("/inbox"));
        waiting().until(ExpectedConditions.urlContains("/login"));
    }
}
