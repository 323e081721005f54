package lu.adem.tremplin.cockpit.ui;

import static lu.adem.tremplin.cockpit.ui.Cells.iso;
import static lu.adem.tremplin.cockpit.ui.Cells.text;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import lu.adem.tremplin.cockpit.OverdueWork;
import lu.adem.tremplin.cockpit.OverdueWork.OverdueTask;
import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.ui.CsvDownload;

/**
 * The cockpit's overdue tab: overdue tasks of an agency (and of one counsellor), handed over to a
 * colleague of the task's agency; below them the followed courses without progress.
 */
class OverdueTab extends VerticalLayout {

    private final transient OverdueWork overdueWork;
    private final transient Clock clock;

    final ComboBox<Agency> overdueAgency = new ComboBox<>();
    final ComboBox<String> overdueCounsellor = new ComboBox<>();
    final Grid<OverdueTask> overdue = new Grid<>();
    final Paragraph overdueEmpty = new Paragraph();
    final ComboBox<String> colleague = new ComboBox<>();
    final Button handOver = new Button();
    final StalledCourses stalledCourses;
    private final Anchor csv;
    private List<OverdueTask> overdueTasks = List.of();

    OverdueTab(OverdueWork overdueWork, Clock clock, ApplicationEventPublisher events) {
        this.overdueWork = overdueWork;
        this.clock = clock;
        setPadding(false);
        filters();
        overdueGrid();
        colleague.setId("overdue-colleague");
        colleague.setLabel(getTranslation("cockpit.overdue.colleague"));
        colleague.setEnabled(false);
        handOver.setId("overdue-hand-over");
        handOver.setText(getTranslation("cockpit.overdue.hand-over"));
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.setEnabled(false);
        handOver.setDisableOnClick(true);
        colleague.addValueChangeListener(change -> handOver.setEnabled(
                change.getValue() != null && !overdue.getSelectedItems().isEmpty()));
        handOver.addClickListener(click -> handOverSelected());
        HorizontalLayout actions = new HorizontalLayout(overdueAgency, overdueCounsellor, colleague, handOver);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        csv = CsvDownload.namingJobseekers(
                getTranslation("cockpit.csv"),
                "overdue-tasks.csv",
                "cockpit/overdue-tasks.csv",
                "case",
                this::csv,
                events);
        csv.setId("cockpit-overdue-csv");
        add(
                new H3(getTranslation("cockpit.overdue.title")),
                new Paragraph(getTranslation("cockpit.overdue.intro")),
                actions,
                overdueEmpty,
                overdue,
                csv);
        refreshOverdue();
        stalledCourses = new StalledCourses(overdueWork, events);
        add(stalledCourses);
    }

    private void filters() {
        overdueAgency.setId("overdue-agency");
        overdueAgency.setLabel(getTranslation("cockpit.workload.agency"));
        overdueAgency.setPlaceholder(getTranslation("cockpit.overdue.all-agencies"));
        overdueAgency.setClearButtonVisible(true);
        overdueAgency.setItems(Agency.values());
        overdueAgency.setItemLabelGenerator(Agency::displayName);
        overdueAgency.addValueChangeListener(change -> refreshOverdue());
        overdueCounsellor.setId("overdue-counsellor");
        overdueCounsellor.setLabel(getTranslation("cockpit.workload.counsellor"));
        overdueCounsellor.setPlaceholder(getTranslation("cockpit.overdue.all-counsellors"));
        overdueCounsellor.setClearButtonVisible(true);
        overdueCounsellor.addValueChangeListener(change -> showOverdue());
    }

    private void overdueGrid() {
        overdue.setId("cockpit-overdue");
        overdue.setSelectionMode(Grid.SelectionMode.MULTI);
        overdue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        overdue.setAriaLabel(getTranslation("cockpit.overdue.title"));
        overdue.addColumn(OverdueTask::taskName)
                .setHeader(getTranslation("cockpit.column.task"))
                .setAutoWidth(true);
        overdue.addComponentColumn(t -> CockpitLinks.jobseekerFileLink(t.registrationNumber()))
                .setHeader(getTranslation("cockpit.column.case"))
                .setAutoWidth(true);
        overdue.addColumn(OverdueTask::jobseekerName)
                .setHeader(getTranslation("cockpit.column.jobseeker"))
                .setAutoWidth(true);
        overdue.addColumn(t -> t.agency() == null ? "" : t.agency().displayName())
                .setHeader(getTranslation("cockpit.workload.agency"))
                .setAutoWidth(true);
        overdue.addColumn(t -> t.assignee() == null ? getTranslation("cockpit.overdue.unassigned") : t.assignee())
                .setHeader(getTranslation("cockpit.column.assignee"))
                .setAutoWidth(true);
        overdue.addColumn(t -> Cells.date(t.due(), getLocale()))
                .setHeader(getTranslation("cockpit.column.due"))
                .setAutoWidth(true);
        overdue.addColumn(t -> Cells.date(t.followUp(), getLocale()))
                .setHeader(getTranslation("cockpit.column.follow-up"))
                .setAutoWidth(true);
        overdue.addColumn(t ->
                        getTranslation("cockpit.workload.days", t.late(now()).toDays()))
                .setHeader(getTranslation("cockpit.overdue.late"))
                .setAutoWidth(true);
        overdue.setAllRowsVisible(true);
        overdue.addSelectionListener(selection -> colleaguesFor(selection.getAllSelectedItems()));
    }

    void refreshOverdue() {
        overdueTasks = overdueWork.overdueTasks(overdueAgency.getValue(), getLocale());
        String counsellor = overdueCounsellor.getValue();
        List<String> counsellors = overdueTasks.stream()
                .map(OverdueTask::assignee)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        overdueCounsellor.setItems(counsellors);
        if (counsellor != null && counsellors.contains(counsellor)) {
            overdueCounsellor.setValue(counsellor);
        }
        showOverdue();
    }

    /** The overdue tasks of the chosen agency, and of the chosen counsellor if any. */
    private List<OverdueTask> shownOverdue() {
        String counsellor = overdueCounsellor.getValue();
        return overdueTasks.stream()
                .filter(t -> counsellor == null || counsellor.equals(t.assignee()))
                .toList();
    }

    private void showOverdue() {
        List<OverdueTask> tasks = shownOverdue();
        overdue.setItems(tasks);
        overdue.setVisible(!tasks.isEmpty());
        overdueEmpty.setText(getTranslation("cockpit.overdue.empty"));
        overdueEmpty.setVisible(tasks.isEmpty());
        csv.setVisible(!tasks.isEmpty());
        colleaguesFor(Set.of());
    }

    private void colleaguesFor(Set<OverdueTask> selected) {
        List<Agency> agencies = selected.stream()
                .map(OverdueTask::agency)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<String> names = agencies.stream()
                .flatMap(agency -> overdueWork.colleagues(agency).stream())
                .distinct()
                .sorted()
                .toList();
        colleague.setItems(names);
        colleague.setEnabled(!names.isEmpty());
        colleague.setHelperText(agencies.size() > 1 ? getTranslation("cockpit.overdue.several-agencies") : null);
        handOver.setEnabled(colleague.getValue() != null && !selected.isEmpty());
    }

    void handOverSelected() {
        String to = colleague.getValue();
        List<String> ids =
                overdue.getSelectedItems().stream().map(OverdueTask::taskId).toList();
        if (to == null || ids.isEmpty()) {
            handOver.setEnabled(false);
            return;
        }
        List<TaskActions.Result> results = overdueWork.handOver(ids, to);
        long done = results.stream().filter(TaskActions.Result::done).count();
        Notification note = Notification.show(
                done == results.size()
                        ? getTranslation("cockpit.overdue.handed-over", done, to)
                        : getTranslation("cockpit.overdue.handed-over-partly", done, results.size(), to));
        note.addThemeVariants(
                done == results.size() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        colleague.clear();
        refreshOverdue();
    }

    private List<List<String>> csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("task", "case", "jobseeker", "agency", "assignee", "due", "follow_up", "days_late"));
        shownOverdue()
                .forEach(t -> rows.add(List.of(
                        t.taskName(),
                        text(t.registrationNumber()),
                        text(t.jobseekerName()),
                        t.agency() == null ? "" : t.agency().code(),
                        text(t.assignee()),
                        iso(t.due()),
                        iso(t.followUp()),
                        String.valueOf(t.late(now()).toDays()))));
        return rows;
    }

    private Instant now() {
        return clock.instant();
    }
}
