package lu.adem.tremplin.cockpit.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;


import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import lu.adem.tremplin.cockpit.Incidents;
import lu.adem.tremplin.cockpit.Incidents.OpenIncident;
import lu.adem.tremplin.cockpit.OverdueWork;
import lu.adem.tremplin.cockpit.OverdueWork.OverdueTask;
import lu.adem.tremplin.cockpit.OverdueWork.StalledCourse;
import lu.adem.tremplin.cockpit.ProcessMap;
import lu.adem.tremplin.cockpit.ProcessMap.ActivityFigures;
import lu.adem.tremplin.cockpit.ProcessMap.ProcessChoice;
import lu.adem.tremplin.cockpit.ProcessMap.WaitingCase;
import lu.adem.tremplin.cockpit.ProcessOverview;
import lu.adem.tremplin.cockpit.ProcessOverview.ProcessFigures;
import lu.adem.tremplin.cockpit.TeamWorkload;
import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.ui.CsvDownload;
import lu.adem.tremplin.shared.ui.PeriodPicker;

/**
 * The supervisors' cockpit, in four tabs: each process's diagram with live counts and the history
 * heatmap (click an activity for its waiting cases); overdue tasks with hand-over, and courses without
 * progress; open incidents with retry; the team's workload. Every table downloads as CSV.
 */
@Route("cockpit")
@Menu(order = 4, title = "nav.cockpit", icon = "vaadin:dashboard")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class CockpitView extends VerticalLayout implements HasDynamicTitle {

    static final String CAMUNDA_COCKPIT_PROCESS = "/camunda/app/cockpit/default/#/processes";
    static final String DEFAULT_PROCESS = OnboardingProcess.KEY;
    static final String JOBSEEKER_FILE = "jobseeker/";
    /** The heatmap's default period: the last 30 days, a month of the pilot's monthly figures. */
    static final int DEFAULT_DAYS = 30;

    private final transient ProcessMap map;
    private final transient OverdueWork overdueWork;
    private final transient Incidents incidentService;
    private final transient Clock clock;

    final TabSheet tabs = new TabSheet();

    final Grid<ProcessFigures> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Select<ProcessChoice> process = new Select<>();
    final PeriodPicker period;
    final DatePicker from;
    final DatePicker to;
    final ProcessMapDiagram diagram;
    final Grid<ActivityFigures> activities = new Grid<>();
    final H3 casesTitle = new H3();
    final Grid<WaitingCase> cases = new Grid<>();
    ProcessMap.Picture picture;

    final ComboBox<Agency> overdueAgency = new ComboBox<>();
    final ComboBox<String> overdueCounsellor = new ComboBox<>();
    final Grid<OverdueTask> overdue = new Grid<>();
    final ComboBox<String> colleague = new ComboBox<>();
    final Button handOver = new Button();
    final Grid<StalledCourse> stalled = new Grid<>();

    final Grid<OpenIncident> incidents = new Grid<>();
    final Button retrySelected = new Button();

    final Grid<TeamWorkload.Line> workload = new Grid<>();

    CockpitView(ProcessOverview overview, TeamWorkload team, ProcessMap map, OverdueWork overdueWork, Incidents incidents,
            Clock clock) {
        this.clock = clock;
        this.map = map;
        this.overdueWork = overdueWork;
        this.incidentService = incidents;
        this.diagram = new ProcessMapDiagram(getTranslation("cockpit.map.diagram"), this::selectActivity);
        LocalDate today = LocalDate.now(clock);
        this.period = new PeriodPicker("cockpit", today.minusDays(DEFAULT_DAYS - 1L), today, today);
        this.from = period.from;
        this.to = period.to;
        setWidthFull();
        Anchor camunda = new Anchor(CAMUNDA_COCKPIT_PROCESS, getTranslation("cockpit.open-in-camunda"));
        camunda.setId("open-camunda-cockpit");
        add(new H2(getTranslation("cockpit.title")), new Paragraph(getTranslation("cockpit.intro")));
        tabs.setWidthFull();
        tabs.setId("cockpit-tabs");
        tabs.add(getTranslation("cockpit.tab.processes"), processesTab(overview));
        tabs.add(getTranslation("cockpit.tab.overdue"), overdueTab());
        tabs.add(getTranslation("cockpit.tab.incidents"), incidentsTab());
        tabs.add(getTranslation("cockpit.tab.workload"), workloadTab(team));
        add(tabs, camunda);
    }

    // ---- processes: overview, diagram with live counts and heatmap, cases at an activity

    private Component processesTab(ProcessOverview overview) {
        grid.setId("cockpit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("cockpit.title"));
        grid.addColumn(p -> p.name() == null ? p.key() : p.name()).setHeader(getTranslation("cockpit.column.process"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(ProcessFigures::runningCases).setHeader(getTranslation("cockpit.column.running")).setAutoWidth(true);
        grid.addColumn(ProcessFigures::openTasks).setHeader(getTranslation("cockpit.column.tasks")).setAutoWidth(true);
        grid.addColumn(ProcessFigures::incidents).setHeader(getTranslation("cockpit.column.incidents")).setAutoWidth(true);
        List<ProcessFigures> processes = overview.processes();
        grid.setItems(processes);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("cockpit.empty"));
        grid.setVisible(!processes.isEmpty());
        empty.setVisible(processes.isEmpty());

        process.setId("cockpit-process");
        process.setLabel(getTranslation("cockpit.map.process"));
        process.setItemLabelGenerator(ProcessChoice::name);
        List<ProcessChoice> choices = map.processes();
        process.setItems(choices);
        HorizontalLayout choose = new HorizontalLayout(process, from, to);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choose.setWrap(true);

        activities.setId("cockpit-activities");
        activities.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        activities.setAriaLabel(getTranslation("cockpit.map.activities"));
        activities.addColumn(ActivityFigures::name).setHeader(getTranslation("cockpit.map.activity")).setAutoWidth(true)
                .setFlexGrow(2);
        activities.addColumn(ActivityFigures::waiting).setHeader(getTranslation("cockpit.map.waiting")).setAutoWidth(true);
        activities.addColumn(ActivityFigures::overdue).setHeader(getTranslation("cockpit.map.overdue")).setAutoWidth(true);
        activities.addColumn(ActivityFigures::passed).setHeader(getTranslation("cockpit.map.passed")).setAutoWidth(true);
        activities.addColumn(a -> ProcessMap.shortDuration(a.medianTime())).setHeader(getTranslation("cockpit.map.median"))
                .setAutoWidth(true);
        activities.setAllRowsVisible(true);
        activities.addItemClickListener(click -> selectActivity(click.getItem().activityId()));
        activities.addSelectionListener(selection -> selection.getFirstSelectedItem()
                .ifPresent(activity -> selectActivity(activity.activityId())));

        cases.setId("cockpit-cases");
        cases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        cases.setAriaLabel(getTranslation("cockpit.cases"));
        cases.addComponentColumn(c -> fileLink(c.registrationNumber())).setHeader(getTranslation("cockpit.column.case"))
                .setAutoWidth(true);
        cases.addColumn(WaitingCase::jobseekerName).setHeader(getTranslation("cockpit.column.jobseeker")).setAutoWidth(true);
        cases.addColumn(c -> date(c.since())).setHeader(getTranslation("cockpit.cases.since")).setAutoWidth(true);
        cases.addColumn(c -> c.assignee() == null ? "" : c.assignee()).setHeader(getTranslation("cockpit.column.assignee"))
                .setAutoWidth(true);
        cases.addColumn(c -> date(c.due())).setHeader(getTranslation("cockpit.column.due")).setAutoWidth(true);
        cases.setAllRowsVisible(true);
        cases.setVisible(false);
        casesTitle.setVisible(false);
        casesTitle.setId("cockpit-cases-title");

        Anchor activitiesCsv = CsvDownload.link(getTranslation("cockpit.csv"), "activities.csv", this::activitiesCsv);
        activitiesCsv.setId("cockpit-activities-csv");
        VerticalLayout tab = new VerticalLayout(empty, grid, new H3(getTranslation("cockpit.map.title")),
                new Paragraph(getTranslation("cockpit.map.intro")), choose, diagram, legend(), activities, activitiesCsv,
                casesTitle, cases);
        tab.setPadding(false);
        process.addValueChangeListener(change -> showProcess());
        period.onChange(this::showProcess);
        choices.stream().filter(choice -> choice.key().equals(DEFAULT_PROCESS)).findFirst()
                .or(() -> choices.stream().findFirst()).ifPresent(process::setValue);
        return tab;
    }

    private Component legend() {
        HorizontalLayout legend = new HorizontalLayout();
        legend.setSpacing(false);
        legend.getStyle().set("gap", "var(--lumo-space-s)").set("font-size", "var(--lumo-font-size-s)");
        legend.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        legend.setWrap(true);
        legend.add(new Span(getTranslation("cockpit.map.legend")));
        String[] colours = { "#fff7e6", "#ffe0b2", "#ffb74d", "#f57c00", "#b34700" };
        for (int level = 0; level < colours.length; level++) {
            Div box = new Div();
            box.getStyle().set("width", "1.5rem").set("height", "0.9rem").set("background", colours[level])
                    .set("border", "1px solid var(--lumo-contrast-30pct)");
            legend.add(box, new Span(getTranslation("cockpit.map.legend." + level)));
        }
        legend.add(new Span(getTranslation("cockpit.map.legend.badge")));
        return legend;
    }

    void showProcess() {
        cases.setVisible(false);
        casesTitle.setVisible(false);
        if (process.getValue() == null || !period.valid()) {
            return;
        }
        picture = map.picture(process.getValue().key(), from.getValue(), to.getValue()).orElse(null);
        if (picture == null) {
            activities.setItems(List.of());
            return;
        }
        diagram.show(picture);
        activities.setItems(picture.activities());
    }

    void selectActivity(String activityId) {
        if (picture == null) {
            return;
        }
        ActivityFigures activity = picture.activities().stream().filter(a -> a.activityId().equals(activityId))
                .findFirst().orElse(null);
        if (activity == null) {
            return;
        }
        List<WaitingCase> waiting = map.waitingAt(picture.processKey(), activityId);
        int total = map.waitingCount(picture.processKey(), activityId);
        casesTitle.setText(waiting.isEmpty() ? getTranslation("cockpit.cases.none", activity.name())
                : total > waiting.size() ? getTranslation("cockpit.cases.some", activity.name(), waiting.size(), total)
                        : getTranslation("cockpit.cases.title", activity.name(), total));
        casesTitle.setVisible(true);
        cases.setItems(waiting);
        cases.setVisible(!waiting.isEmpty());
    }

    private List<List<String>> activitiesCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("process", "activity_id", "activity", "waiting", "overdue", "passed", "median_hours", "from", "to"));
        if (picture != null) {
            picture.activities().forEach(a -> rows.add(List.of(picture.processKey(), a.activityId(), a.name(),
                    String.valueOf(a.waiting()), String.valueOf(a.overdue()), String.valueOf(a.passed()),
                    a.medianTime() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", a.medianTime().toMinutes() / 60.0),
                    picture.from().toString(), picture.to().toString())));
        }
        return rows;
    }

    // ---- overdue and at-risk work

    private Component overdueTab() {
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

        overdue.setId("cockpit-overdue");
        overdue.setSelectionMode(Grid.SelectionMode.MULTI);
        overdue.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        overdue.setAriaLabel(getTranslation("cockpit.overdue.title"));
        overdue.addColumn(OverdueTask::taskName).setHeader(getTranslation("cockpit.column.task")).setAutoWidth(true);
        overdue.addComponentColumn(t -> fileLink(t.registrationNumber())).setHeader(getTranslation("cockpit.column.case"))
                .setAutoWidth(true);
        overdue.addColumn(OverdueTask::jobseekerName).setHeader(getTranslation("cockpit.column.jobseeker")).setAutoWidth(true);
        overdue.addColumn(t -> t.agency() == null ? "" : t.agency().displayName())
                .setHeader(getTranslation("cockpit.workload.agency")).setAutoWidth(true);
        overdue.addColumn(t -> t.assignee() == null ? getTranslation("cockpit.overdue.unassigned") : t.assignee())
                .setHeader(getTranslation("cockpit.column.assignee")).setAutoWidth(true);
        overdue.addColumn(t -> date(t.due())).setHeader(getTranslation("cockpit.column.due")).setAutoWidth(true);
        overdue.addColumn(t -> date(t.followUp())).setHeader(getTranslation("cockpit.column.follow-up")).setAutoWidth(true);
        overdue.addColumn(t -> getTranslation("cockpit.workload.days", t.late(now()).toDays()))
                .setHeader(getTranslation("cockpit.overdue.late")).setAutoWidth(true);
        overdue.setAllRowsVisible(true);
        overdue.addSelectionListener(selection -> colleaguesFor(selection.getAllSelectedItems()));

        colleague.setId("overdue-colleague");
        colleague.setLabel(getTranslation("cockpit.overdue.colleague"));
        colleague.setEnabled(false);
        handOver.setId("overdue-hand-over");
        handOver.setText(getTranslation("cockpit.overdue.hand-over"));
        handOver.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        handOver.setEnabled(false);
        handOver.setDisableOnClick(true);
        colleague.addValueChangeListener(change -> handOver.setEnabled(change.getValue() != null
                && !overdue.getSelectedItems().isEmpty()));
        handOver.addClickListener(click -> handOverSelected());
        HorizontalLayout actions = new HorizontalLayout(overdueAgency, overdueCounsellor, colleague, handOver);
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        stalled.setId("cockpit-stalled");
        stalled.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        stalled.setAriaLabel(getTranslation("cockpit.stalled.title"));
        stalled.addComponentColumn(c -> fileLink(c.registrationNumber())).setHeader(getTranslation("cockpit.column.case"))
                .setAutoWidth(true);
        stalled.addColumn(StalledCourse::jobseekerName).setHeader(getTranslation("cockpit.column.jobseeker")).setAutoWidth(true);
        stalled.addColumn(c -> c.agency() == null ? "" : c.agency().displayName())
                .setHeader(getTranslation("cockpit.workload.agency")).setAutoWidth(true);
        stalled.addColumn(StalledCourse::courseId).setHeader(getTranslation("cockpit.stalled.course")).setAutoWidth(true);
        stalled.addColumn(c -> date(c.lastProgress())).setHeader(getTranslation("cockpit.stalled.last")).setAutoWidth(true);
        stalled.addColumn(c -> getTranslation("cockpit.workload.days", c.days()))
                .setHeader(getTranslation("cockpit.stalled.without")).setAutoWidth(true);
        stalled.addColumn(c -> getTranslation("cockpit.stalled.threshold." + c.threshold()))
                .setHeader(getTranslation("cockpit.stalled.stage")).setAutoWidth(true);
        stalled.setAllRowsVisible(true);

        overdueCsv = CsvDownload.link(getTranslation("cockpit.csv"), "overdue-tasks.csv", this::overdueCsv);
        overdueCsv.setId("cockpit-overdue-csv");
        stalledCsv = CsvDownload.link(getTranslation("cockpit.csv"), "courses-without-progress.csv", this::stalledCsv);
        stalledCsv.setId("cockpit-stalled-csv");
        VerticalLayout tab = new VerticalLayout(new H3(getTranslation("cockpit.overdue.title")),
                new Paragraph(getTranslation("cockpit.overdue.intro")), actions, overdueEmpty, overdue, overdueCsv,
                new H3(getTranslation("cockpit.stalled.title")), new Paragraph(getTranslation("cockpit.stalled.intro")),
                stalledEmpty, stalled, stalledCsv);
        tab.setPadding(false);
        refreshOverdue();
        refreshStalled();
        return tab;
    }

    final Paragraph overdueEmpty = new Paragraph();
    private Anchor overdueCsv;
    private Anchor stalledCsv;
    private Anchor incidentsCsv;
    final Paragraph stalledEmpty = new Paragraph();

    private List<OverdueTask> overdueTasks = List.of();

    void refreshOverdue() {
        overdueTasks = overdueWork.overdueTasks(overdueAgency.getValue());
        String counsellor = overdueCounsellor.getValue();
        List<String> counsellors = overdueTasks.stream().map(OverdueTask::assignee).filter(a -> a != null).distinct()
                .sorted().toList();
        overdueCounsellor.setItems(counsellors);
        if (counsellor != null && counsellors.contains(counsellor)) {
            overdueCounsellor.setValue(counsellor);
        }
        showOverdue();
    }

    /** The overdue tasks of the chosen agency, and of the chosen counsellor if any. */
    private List<OverdueTask> shownOverdue() {
        String counsellor = overdueCounsellor.getValue();
        return overdueTasks.stream().filter(t -> counsellor == null || counsellor.equals(t.assignee())).toList();
    }

    private void showOverdue() {
        List<OverdueTask> tasks = shownOverdue();
        overdue.setItems(tasks);
        overdue.setVisible(!tasks.isEmpty());
        overdueEmpty.setText(getTranslation("cockpit.overdue.empty"));
        overdueEmpty.setVisible(tasks.isEmpty());
        overdueCsv.setVisible(!tasks.isEmpty());
        colleaguesFor(Set.of());
    }

    private void refreshStalled() {
        List<StalledCourse> courses = overdueWork.stalledCourses();
        stalled.setItems(courses);
        stalled.setVisible(!courses.isEmpty());
        stalledEmpty.setText(getTranslation("cockpit.stalled.empty"));
        stalledEmpty.setVisible(courses.isEmpty());
        stalledCsv.setVisible(!courses.isEmpty());
    }

    private void colleaguesFor(Set<OverdueTask> selected) {
        List<Agency> agencies = selected.stream().map(OverdueTask::agency).filter(a -> a != null).distinct().toList();
        List<String> names = agencies.stream().flatMap(agency -> overdueWork.colleagues(agency).stream()).distinct()
                .sorted().toList();
        colleague.setItems(names);
        colleague.setEnabled(!names.isEmpty());
        colleague.setHelperText(agencies.size() > 1 ? getTranslation("cockpit.overdue.several-agencies") : null);
        handOver.setEnabled(colleague.getValue() != null && !selected.isEmpty());
    }

    void handOverSelected() {
        String to = colleague.getValue();
        List<String> ids = overdue.getSelectedItems().stream().map(OverdueTask::taskId).toList();
        if (to == null || ids.isEmpty()) {
            handOver.setEnabled(false);
            return;
        }
        List<TaskActions.Result> results = overdueWork.handOver(ids, to);
        long done = results.stream().filter(TaskActions.Result::done).count();
        Notification note = Notification.show(done == results.size()
                ? getTranslation("cockpit.overdue.handed-over", done, to)
                : getTranslation("cockpit.overdue.handed-over-partly", done, results.size(), to));
        note.addThemeVariants(done == results.size() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        colleague.clear();
        refreshOverdue();
    }

    private List<List<String>> overdueCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("task", "case", "jobseeker", "agency", "assignee", "due", "follow_up", "days_late"));
        shownOverdue().forEach(t -> rows.add(List.of(t.taskName(), nz(t.registrationNumber()),
                nz(t.jobseekerName()), t.agency() == null ? "" : t.agency().code(), nz(t.assignee()), iso(t.due()),
                iso(t.followUp()), String.valueOf(t.late(now()).toDays()))));
        return rows;
    }

    private List<List<String>> stalledCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("case", "jobseeker", "agency", "course", "last_progress", "days_without_progress", "threshold_days"));
        overdueWork.stalledCourses().forEach(c -> rows.add(List.of(nz(c.registrationNumber()), nz(c.jobseekerName()),
                c.agency() == null ? "" : c.agency().code(), nz(c.courseId()), iso(c.lastProgress()), String.valueOf(c.days()),
                String.valueOf(c.threshold()))));
        return rows;
    }

    // ---- incidents

    final Paragraph incidentsEmpty = new Paragraph();

    private Component incidentsTab() {
        incidents.setId("cockpit-incidents");
        incidents.setSelectionMode(Grid.SelectionMode.MULTI);
        incidents.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        incidents.setAriaLabel(getTranslation("cockpit.incidents.title"));
        incidents.addColumn(i -> date(i.at())).setHeader(getTranslation("cockpit.incidents.at")).setAutoWidth(true);
        incidents.addColumn(i -> nz(i.processKey()) + " · " + nz(i.activityId())).setHeader(getTranslation("cockpit.incidents.where"))
                .setAutoWidth(true);
        incidents.addComponentColumn(i -> fileLink(i.registrationNumber())).setHeader(getTranslation("cockpit.column.case"))
                .setAutoWidth(true);
        incidents.addColumn(OpenIncident::jobseekerName).setHeader(getTranslation("cockpit.column.jobseeker")).setAutoWidth(true);
        incidents.addColumn(OpenIncident::message).setHeader(getTranslation("cockpit.incidents.message")).setFlexGrow(3);
        incidents.addComponentColumn(i -> {
            Button retry = new Button(getTranslation("cockpit.incidents.retry"), click -> retry(List.of(i.id())));
            retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
            retry.setEnabled(i.retryable());
            retry.setDisableOnClick(true);
            retry.getElement().setAttribute("aria-label", getTranslation("cockpit.incidents.retry.label", nz(i.activityId()),
                    nz(i.registrationNumber())));
            return retry;
        }).setHeader(getTranslation("cockpit.incidents.action")).setAutoWidth(true).setFrozenToEnd(true);
        incidents.setAllRowsVisible(true);
        incidents.addSelectionListener(selection -> retrySelected.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        retrySelected.setId("incidents-retry-selected");
        retrySelected.setText(getTranslation("cockpit.incidents.retry-selected"));
        retrySelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retrySelected.setEnabled(false);
        retrySelected.setDisableOnClick(true);
        retrySelected.addClickListener(click -> retry(incidents.getSelectedItems().stream().map(OpenIncident::id).toList()));
        incidentsCsv = CsvDownload.link(getTranslation("cockpit.csv"), "incidents.csv", this::incidentsCsv);
        incidentsCsv.setId("cockpit-incidents-csv");
        VerticalLayout tab = new VerticalLayout(new H3(getTranslation("cockpit.incidents.title")),
                new Paragraph(getTranslation("cockpit.incidents.intro")), retrySelected, incidentsEmpty, incidents, incidentsCsv);
        tab.setPadding(false);
        refreshIncidents();
        return tab;
    }

    void refreshIncidents() {
        List<OpenIncident> open = incidentService.open();
        incidents.setItems(open);
        incidents.setVisible(!open.isEmpty());
        incidentsEmpty.setText(getTranslation("cockpit.incidents.empty"));
        incidentsEmpty.setVisible(open.isEmpty());
        incidentsCsv.setVisible(!open.isEmpty());
        retrySelected.setVisible(!open.isEmpty());
        retrySelected.setEnabled(false);
    }

    void retry(List<String> ids) {
        List<Incidents.Retry> results = incidentService.retry(ids);
        long done = results.stream().filter(Incidents.Retry::done).count();
        Notification note = Notification.show(done == results.size() ? getTranslation("cockpit.incidents.retried", done)
                : getTranslation("cockpit.incidents.retried-partly", done, results.size(),
                        results.stream().filter(r -> !r.done()).map(Incidents.Retry::problem).findFirst().orElse("")));
        note.addThemeVariants(done == results.size() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        refreshIncidents();
    }

    private List<List<String>> incidentsCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("time", "type", "process", "activity", "case", "jobseeker", "message"));
        incidentService.open().forEach(i -> rows.add(List.of(iso(i.at()), nz(i.type()), nz(i.processKey()), nz(i.activityId()),
                nz(i.registrationNumber()), nz(i.jobseekerName()), nz(i.message()))));
        return rows;
    }

    // ---- team workload

    private Component workloadTab(TeamWorkload team) {
        workload.setId("cockpit-workload");
        workload.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        workload.setAriaLabel(getTranslation("cockpit.workload"));
        workload.addColumn(line -> line.agency() == null ? getTranslation("cockpit.workload.no-agency") : line.agency().displayName())
                .setHeader(getTranslation("cockpit.workload.agency")).setAutoWidth(true);
        workload.addColumn(line -> line.counsellor() == null ? getTranslation("cockpit.workload.unassigned") : line.counsellor())
                .setHeader(getTranslation("cockpit.workload.counsellor")).setAutoWidth(true);
        workload.addColumn(TeamWorkload.Line::openTasks).setHeader(getTranslation("cockpit.workload.open")).setAutoWidth(true);
        workload.addColumn(TeamWorkload.Line::overdue).setHeader(getTranslation("cockpit.workload.overdue")).setAutoWidth(true);
        workload.addColumn(line -> getTranslation("cockpit.workload.days", line.oldest().toDays()))
                .setHeader(getTranslation("cockpit.workload.oldest")).setAutoWidth(true);
        List<TeamWorkload.Line> lines = team.lines();
        workload.setItems(lines);
        workload.setAllRowsVisible(true);
        Paragraph none = new Paragraph(getTranslation("cockpit.workload.empty"));
        none.setVisible(lines.isEmpty());
        workload.setVisible(!lines.isEmpty());
        Anchor csv = CsvDownload.link(getTranslation("cockpit.csv"), "team-workload.csv", () -> {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("agency", "counsellor", "open_tasks", "overdue", "oldest_days"));
            team.lines().forEach(line -> rows.add(List.of(line.agency() == null ? "" : line.agency().code(),
                    nz(line.counsellor()), String.valueOf(line.openTasks()), String.valueOf(line.overdue()),
                    String.valueOf(line.oldest().toDays()))));
            return rows;
        });
        csv.setId("cockpit-workload-csv");
        VerticalLayout tab = new VerticalLayout(new H3(getTranslation("cockpit.workload")),
                new Paragraph(getTranslation("cockpit.workload.intro")), none, workload, csv);
        tab.setPadding(false);
        return tab;
    }

    // ---- helpers

    private Component fileLink(String registrationNumber) {
        if (registrationNumber == null) {
            return new Span();
        }
        // the jobseeker's file (inbox module's route "jobseeker/<number>"), followed by Vaadin's router
        return new Anchor(JOBSEEKER_FILE + java.net.URLEncoder.encode(registrationNumber, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20"), registrationNumber);
    }

    private String date(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(getLocale())
                .format(instant.atZone(ProcessMap.LUXEMBOURG));
    }

    private static String iso(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private Instant now() {
        return clock.instant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cockpit.title") + " · Tremplin";
    }
}
