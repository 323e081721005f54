package lu.adem.tremplin.inbox.ui;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.inbox.list.InboxTask;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CurrentUser;

/**
 * The inbox's actions on several tasks at once: claim, hand over to a colleague of the agency, set the
 * due or the follow-up day. Says in {@link #result} what became of each task.
 */
class BulkActions extends HorizontalLayout {

    private final transient TaskActions actions;
    private final transient Supplier<LocalDate> today;
    private final Runnable done;
    final Button claimSelected = new Button();
    final Button handOverSelected = new Button();
    final Button dueSelected = new Button();
    final Button followUpSelected = new Button();
    final Paragraph result = new Paragraph();
    /** The tasks chosen for a bulk action, by id (kept across pages of the lazy grid). */
    private final Map<String, InboxTask> selected = new LinkedHashMap<>();

    /** {@code today} is the first day a due or follow-up day may be; {@code done} runs after each action. */
    BulkActions(TaskActions actions, Supplier<LocalDate> today, Runnable done) {
        this.actions = actions;
        this.today = today;
        this.done = done;
        setId("inbox-bulk");
        claimSelected.setText(getTranslation("inbox.bulk.claim"));
        claimSelected.addClickListener(click -> run(actions::claim));
        handOverSelected.setText(getTranslation("inbox.bulk.hand-over"));
        handOverSelected.addClickListener(click -> askColleague());
        dueSelected.setText(getTranslation("inbox.bulk.due"));
        dueSelected.addClickListener(click ->
                askDate("inbox.bulk.due", day -> run(ids -> actions.setDueDate(ids, day))));
        followUpSelected.setText(getTranslation("inbox.bulk.follow-up"));
        followUpSelected.addClickListener(click ->
                askDate("inbox.bulk.follow-up", day -> run(ids -> actions.setFollowUpDate(ids, day))));
        add(claimSelected, handOverSelected, dueSelected, followUpSelected);
        enable(false);
        result.setId("inbox-bulk-result");
        result.getElement().setAttribute("role", "status");
    }

    boolean isSelected(InboxTask task) {
        return selected.containsKey(task.taskId());
    }

    boolean anySelected() {
        return !selected.isEmpty();
    }

    /** Chooses a task for (or takes it out of) the next bulk action. */
    void select(InboxTask task, boolean chosen) {
        if (chosen) {
            selected.put(task.taskId(), task);
        } else {
            selected.remove(task.taskId());
        }
        enable(!selected.isEmpty());
    }

    void claim() {
        run(actions::claim);
    }

    /** Runs an action on every selected task and says what became of each; one refusal stops none of the others. */
    void run(Function<List<String>, List<TaskActions.Result>> action) {
        List<InboxTask> tasks = List.copyOf(selected.values());
        List<TaskActions.Result> results =
                action.apply(tasks.stream().map(InboxTask::taskId).toList());
        long succeeded = results.stream().filter(TaskActions.Result::done).count();
        String refused = results.stream()
                .filter(outcome -> !outcome.done())
                .map(outcome -> name(tasks, outcome.taskId()) + ": " + outcome.problem())
                .collect(Collectors.joining("; "));
        result.setText(
                refused.isEmpty()
                        ? getTranslation("inbox.bulk.done", succeeded)
                        : getTranslation("inbox.bulk.partly", succeeded, refused));
        selected.clear();
        enable(false);
        done.run();
    }

    private static String name(List<InboxTask> tasks, String taskId) {
        return tasks.stream()
                .filter(task -> task.taskId().equals(taskId))
                .findFirst()
                .map(task -> task.taskName() + (task.jobseekerName() == null ? "" : " (" + task.jobseekerName() + ")"))
                .orElse(taskId);
    }

    private void enable(boolean enabled) {
        getChildren().forEach(button -> ((Button) button).setEnabled(enabled));
    }

    private void askColleague() {
        var colleague = new ComboBox<String>(getTranslation("inbox.bulk.colleague"));
        colleague.setItems(actions.colleagues(CurrentUser.require().groupIds().stream()
                .filter(group -> Agency.byGroupId(group).isPresent())
                .toList()));
        new ConfirmDialog(
                        "inbox.bulk.hand-over",
                        colleague,
                        () -> colleague.getValue() != null,
                        () -> run(ids -> actions.handOver(ids, colleague.getValue())))
                .open();
    }

    private void askDate(String titleKey, Consumer<LocalDate> then) {
        var day = new DatePicker(getTranslation(titleKey));
        day.setMin(today.get());
        new ConfirmDialog(titleKey, day, () -> day.getValue() != null, () -> then.accept(day.getValue())).open();
    }
}
