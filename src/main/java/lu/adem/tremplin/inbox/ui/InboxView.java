package lu.adem.tremplin.inbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import lu.adem.tremplin.inbox.Inbox;
import lu.adem.tremplin.inbox.InboxTask;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;

/** The counsellor's list of open tasks (the full inbox grows from here). */
@Route("inbox")
@Menu(order = 1, title = "nav.inbox", icon = "vaadin:inbox")
@RolesAllowed(Roles.COUNSELLOR)
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
    /** Tasks that Tremplin shows on a screen of its own, by task definition key. */
    static final java.util.Map<String, String> TREMPLIN_TASK_SCREENS = java.util.Map.of("ChooseCourse", "tasks/choose-course");

    final Grid<InboxTask> grid = new Grid<>();
    final Span count = new Span();
    final Paragraph empty = new Paragraph();

    InboxView(Inbox inbox) {
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale()).withZone(LUXEMBOURG);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("inbox.title"));
        grid.addComponentColumn(this::taskLink).setHeader(getTranslation("inbox.column.task")).setAutoWidth(true)
                .setFlexGrow(2);
        grid.addComponentColumn(this::jobseekerLink).setHeader(getTranslation("inbox.column.jobseeker"))
                .setAutoWidth(true);
        grid.addColumn(task -> Agency.byCode(task.agency()).map(Agency::displayName).orElse(task.agency()))
                .setHeader(getTranslation("inbox.column.agency")).setAutoWidth(true);
        grid.addColumn(task -> task.assignee() == null ? getTranslation("inbox.unassigned") : task.assignee())
                .setHeader(getTranslation("inbox.column.assignee")).setAutoWidth(true);
        grid.addColumn(task -> format(dates, task.created())).setHeader(getTranslation("inbox.column.created"))
                .setAutoWidth(true);
        grid.addColumn(task -> format(dates, task.due())).setHeader(getTranslation("inbox.column.due"))
                .setAutoWidth(true);

        empty.setText(getTranslation("inbox.empty"));
        empty.setId("inbox-empty");
        count.setId("inbox-count");

        List<InboxTask> tasks = inbox.openTasks();
        grid.setItems(tasks);
        count.setText(getTranslation("inbox.count", tasks.size()));
        grid.setVisible(!tasks.isEmpty());
        empty.setVisible(tasks.isEmpty());
        add(new H2(getTranslation("inbox.title")), count, empty, grid);
    }

    /**
     * Where a task is worked: a screen of its own when its process's module has one (by path: those
     * screens live in the modules of their processes), else the task screen with its form.
     */
    private com.vaadin.flow.component.Component taskLink(InboxTask task) {
        String screen = TREMPLIN_TASK_SCREENS.get(task.taskKey());
        Anchor link = new Anchor((screen != null ? screen : TaskView.PATH) + "/" + task.taskId(), task.taskName());
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private com.vaadin.flow.component.Component jobseekerLink(InboxTask task) {
        String text = task.jobseekerName() == null ? task.jobseekerId() : task.jobseekerName() + " · " + task.jobseekerId();
        if (task.jobseekerId() == null) {
            return new Span("");
        }
        return new RouterLink(text, JobseekerFileView.class, task.jobseekerId());
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("inbox.title") + " · Tremplin";
    }
}
