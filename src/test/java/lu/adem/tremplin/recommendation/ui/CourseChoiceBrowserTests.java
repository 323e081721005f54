package lu.adem.tremplin.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.support.BrowserTest;

/**
 * As a jobseeker, on a phone-sized window (390 × 844), without an account: open the personal link, read the
 * suggestions, search the catalogue, choose a course and confirm it (with a double tap), and the case
 * enrols that course, chosen by the jobseeker.
 */
class CourseChoiceBrowserTests extends BrowserTest {

    @Override
    protected String windowSize() {
        return "390,844";
    }

    private void tap(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    private String variable(String instance, String name) {
        var value = context.getBean(HistoryService.class)
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableName(name)
                .singleResult();
        return value == null ? null : String.valueOf(value.getValue());
    }

    @Test
    void shouldChooseACourseFromThePersonalLinkOnAPhone() {
        OnlineChoice link = OnlineChoice.sent(data, context, Language.FR);
        browser.manage().deleteAllCookies();

        browser.get(url("/" + link.path()));

        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Choisissez votre cours en ligne"));
        visible(By.cssSelector("#course-shortlist li.course-card"));
        assertThat(browser.getCurrentUrl()).doesNotContain("/login");
        assertThat(script("return document.documentElement.lang")).isEqualTo("fr");
        assertThat((Boolean) script("return document.documentElement.scrollWidth <= window.innerWidth"))
                .as("nothing wider than the phone's screen")
                .isTrue();
        WebElement firstChoice = browser.findElement(By.cssSelector("#course-shortlist li.course-card vaadin-button"));
        assertThat(((Number) script("return arguments[0].getBoundingClientRect().height", firstChoice)).doubleValue())
                .as("a large touch target")
                .isGreaterThanOrEqualTo(44);
        assertThat(browser.findElement(By.cssSelector("#course-shortlist li.course-card"))
                        .getText())
                .contains("Pourquoi : ");

        WebElement words = visible(By.cssSelector("#course-words input"));
        script("arguments[0].scrollIntoView({block: 'center'});", words);
        words.sendKeys("python", Keys.ENTER);
        waiting()
                .until(ExpectedConditions.textMatches(
                        By.id("course-found"), java.util.regex.Pattern.compile("trouvé")));
        WebElement result = visible(By.cssSelector("#course-results li.course-card"));
        String course = result.getAttribute("data-course");
        tap(result.findElement(By.cssSelector("vaadin-button")));

        waiting()
                .until(ExpectedConditions.textMatches(
                        By.tagName("h1"), java.util.regex.Pattern.compile("^Choisir « ")));
        WebElement confirm = visible(By.id("course-confirm"));
        script("arguments[0].scrollIntoView({block: 'center'});", confirm);
        new Actions(browser).doubleClick(confirm).perform();

        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Merci, votre cours est choisi"));
        assertThat(variable(link.instance, CourseRecommendationProcess.VAR_CHOICE_SOURCE))
                .isEqualTo(CourseRecommendationProcess.CHOSEN_BY_JOBSEEKER);
        assertThat(variable(link.instance, CourseRecommendationProcess.VAR_CHOSEN_COURSE))
                .isEqualTo(course);
        var management = context.getBean(ManagementService.class);
        var enrolment =
                management.createJobQuery().processInstanceId(link.instance).singleResult();
        management.executeJob(enrolment.getId());
        assertThat(variable(link.instance, CaseVariables.ENROLLED_COURSE)).isEqualTo(course);

        browser.get(url("/" + link.path()));
        waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Votre cours est déjà choisi"));
    }
}
