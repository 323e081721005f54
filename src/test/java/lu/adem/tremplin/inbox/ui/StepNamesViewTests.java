package lu.adem.tremplin.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

import lu.adem.tremplin.inbox.file.JobseekerFile;
import lu.adem.tremplin.inbox.list.InboxTask;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.i18n.TremplinTranslations;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * Steps named in the counsellor's language, as the diagrams name them (ADR 0030): the inbox, the task
 * screen and the jobseeker's file in French and German, and the BPMN name where a version gives none.
 */
class StepNamesViewTests extends KaribuViewTest {

    private InboxView inbox() {
        UI.getCurrent().navigate(InboxView.class);
        return _get(InboxView.class);
    }

    private static InboxTask taskOf(InboxView inbox, String registrationNumber) {
        return inbox.grid
                .getGenericDataView()
                .getItems()
                .filter(task -> registrationNumber.equals(task.jobseekerId()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldShowFrenchStepNamesInTheInboxTheTaskScreenAndTheFile() {
        String counsellor = data.counsellor(Agency.WASSERBILLIG);
        String proposed = data.proposedCase(Agency.WASSERBILLIG);
        String choosing = data.courseChoice(TestData.newJobseeker(Agency.WASSERBILLIG));
        signIn(counsellor);
        UI.getCurrent().setLocale(TremplinTranslations.FRENCH);

        InboxView inbox = inbox();
        assertThat(taskOf(inbox, proposed).taskName()).isEqualTo("Proposer le programme");
        assertThat(taskOf(inbox, choosing).taskName()).isEqualTo("Choisir une formation avec le demandeur d'emploi");

        UI.getCurrent().navigate(TaskView.PATH + "/" + taskOf(inbox, proposed).taskId());
        assertThat(_get(H2.class).getText()).isEqualTo("Proposer le programme");

        UI.getCurrent().navigate("jobseeker/" + proposed);
        JobseekerFileView file = _get(JobseekerFileView.class);
        assertThat(file.cases.getElement().getTextRecursively())
                .contains("Accueil dans le programme")
                .contains("en cours : Proposer le programme");
        assertThat(file.history.getListDataView().getItems())
                .extracting(JobseekerFile.Step::step)
                .contains("Proposer le programme")
                .doesNotContain("Propose the programme");
    }

    @Test
    void shouldShowGermanStepNamesInTheInbox() {
        String counsellor = data.counsellor(Agency.WASSERBILLIG);
        String proposed = data.proposedCase(Agency.WASSERBILLIG);
        signIn(counsellor);
        UI.getCurrent().setLocale(TremplinTranslations.GERMAN);

        assertThat(taskOf(inbox(), proposed).taskName()).isEqualTo("Programm vorschlagen");
    }

    @Test
    void shouldShowTheBpmnNameWhereTheVersionGivesNoneInTheLanguage() {
        String counsellor = data.counsellor(Agency.WASSERBILLIG);
        String number = data.jobseeker(Agency.WASSERBILLIG);
        String key = "step-names-" + TestData.uniqueId().toLowerCase(java.util.Locale.ROOT);
        data.asTremplin(() -> {
            context.getBean(RepositoryService.class)
                    .createDeployment()
                    .name("step-names-test")
                    .addString("step-names/" + key + ".bpmn", untranslated(key))
                    .deploy();
            return context.getBean(RuntimeService.class)
                    .startProcessInstanceByKey(
                            key, number, Map.of("jobseekerId", number, "agency", Agency.WASSERBILLIG.code()));
        });
        signIn(counsellor);

        UI.getCurrent().setLocale(TremplinTranslations.GERMAN);
        assertThat(taskOf(inbox(), number).taskName()).as("no name:de").isEqualTo("Call back later");
        UI.getCurrent().setLocale(TremplinTranslations.FRENCH);
        assertThat(taskOf(inbox(), number).taskName()).isEqualTo("Rappeler plus tard");
        UI.getCurrent().setLocale(TremplinTranslations.ENGLISH);
        assertThat(taskOf(inbox(), number).taskName()).isEqualTo("Call back later");
    }

    /** A process whose one task is named in French only. */
    private static String untranslated(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="%s" name="Step names test" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="start"/>
                    <bpmn:sequenceFlow id="toTask" sourceRef="start" targetRef="CallBack"/>
                    <bpmn:userTask id="CallBack" name="Call back later" camunda:candidateGroups="agency-${agency}"
                                   camunda:formRef="propose-the-programme" camunda:formRefBinding="latest">
                      <bpmn:extensionElements>
                        <camunda:properties>
                          <camunda:property name="name:fr" value="Rappeler plus tard"/>
                        </camunda:properties>
                      </bpmn:extensionElements>
                    </bpmn:userTask>
                    <bpmn:sequenceFlow id="toEnd" sourceRef="CallBack" targetRef="end"/>
                    <bpmn:endEvent id="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key);
    }
}
