package lu.adem.tremplin.recommendation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.context.ApplicationContext;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.recommendation.CourseRecommendationProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.TestData;

/**
 * A test's own jobseeker whose counsellor chose "the jobseeker chooses online": the case waits for the
 * choice, the personal link sits in the outbox.
 */
final class OnlineChoice {

    private static final Pattern LINK = Pattern.compile("/course-choice/([A-Za-z0-9_-]{43})");

    final String number;
    final String instance;
    final String token;

    private OnlineChoice(String number, String instance, String token) {
        this.number = number;
        this.instance = instance;
        this.token = token;
    }

    /** A secretary of Differdange speaking only {@code language}, whose link was just sent. */
    static OnlineChoice sent(TestData data, ApplicationContext context, Language language) {
        String number = data.courseChoice(new Jobseeker(
                null,
                TestData.registrationNumber(),
                "Nora",
                "Weber",
                Agency.DIFFERDANGE,
                null,
                EnumSet.of(language),
                "nora.weber@example.lu",
                null,
                "M1607",
                null));
        String task = data.openTask(number);
        data.asTremplin(() -> {
            context.getBean(TaskService.class)
                    .complete(
                            task,
                            Map.of(
                                    CourseRecommendationProcess.VAR_COURSE_CHOICE,
                                    CourseRecommendationProcess.CHOICE_ONLINE));
            return null;
        });
        String instance = data.asTremplin(() -> context.getBean(RuntimeService.class)
                .createProcessInstanceQuery()
                .processDefinitionKey(CourseRecommendationProcess.KEY)
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId());
        var message = context.getBean(Outbox.class).messagesFor(number).stream()
                .filter(sent -> sent.kind() == MessageKind.COURSE_CHOICE_LINK)
                .findFirst()
                .orElseThrow();
        Matcher matcher = LINK.matcher(message.body());
        assertThat(matcher.find()).as(message.body()).isTrue();
        return new OnlineChoice(number, instance, matcher.group(1));
    }

    String path() {
        return CourseRecommendationProcess.CHOICE_PATH + "/" + token;
    }
}
