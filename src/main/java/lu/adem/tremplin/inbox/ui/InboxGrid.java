package lu.adem.tremplin.inbox.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

import lu.adem.tremplin.inbox.list.InboxTask;
import lu.adem.tremplin.shared.Agency;

/**
 * The inbox's tasks with the business data of each, a labelled checkbox per row to choose it for a bulk
 * action, and the keys to open a task (Enter on the focused row, or a double click).
 */
class InboxGrid extends Grid<InboxTask> {

    static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    private final Function<InboxTask, String> taskPath;
    private InboxTask focused;

    /** {@code taskPath} says where a task is worked; {@code bulk} holds the tasks chosen. */
    InboxGrid(Function<InboxTask, String> taskPath, BulkActions bulk) {
        this.taskPath = taskPath;
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(LUXEMBOURG);
        setId("inbox-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        setAriaLabel(getTranslation("inbox.title"));
        addComponentColumn(this::taskLink)
                .setHeader(getTranslation("inbox.column.task"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        addComponentColumn(this::jobseekerLink)
                .setHeader(getTranslation("inbox.column.jobseeker"))
                .setAutoWidth(true);
        addColumn(task -> task.route() == null ? "" : getTranslation("file.value." + task.route()))
                .setHeader(getTranslation("inbox.column.route"))
                .setAutoWidth(true);
        addColumn(task -> task.languages().stream().map(Enum::name).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("inbox.column.languages"))
                .setAutoWidth(true);
        addColumn(task -> Agency.byCode(task.agency()).map(Agency::displayName).orElse(task.agency()))
                .setHeader(getTranslation("inbox.column.agency"))
                .setAutoWidth(true);
        addColumn(task -> task.assignee() == null
                        ? getTranslation("inbox.unassigned")
                        : task.coveringFor() == null
                                ? task.assignee()
                                : getTranslation("inbox.covering-for", task.assignee(), task.coveringFor()))
                .setKey("assignee")
                .setHeader(getTranslation("inbox.column.assignee"))
                .setAutoWidth(true);
        addColumn(task -> format(dates, task.created()))
                .setHeader(getTranslation("inbox.column.created"))
                .setAutoWidth(true);
        addColumn(task -> format(dates, task.due()))
                .setHeader(getTranslation("inbox.column.due"))
                .setAutoWidth(true);
        addColumn(task -> format(dates, task.followUp()))
                .setHeader(getTranslation("inbox.column.follow-up"))
                .setAutoWidth(true);
        selectionColumn(bulk);
        opening();
    }

    /** Selection through a labelled checkbox per row (the grid's own multi-select boxes carry no accessible name). */
    private void selectionColumn(BulkActions bulk) {
        setSelectionMode(Grid.SelectionMode.NONE);
        Column<InboxTask> select = addComponentColumn(task -> {
                    var box = new Checkbox(bulk.isSelected(task));
                    box.setAriaLabel(getTranslation(
                            "inbox.select",
                            task.taskName(),
                            task.jobseekerName() == null ? task.jobseekerId() : task.jobseekerName()));
                    box.addValueChangeListener(change -> bulk.select(task, change.getValue()));
                    return box;
                })
                .setHeader(getTranslation("inbox.column.select"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        select.setFrozen(true);
        List<Column<InboxTask>> columns = new ArrayList<>(getColumns());
        columns.add(0, columns.remove(columns.size() - 1));
        setColumnOrder(columns);
    }

    private void opening() {
        addCellFocusListener(event -> event.getItem().ifPresent(item -> focused = item));
        Shortcuts.addShortcutListener(
                        this,
                        () -> {
                            if (focused != null) {
                                open(focused);
                            }
                        },
                        Key.ENTER)
                .listenOn(this);
        addItemDoubleClickListener(click -> open(click.getItem()));
    }

    private void open(InboxTask task) {
        getUI().orElseThrow().navigate(taskPath.apply(task));
    }

    /**
     * Where a task is worked: a screen of its own when its process's module has one (by path: those
     * screens live in the modules of their processes), else the task screen with its form.
     */
    private Component taskLink(InboxTask task) {
        Anchor link = new Anchor(taskPath.apply(task), task.taskName());
        link.getElement().setAttribute("router-link", true);
        if (task.coveringFor() == null) {
            return link;
        }
        // a task worked for an absent colleague says so where the eye is, not only in the assignee column
        Span cover = new Span(getTranslation("inbox.covering-for.badge", task.coveringFor()));
        cover.getElement().getThemeList().add("badge contrast small");
        cover.getStyle().set("margin-inline-start", "0.5rem");
        return new Span(link, cover);
    }

    private Component jobseekerLink(InboxTask task) {
        if (task.jobseekerId() == null) {
            return new Span("");
        }
        String text =
                task.jobseekerName() == null ? task.jobseekerId() : task.jobseekerName() + " · " + task.jobseekerId();
        return new RouterLink(text, JobseekerFileView.class, task.jobseekerId());
    }

    private static String format(DateTimeFormatter formatter, TemporalAccessor value) {
        return value == null ? "" : formatter.format(value);
    }
}
