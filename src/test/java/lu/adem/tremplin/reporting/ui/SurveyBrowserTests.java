package lu.adem.tremplin.reporting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.reporting.SatisfactionSurveyTests;
import lu.adem.tremplin.reporting.SatisfactionTests;
import lu.adem.tremplin.reporting.SurveyOccasions;
import lu.adem.tremplin.support.BrowserTest;
import lu.adem.tremplin.support.TestData;

/**
 * In a phone-sized Chromium (390 × 844): a jobseeker answers the satisfaction survey from the personal link of
 * their message, in French, with touch targets of at least 44 px and nothing wider than the screen; then a
 * supervisor finds satisfaction by route in the pilot review, its CSV and the printable page.
 */
class SurveyBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "390,844";
    }

    @Test
    void shouldAnswerTheSurveyFromThePersonalLinkOnAPhone() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        Instant now = context.getBean(java.time.Clock.class).instant();
        String number = SatisfactionSurveyTests.jobseeker(data, "phone@example.org", Language.FR);
        SatisfactionSurveyTests.course(jdbc, "S-" + TestData.uniqueId(), number, now.minus(Duration.ofHours(1)), null);
        SatisfactionSurveyTests.sendFor(context.getBean(SurveyOccasions.class), number);
        String token = SatisfactionSurveyTests.token(context.getBean(Outbox.class), number);

        browser.manage().deleteAllCookies();
        browser.get(url("/survey/" + token));
        assertThat(visible(By.tagName("h1")).getText()).isEqualTo("Votre avis sur les cours en ligne");
        assertThat(script("return document.documentElement.lang")).isEqualTo("fr");
        assertThat(browser.findElements(By.cssSelector("fieldset > legend"))).hasSize(4);
        List<WebElement> grades = browser.findElements(By.cssSelector("#survey-satisfaction vaadin-radio-button"));
        assertThat(grades).hasSize(5);
        assertThat(grades.get(0).getSize().getHeight()).as("a touch target").isGreaterThanOrEqualTo(44);

        shoot("target/survey-phone.png");
        // sent without the two answers needed: told so, and what was chosen stays
        WebElement helped = browser.findElements(By.cssSelector("#survey-helped vaadin-checkbox"))
                .get(1);
        script("arguments[0].click()", helped);
        browser.findElement(By.cssSelector("#survey-comment textarea")).sendKeys("Très utile");
        script("document.activeElement && document.activeElement.blur()");
        script("arguments[0].scrollIntoView(); arguments[0].click()", browser.findElement(By.id("survey-send")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("survey-summary"), "2 questions"));
        assertThat(helped.getAttribute("checked")).isNotNull();
        assertThat(browser.findElement(By.cssSelector("#survey-comment textarea"))
                        .getAttribute("value"))
                .isEqualTo("Très utile");

        script("arguments[0].click()", grades.get(1));
        script(
                "arguments[0].click()",
                browser.findElements(By.cssSelector("#survey-recommend vaadin-radio-button"))
                        .get(0));
        Object overflow = script("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue())
                .as("nothing wider than the phone")
                .isLessThanOrEqualTo(0);
        // as a tap on the button does, the comment's field loses focus first (the dev tools' overlay takes real clicks)
        script("document.activeElement && document.activeElement.blur()");
        script("arguments[0].scrollIntoView(); arguments[0].click()", browser.findElement(By.id("survey-send")));

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "Merci !"));
        shoot("target/survey-phone-thanks.png");
        Map<String, Object> answer = jdbc.sql("select satisfaction, would_recommend, helped, answer_comment"
                        + " from satisfaction_survey where registration_number = ?")
                .param(number)
                .query()
                .singleRow();
        assertThat(answer).containsValues(4, true, "OWN_PACE", "Très utile");

        browser.get(url("/survey/" + token));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("outcome"), "déjà été envoyées"));
    }

    @Test
    void shouldShowSatisfactionByRouteInThePilotReviewItsCsvAndThePrintablePage() {
        SatisfactionTests.fixedDataSet(context.getBean(JdbcClient.class));
        signIn(data.supervisor(), TestData.PASSWORD);

        browser.get(url("/pilot-review"));
        visible(By.id("pilot-review-satisfaction"));
        // the period with the fixed answers
        script("document.getElementById('pilot-review-from').value = '2021-03-01';");
        script("document.getElementById('pilot-review-to').value = '2021-03-31';");
        WebElement grid = visible(By.id("pilot-review-satisfaction-groups"));
        waiting().until(driver -> textOf(grid).contains("4.2 / 5"));
        WebElement csv = visible(By.id("pilot-review-satisfaction-csv"));
        String text = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0].href, { credentials: 'same-origin' }).then(r => r.text()).then(done, e => done('failed: ' + e));""", csv);
        assertThat(text).contains("route", "AUTONOMOUS", "fewer than 5").doesNotContain("a comment nobody sees");

        browser.get(url("/pilot-review/print?from=2021-03-01&to=2021-03-31"));
        WebElement printed = visible(By.id("pilot-summary-satisfaction"));
        assertThat(printed.getText()).contains("4.2 / 5", "3.6 / 5", "70%");
    }

    /** A screenshot of the phone's screen, to look at (target/, not committed). */
    private static void shoot(String file) {
        try {
            java.nio.file.Files.write(
                    java.nio.file.Path.of(file),
                    ((org.openqa.selenium.TakesScreenshot) browser)
                            .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        } catch (java.io.IOException notWritten) {
            throw new java.io.UncheckedIOException(notWritten);
        }
    }

    private String textOf(WebElement grid) {
        return String.valueOf(script(
                "return arguments[0].innerText + ' ' + Array.from(arguments[0].querySelectorAll('vaadin-grid-cell-content')).map(c => c.textContent).join(' ')",
                grid));
    }
}
