package lu.adem.tremplin.inbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.inbox.form.TaskForms;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.TaskCompletion;

/**
 * One task with its Camunda Form rendered natively: claim, give back, complete. Refusals (someone
 * completed it first, a rule broken) are explained and what was typed stays on the screen.
 */
@Route(TaskView.PATH)
@RolesAllowed(Roles.COUNSELLOR)
public class TaskView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    static final String PATH = "tasks";

    private final transient TaskForms tasks;
    private final transient lu.adem.tremplin.inbox.TaskActions actions;
    final com.vaadin.flow.component.datepicker.DatePicker dueDate =
            new com.vaadin.flow.component.datepicker.DatePicker();
    final com.vaadin.flow.component.datepicker.DatePicker followUpDate =
            new com.vaadin.flow.component.datepicker.DatePicker();
    final com.vaadin.flow.component.combobox.ComboBox<String> colleague =
            new com.vaadin.flow.component.combobox.ComboBox<>();
    final com.vaadin.flow.component.textfield.TextArea comment = new com.vaadin.flow.component.textfield.TextArea();
    final com.vaadin.flow.component.html.UnorderedList comments = new com.vaadin.flow.component.html.UnorderedList();
    private String title = "";
    private String taskId;

    FormRenderer form;
    final Button claim = new Button();
    final Button giveBack = new Button();
    final Button complete = new Button();
    final Paragraph status = new Paragraph();
    /** The latest refusal, kept on screen (and read out by screen readers) until the next attempt. */
    final Paragraph alert = new Paragraph();

    TaskView(TaskForms tasks, lu.adem.tremplin.inbox.TaskActions actions) {
        this.tasks = tasks;
        this.actions = actions;
        setMaxWidth("60rem");
    }

    @Override
    public void setParameter(BeforeEvent event, String taskId) {
        this.taskId = taskId;
        show();
    }

    private void show() {
        removeAll();
        var open = tasks.open(taskId, getLocale());
        if (open.isEmpty()) {
            title = getTranslation("choose.gone.title");
            add(
                    new H2(title),
                    new Paragraph(getTranslation("choose.gone.text")),
                    new RouterLink(getTranslation("nav.inbox"), InboxView.class));
            return;
        }
        var task = open.get();
        title = task.name();
        add(new H2(task.name()));
        if (task.jobseekerId() != null) {
            add(new RouterLink(
                    task.jobseekerName() == null
                            ? task.jobseekerId()
                            : task.jobseekerName() + " · " + task.jobseekerId(),
                    JobseekerFileView.class,
                    task.jobseekerId()));
        }
        String me = CurrentUser.require().userId();
        status.setId("task-status");
        status.setText(
                task.assignee() == null
                        ? getTranslation("task.unassigned", due(task))
                        : getTranslation("task.assigned", task.assignee(), due(task)));
        add(status);
        alert.setId("task-alert");
        alert.getElement().setAttribute("role", "alert");
        alert.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        alert.setText("");
        alert.setVisible(false);
        add(alert);
        form = new FormRenderer(task.form(), task.variables());
        form.setId("task-form");
        add(form);
        claim.setText(getTranslation("task.claim"));
        claim.setId("task-claim");
        claim.setVisible(task.assignee() == null);
        claim.addClickListener(click -> {
            tasks.claim(taskId);
            show();
        });
        giveBack.setText(getTranslation("task.give-back"));
        giveBack.setId("task-give-back");
        giveBack.setVisible(me.equals(task.assignee()));
        giveBack.addClickListener(click -> {
            tasks.giveBack(taskId);
            show();
        });
        complete.setText(getTranslation("task.complete"));
        complete.setId("task-complete");
        complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        complete.setDisableOnClick(true);
        complete.addClickListener(click -> complete());
        complete.setEnabled(!form.unsupportedPresent() && (task.assignee() == null || me.equals(task.assignee())));
        // Ctrl+Enter completes, Alt+C claims (listed in the inbox's keyboard help, Alt+K)
        complete.addClickShortcut(com.vaadin.flow.component.Key.ENTER, com.vaadin.flow.component.KeyModifier.CONTROL);
        claim.addClickShortcut(com.vaadin.flow.component.Key.KEY_C, com.vaadin.flow.component.KeyModifier.ALT);
        add(new HorizontalLayout(complete, claim, giveBack));
        add(more(task));
    }

    /** Dates, hand-over and comments: the task's housekeeping, below its form. */
    private com.vaadin.flow.component.details.Details more(TaskForms.OpenTask task) {
        dueDate.setLabel(getTranslation("inbox.column.due"));
        dueDate.setValue(
                task.due() == null
                        ? null
                        : task.due().atZone(ZoneId.of("Europe/Luxembourg")).toLocalDate());
        followUpDate.setLabel(getTranslation("inbox.column.follow-up"));
        Button saveDates = new Button(getTranslation("task.save-dates"), click -> {
            report(actions.setDueDate(java.util.List.of(taskId), dueDate.getValue()));
            report(actions.setFollowUpDate(java.util.List.of(taskId), followUpDate.getValue()));
            show();
        });
        colleague.setLabel(getTranslation("inbox.bulk.colleague"));
        colleague.setItems(actions.colleagues(CurrentUser.require().groupIds().stream()
                .filter(group -> lu.adem.tremplin.shared.Agency.byGroupId(group).isPresent())
                .toList()));
        Button handOver = new Button(getTranslation("task.hand-over"), click -> {
            if (colleague.getValue() != null) {
                report(actions.handOver(java.util.List.of(taskId), colleague.getValue()));
                show();
            }
        });
        comment.setLabel(getTranslation("task.comment"));
        comment.setMaxLength(2000);
        comment.setWidthFull();
        Button addComment = new Button(getTranslation("task.comment.add"), click -> {
            if (!comment.isEmpty()) {
                actions.comment(taskId, comment.getValue());
                comment.clear();
                showComments();
            }
        });
        comments.setId("task-comments");
        showComments();
        HorizontalLayout dates = new HorizontalLayout(dueDate, followUpDate, saveDates);
        dates.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        HorizontalLayout hand = new HorizontalLayout(colleague, handOver);
        hand.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        VerticalLayout content = new VerticalLayout(dates, hand, comments, comment, addComment);
        content.setPadding(false);
        var details = new com.vaadin.flow.component.details.Details(getTranslation("task.more"), content);
        details.setOpened(true);
        details.setWidthFull();
        return details;
    }

    private void showComments() {
        comments.removeAll();
        var formatter = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Luxembourg"));
        actions.comments(taskId)
                .forEach(note -> comments.add(new com.vaadin.flow.component.html.ListItem(
                        formatter.format(note.getTime().toInstant()) + " · " + note.getUserId() + " · "
                                + note.getFullMessage())));
    }

    private void report(java.util.List<lu.adem.tremplin.inbox.TaskActions.Result> results) {
        results.stream()
                .filter(result -> !result.done())
                .findFirst()
                .ifPresent(refused -> warn(getTranslation("task.action-refused", refused.problem())));
    }

    private String due(TaskForms.OpenTask task) {
        return task.due() == null
                ? "—"
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(getLocale())
                        .withZone(ZoneId.of("Europe/Luxembourg"))
                        .format(task.due());
    }

    void complete() {
        alert.setText("");
        if (!form.validate()) {
            warn(getTranslation("task.form.fix"));
            return;
        }
        try {
            tasks.complete(taskId, form.values());
            Notification.show(getTranslation("task.completed", title), 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            UI.getCurrent().navigate(InboxView.class);
        } catch (TaskCompletion.TaskAlreadyDone alreadyDone) {
            warn(getTranslation("task.already-done"));
        } catch (TaskForms.InvalidSubmission invalid) {
            form.validate();
            warn(getTranslation("task.form.fix"));
        } catch (org.camunda.bpm.engine.ProcessEngineException refused) {
            // a rule of the process itself (a task listener) refused the values: say why, keep them
            Throwable reason = refused;
            while (reason.getCause() != null && !(reason instanceof IllegalArgumentException)) {
                reason = reason.getCause();
            }
            if (!(reason instanceof IllegalArgumentException)) {
                throw refused;
            }
            warn(getTranslation("task.refused", reason.getMessage()));
        }
    }

    private void warn(String message) {
        alert.setText(message);
        alert.setVisible(true);
        Notification.show(message, 8000, Notification.Position.MIDDLE)
                .addThemeVariants(NotificationVariant.LUMO_WARNING);
        complete.setEnabled(true);
    }

    @Override
    public String getPageTitle() {
        return title + " · Tremplin";
    }
}
