package lu.adem.tremplin.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import lu.adem.tremplin.inbox.form.TaskForm;
import lu.adem.tremplin.inbox.form.TaskForms;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;

/** The task screen with its natively rendered Camunda Form, on this test's own Wiltz cases. */
class TaskViewTests extends KaribuViewTest {

    private String counsellor;

    @BeforeEach
    void newCounsellor() {
        counsellor = data.counsellor(Agency.WILTZ);
    }

    /** A new case waiting at "Propose the programme". */
    private String proposalTask() {
        return data.openTask(data.proposedCase(Agency.WILTZ));
    }

    private TaskView open(String taskId) {
        UI.getCurrent().navigate(TaskView.PATH + "/" + taskId);
        return _get(TaskView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> T option(TaskView view, String key, Object value) {
        var field = (com.vaadin.flow.component.HasValue<?, TaskForm.Option>) view.form.field(key);
        return (T) ((com.vaadin.flow.data.provider.HasListDataView<TaskForm.Option, ?>) field)
                .getListDataView()
                .getItems()
                .filter(option -> option.value().equals(value))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldShowConditionalFieldsValidateAndComplete() {
        String task = proposalTask();
        signIn(counsellor);
        TaskView view = open(task);
        var outcome = (RadioButtonGroup<TaskForm.Option>) view.form.field("proposalOutcome");
        var reason = (com.vaadin.flow.component.Component) view.form.field("declineReason");
        assertThat(reason.isVisible())
                .as("decline reason hidden until declined")
                .isFalse();

        ((RadioButtonGroup<TaskForm.Option>) view.form.field("proposalChannel"))
                .setValue(option(view, "proposalChannel", "PHONE"));
        outcome.setValue(option(view, "proposalOutcome", "DECLINED"));
        assertThat(reason.isVisible()).isTrue();
        view.complete.click();

        assertThat(((com.vaadin.flow.component.HasValidation) reason).isInvalid())
                .isTrue();
        assertThat(view.alert.getText()).isEqualTo("Please correct the marked fields. Nothing was sent yet.");
        assertThat(context.getBean(TaskService.class)
                        .createTaskQuery()
                        .taskId(task)
                        .count())
                .as("nothing sent")
                .isOne();

        ((com.vaadin.flow.component.HasValue<?, TaskForm.Option>) view.form.field("declineReason"))
                .setValue(option(view, "declineReason", "NO_TIME"));
        view.complete.click();

        identityService.clearAuthentication();
        var history = context.getBean(HistoryService.class)
                .createHistoricTaskInstanceQuery()
                .taskId(task)
                .singleResult();
        assertThat(history.getEndTime()).isNotNull();
        assertThat(context.getBean(HistoryService.class)
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(history.getProcessInstanceId())
                        .variableName("declineReason")
                        .singleResult()
                        .getValue())
                .isEqualTo("NO_TIME");
    }

    @Test
    void shouldSayTheTaskIsAlreadyDoneAndKeepWhatWasTyped() {
        String task = proposalTask();
        signIn(counsellor);
        TaskView view = open(task);
        ((RadioButtonGroup<TaskForm.Option>) view.form.field("proposalChannel"))
                .setValue(option(view, "proposalChannel", "PHONE"));
        ((RadioButtonGroup<TaskForm.Option>) view.form.field("proposalOutcome"))
                .setValue(option(view, "proposalOutcome", "LATER"));
        // a colleague completes it first
        context.getBean(TaskService.class)
                .complete(task, Map.of("proposalChannel", "MEETING", "proposalOutcome", "LATER"));

        view.complete.click();

        assertThat(view.alert.getText()).startsWith("This task is already done");
        assertThat(view.form.field("proposalChannel").getValue()).isNotNull();
        assertThat(view.complete.isEnabled()).isTrue();
    }

    @Test
    void shouldNotLetAPostedFormSetFieldsItDoesNotHave() {
        String task = proposalTask();
        signIn(counsellor);
        String instance = context.getBean(TaskService.class)
                .createTaskQuery()
                .taskId(task)
                .singleResult()
                .getProcessInstanceId();

        Map<String, Object> posted = new HashMap<>(Map.of(
                "proposalChannel", "PHONE", "proposalOutcome", "LATER", "route", "AUTONOMOUS", "eligible", true));
        context.getBean(TaskForms.class).complete(task, posted);

        identityService.clearAuthentication();
        var variables = context.getBean(HistoryService.class)
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance)
                .variableNameIn("route", "eligible")
                .count();
        assertThat(variables).isZero();
    }

    @Test
    void shouldShowTheDueDateDayFirstInEnglish() {
        String task = proposalTask();
        context.getBean(TaskService.class)
                .setDueDate(
                        task,
                        java.util.Date.from(LocalDate.of(2026, 12, 4)
                                .atTime(12, 0)
                                .atZone(java.time.ZoneId.of("Europe/Luxembourg"))
                                .toInstant()));
        signIn(counsellor);

        assertThat(open(task).status.getText()).endsWith("due 4 Dec 2026");
    }

    @Test
    void shouldSetDatesAndKeepComments() {
        String task = proposalTask();
        signIn(counsellor);
        TaskView view = open(task);

        view.dueDate.setValue(LocalDate.now().plusDays(10));
        view.followUpDate.setValue(LocalDate.now().plusDays(3));
        com.github.mvysny.kaributesting.v10.ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Save dates")));
        view = _get(TaskView.class);
        view.comment.setValue("Called her: prefers the afternoon.");
        com.github.mvysny.kaributesting.v10.ButtonKt._click(com.github.mvysny.kaributesting.v10.LocatorJ._get(
                com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Add the comment")));

        assertThat(view.comments.getElement().getTextRecursively())
                .contains(counsellor)
                .contains("prefers the afternoon");
        identityService.clearAuthentication();
        var saved = context.getBean(TaskService.class)
                .createTaskQuery()
                .taskId(task)
                .singleResult();
        assertThat(saved.getFollowUpDate()).isNotNull();
        assertThat(saved.getDueDate()
                        .toInstant()
                        .atZone(java.time.ZoneId.of("Europe/Luxembourg"))
                        .toLocalDate())
                .isEqualTo(LocalDate.now().plusDays(10));
    }

    @Test
    void shouldClaimAndGiveBack() {
        String task = proposalTask();
        signIn(counsellor);
        TaskView view = open(task);

        view.claim.click();

        assertThat(view.status.getText()).startsWith("Assigned to " + counsellor);
        assertThat(view.claim.isVisible()).isFalse();
        view.giveBack.click();
        assertThat(view.status.getText()).startsWith("Not assigned yet");
    }

    @Test
    void shouldNotOpenAnotherAgencysTask() {
        String task = proposalTask();
        signIn(data.counsellor(Agency.ESCH_SUR_ALZETTE));

        open(task);

        assertThat(_get(com.vaadin.flow.component.html.H2.class).getText()).isEqualTo("This task is not open for you");
    }
}
