package lu.adem.tremplin.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

/** Tremplin's own lint rules: for each, a diagram that breaks it and one that keeps it. */
class TremplinRulesTests {

    private static final Set<String> FORMS = Set.of("privacy-notice");
    /** The beans expressions may name ({@code ProcessBeans}), and every bean of the application. */
    private static final Set<String> ALLOWED = Set.of("sendInvitation");

    private static final Set<String> BEANS = Set.of("sendInvitation", "identityService", "dataSource");

    /** A process with one element between start and end; {@code httl} null leaves the attribute out. */
    static String diagram(String httl, String element) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://tremplin.test">
                  <bpmn:process id="p" isExecutable="true" %s>
                    <bpmn:startEvent id="start"/>
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(httl == null ? "" : "camunda:historyTimeToLive=\"" + httl + "\"", element);
    }

    private static List<Problem> check(String xml) {
        return TremplinRules.check(
                Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
                key -> FORMS.contains(key) ? java.util.Optional.of(Set.of("consent")) : java.util.Optional.empty(),
                ALLOWED::contains,
                BEANS::contains);
    }

    private static List<String> rules(String xml) {
        return check(xml).stream().map(p -> p.rule() + "@" + p.elementId()).toList();
    }

    static final String GOOD_TASK = """
            <bpmn:userTask id="t" name="Inform" camunda:candidateGroups="${agencyGroup}" camunda:formRef="privacy-notice"/>""";

    @Test
    void shouldPassACompleteDiagram() {
        assertThat(check(diagram("180", GOOD_TASK))).isEmpty();
    }

    @Test
    void shouldRequireAHistoryTimeToLive() {
        assertThat(rules(diagram(null, GOOD_TASK))).containsExactly("history-time-to-live@p");
        assertThat(rules(diagram("P180D", GOOD_TASK))).isEmpty();
    }

    @Test
    void shouldRequireACandidateGroupOnEveryUserTask() {
        assertThat(rules(diagram("180", "<bpmn:userTask id=\"t\" camunda:formRef=\"privacy-notice\"/>")))
                .containsExactly("user-task-candidate-group@t");
        assertThat(rules(diagram(
                        "180",
                        "<bpmn:userTask id=\"t\" camunda:formRef=\"privacy-notice\""
                                + " camunda:candidateGroups=\"agency-wiltz\"/>")))
                .isEmpty();
    }

    @Test
    void shouldRequireAFormOnEveryUserTask() {
        assertThat(rules(diagram("180", "<bpmn:userTask id=\"t\" camunda:candidateGroups=\"agency-wiltz\"/>")))
                .containsExactly("user-task-form@t");
        assertThat(rules(diagram("180", GOOD_TASK))).isEmpty();
    }

    @Test
    void shouldRequireTheFormToBeDeployed() {
        List<Problem> problems = check(diagram(
                "180",
                "<bpmn:userTask id=\"t\" camunda:candidateGroups=\"agency-wiltz\" camunda:formRef=\"no-such-form\"/>"));

        assertThat(problems)
                .extracting(Problem::rule, Problem::elementId, Problem::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("user-task-form-missing", "t", "no-such-form"));
        assertThat(rules(diagram("180", GOOD_TASK))).isEmpty();
    }

    @Test
    void shouldRequireDelegateExpressionsToNameATremplinDelegate() {
        assertThat(rules(
                        diagram("180", "<bpmn:serviceTask id=\"s\" camunda:delegateExpression=\"${sendInvitaton}\"/>")))
                .containsExactly("delegate-bean@s");
        assertThat(rules(diagram(
                        "180", "<bpmn:serviceTask id=\"s\" camunda:delegateExpression=\"${identityService}\"/>")))
                .as("a bean of the application, but no delegate of Tremplin's")
                .containsExactly("delegate-bean@s");
        assertThat(rules(diagram(
                        "180",
                        "<bpmn:serviceTask id=\"s\" camunda:delegateExpression=\"${execution.getVariable('d')}\"/>")))
                .as("a delegate found at run time")
                .containsExactly("delegate-bean@s");
        assertThat(rules(diagram(
                        "180", "<bpmn:serviceTask id=\"s\" camunda:delegateExpression=\"${sendInvitation}\"/>")))
                .isEmpty();
    }

    @Test
    void shouldCheckTheBeansOfListenersToo() {
        String listener = """
                <bpmn:serviceTask id="s" camunda:delegateExpression="${sendInvitation}">
                  <bpmn:extensionElements>
                    <camunda:executionListener event="start" delegateExpression="${auditTrial}"/>
                  </bpmn:extensionElements>
                </bpmn:serviceTask>""";

        assertThat(rules(diagram("180", listener))).containsExactly("delegate-bean@s");
    }

    @Test
    void shouldRequireTimersToParse() {
        String timer = """
                <bpmn:intermediateCatchEvent id="wait">
                  <bpmn:timerEventDefinition id="wait_timer"><bpmn:timeDuration>%s</bpmn:timeDuration></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>""";

        assertThat(rules(diagram("180", timer.formatted("14 days")))).containsExactly("timer@wait");
        assertThat(rules(diagram("180", timer.formatted("P14D")))).isEmpty();
        assertThat(rules(diagram("180", timer.formatted("${reminderDelay}"))))
                .as("expressions are resolved at run time")
                .isEmpty();
    }

    @Test
    void shouldReadTimerDatesAndCycles() {
        String date = """
                <bpmn:intermediateCatchEvent id="at">
                  <bpmn:timerEventDefinition><bpmn:timeDate>%s</bpmn:timeDate></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>""";
        String cycle = """
                <bpmn:intermediateCatchEvent id="every">
                  <bpmn:timerEventDefinition><bpmn:timeCycle>%s</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:intermediateCatchEvent>""";

        assertThat(rules(diagram("180", date.formatted("2027-01-31T09:00:00+01:00"))))
                .isEmpty();
        assertThat(rules(diagram("180", date.formatted("31/01/2027")))).containsExactly("timer@at");
        assertThat(rules(diagram("180", cycle.formatted("R3/PT10M")))).isEmpty();
        assertThat(rules(diagram("180", cycle.formatted("0 0 9 * * ?")))).isEmpty();
        assertThat(rules(diagram("180", cycle.formatted("every day")))).containsExactly("timer@every");
    }
}
