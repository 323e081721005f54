package lu.adem.tremplin.cockpit.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

import lu.adem.tremplin.cockpit.ProcessMap;
import lu.adem.tremplin.cockpit.ProcessMap.ActivityFigures;
import lu.adem.tremplin.cockpit.ProcessMap.ProcessChoice;
import lu.adem.tremplin.cockpit.ProcessMap.WaitingCase;
import lu.adem.tremplin.cockpit.ProcessOverview;
import lu.adem.tremplin.cockpit.ProcessOverview.ProcessFigures;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.ui.CsvDownload;
import lu.adem.tremplin.shared.ui.PeriodPicker;

/**
 * The cockpit's first tab: each process's running cases, open tasks and incidents; then one process's
 * diagram with live counts and the heatmap of a period, its activities as a table (and CSV), and the
 * cases waiting at the activity clicked in either.
 */
class ProcessMapTab extends VerticalLayout {

    static final String DEFAULT_PROCESS = OnboardingProcess.KEY;
    /** The heatmap's default period: the last 30 days, a month of the pilot's monthly figures. */
    static final int DEFAULT_DAYS = 30;

    private final transient ProcessMap map;

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

    ProcessMapTab(ProcessOverview overview, ProcessMap map, LocalDate today) {
        this.map = map;
        this.diagram = new ProcessMapDiagram(getTranslation("cockpit.map.diagram"), this::selectActivity);
        this.period = new PeriodPicker("cockpit", today.minusDays(DEFAULT_DAYS - 1L), today, today);
        this.from = period.from;
        this.to = period.to;
        setPadding(false);
        List<ProcessChoice> choices = map.processes(getLocale());
        overview(overview.processes(), choices);
        process.setId("cockpit-process");
        process.setLabel(getTranslation("cockpit.map.process"));
        process.setItemLabelGenerator(ProcessChoice::name);
        process.setItems(choices);
        HorizontalLayout choose = new HorizontalLayout(process, from, to);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choose.setWrap(true);
        activitiesGrid();
        casesGrid();
        Anchor activitiesCsv = CsvDownload.link(getTranslation("cockpit.csv"), "activities.csv", this::activitiesCsv);
        activitiesCsv.setId("cockpit-activities-csv");
        add(
                empty,
                grid,
                new H3(getTranslation("cockpit.map.title")),
                new Paragraph(getTranslation("cockpit.map.intro")),
                choose,
                diagram,
                new HeatLegend(),
                activities,
                activitiesCsv,
                casesTitle,
                cases);
        process.addValueChangeListener(change -> showProcess());
        period.onChange(this::showProcess);
        choices.stream()
                .filter(choice -> choice.key().equals(DEFAULT_PROCESS))
                .findFirst()
                .or(() -> choices.stream().findFirst())
                .ifPresent(process::setValue);
    }

    private void overview(List<ProcessFigures> processes, List<ProcessChoice> named) {
        Map<String, String> names = new HashMap<>();
        named.forEach(choice -> names.put(choice.key(), choice.name()));
        grid.setId("cockpit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("cockpit.title"));
        grid.addColumn(p -> names.getOrDefault(p.key(), p.name() == null ? p.key() : p.name()))
                .setHeader(getTranslation("cockpit.column.process"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        grid.addColumn(ProcessFigures::runningCases)
                .setHeader(getTranslation("cockpit.column.running"))
                .setAutoWidth(true);
        grid.addColumn(ProcessFigures::openTasks)
                .setHeader(getTranslation("cockpit.column.tasks"))
                .setAutoWidth(true);
        grid.addColumn(ProcessFigures::incidents)
                .setHeader(getTranslation("cockpit.column.incidents"))
                .setAutoWidth(true);
        grid.setItems(processes);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("cockpit.empty"));
        grid.setVisible(!processes.isEmpty());
        empty.setVisible(processes.isEmpty());
    }

    private void activitiesGrid() {
        activities.setId("cockpit-activities");
        activities.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        activities.setAriaLabel(getTranslation("cockpit.map.activities"));
        activities
                .addColumn(ActivityFigures::name)
                .setHeader(getTranslation("cockpit.map.activity"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        activities
                .addColumn(ActivityFigures::waiting)
                .setHeader(getTranslation("cockpit.map.waiting"))
                .setAutoWidth(true);
        activities
                .addColumn(ActivityFigures::overdue)
                .setHeader(getTranslation("cockpit.map.overdue"))
                .setAutoWidth(true);
        activities
                .addColumn(ActivityFigures::passed)
                .setHeader(getTranslation("cockpit.map.passed"))
                .setAutoWidth(true);
        activities
                .addColumn(a -> ProcessMap.shortDuration(a.medianTime()))
                .setHeader(getTranslation("cockpit.map.median"))
                .setAutoWidth(true);
        activities.setAllRowsVisible(true);
        activities.addItemClickListener(click -> selectActivity(click.getItem().activityId()));
        activities.addSelectionListener(selection ->
                selection.getFirstSelectedItem().ifPresent(activity -> selectActivity(activity.activityId())));
    }

    private void casesGrid() {
        cases.setId("cockpit-cases");
        cases.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        cases.setAriaLabel(getTranslation("cockpit.cases"));
        cases.addComponentColumn(c -> CockpitLinks.jobseekerFileLink(c.registrationNumber()))
                .setHeader(getTranslation("cockpit.column.case"))
                .setAutoWidth(true);
        cases.addColumn(WaitingCase::jobseekerName)
                .setHeader(getTranslation("cockpit.column.jobseeker"))
                .setAutoWidth(true);
        cases.addColumn(c -> Cells.date(c.since(), getLocale()))
                .setHeader(getTranslation("cockpit.cases.since"))
                .setAutoWidth(true);
        cases.addColumn(c -> c.assignee() == null ? "" : c.assignee())
                .setHeader(getTranslation("cockpit.column.assignee"))
                .setAutoWidth(true);
        cases.addColumn(c -> Cells.date(c.due(), getLocale()))
                .setHeader(getTranslation("cockpit.column.due"))
                .setAutoWidth(true);
        cases.setAllRowsVisible(true);
        cases.setVisible(false);
        casesTitle.setVisible(false);
        casesTitle.setId("cockpit-cases-title");
    }

    void showProcess() {
        cases.setVisible(false);
        casesTitle.setVisible(false);
        if (process.getValue() == null || !period.valid()) {
            return;
        }
        picture = map.picture(process.getValue().key(), from.getValue(), to.getValue(), getLocale())
                .orElse(null);
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
        ActivityFigures activity = picture.activities().stream()
                .filter(a -> a.activityId().equals(activityId))
                .findFirst()
                .orElse(null);
        if (activity == null) {
            return;
        }
        List<WaitingCase> waiting = map.waitingAt(picture.processKey(), activityId);
        int total = map.waitingCount(picture.processKey(), activityId);
        casesTitle.setText(
                waiting.isEmpty()
                        ? getTranslation("cockpit.cases.none", activity.name())
                        : total > waiting.size()
                                ? getTranslation("cockpit.cases.some", activity.name(), waiting.size(), total)
                                : getTranslation("cockpit.cases.title", activity.name(), total));
        casesTitle.setVisible(true);
        cases.setItems(waiting);
        cases.setVisible(!waiting.isEmpty());
    }

    private List<List<String>> activitiesCsv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "process", "activity_id", "activity", "waiting", "overdue", "passed", "median_hours", "from", "to"));
        if (picture != null) {
            picture.activities()
                    .forEach(a -> rows.add(List.of(
                            picture.processKey(),
                            a.activityId(),
                            a.name(),
                            String.valueOf(a.waiting()),
                            String.valueOf(a.overdue()),
                            String.valueOf(a.passed()),
                            a.medianTime() == null
                                    ? ""
                                    : String.format(
                                            Locale.ROOT, "%.1f", a.medianTime().toMinutes() / 60.0),
                            picture.from().toString(),
                            picture.to().toString())));
        }
        return rows;
    }
}
