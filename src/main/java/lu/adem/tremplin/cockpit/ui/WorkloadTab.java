package lu.adem.tremplin.cockpit.ui;

import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import lu.adem.tremplin.cockpit.TeamWorkload;
import lu.adem.tremplin.ownership.Absence;
import lu.adem.tremplin.ownership.Absences;
import lu.adem.tremplin.shared.DayFirst;
import lu.adem.tremplin.shared.ui.CsvDownload;

/** The cockpit's workload tab: open and overdue tasks per counsellor, and each agency's unassigned ones. */
class WorkloadTab extends VerticalLayout {

    private final transient TeamWorkload team;
    final Grid<TeamWorkload.Line> workload = new Grid<>();
    final Grid<Absence> absent = new Grid<>();

    WorkloadTab(TeamWorkload team, Absences absences) {
        this.team = team;
        setPadding(false);
        workload.setId("cockpit-workload");
        workload.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        workload.setAriaLabel(getTranslation("cockpit.workload"));
        workload.addColumn(line -> line.agency() == null
                        ? getTranslation("cockpit.workload.no-agency")
                        : line.agency().displayName())
                .setHeader(getTranslation("cockpit.workload.agency"))
                .setAutoWidth(true);
        List<Absence> current = absences.current();
        workload.addColumn(line -> line.counsellor() == null
                        ? getTranslation("cockpit.workload.unassigned")
                        : current.stream().anyMatch(a -> a.counsellor().equals(line.counsellor()))
                                ? getTranslation("cockpit.workload.absent", line.counsellor())
                                : line.counsellor())
                .setHeader(getTranslation("cockpit.workload.counsellor"))
                .setAutoWidth(true);
        workload.addColumn(TeamWorkload.Line::openTasks)
                .setHeader(getTranslation("cockpit.workload.open"))
                .setAutoWidth(true);
        workload.addColumn(TeamWorkload.Line::overdue)
                .setHeader(getTranslation("cockpit.workload.overdue"))
                .setAutoWidth(true);
        workload.addColumn(line ->
                        getTranslation("cockpit.workload.days", line.oldest().toDays()))
                .setHeader(getTranslation("cockpit.workload.oldest"))
                .setAutoWidth(true);
        List<TeamWorkload.Line> lines = team.lines();
        workload.setItems(lines);
        workload.setAllRowsVisible(true);
        Paragraph none = new Paragraph(getTranslation("cockpit.workload.empty"));
        none.setVisible(lines.isEmpty());
        workload.setVisible(!lines.isEmpty());
        Anchor csv = CsvDownload.link(getTranslation("cockpit.csv"), "team-workload.csv", this::csv);
        csv.setId("cockpit-workload-csv");
        add(
                new H3(getTranslation("cockpit.workload")),
                new Paragraph(getTranslation("cockpit.workload.intro")),
                none,
                workload,
                csv,
                new H3(getTranslation("cockpit.absences")),
                absences(current));
    }

    /** Who is away today and who covers: the hand-overs a supervisor should know of. */
    private VerticalLayout absences(List<Absence> current) {
        absent.setId("cockpit-absences");
        absent.setAriaLabel(getTranslation("cockpit.absences"));
        absent.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        absent.addColumn(absence ->
                        absence.agency() == null ? "" : absence.agency().displayName())
                .setHeader(getTranslation("cockpit.workload.agency"))
                .setAutoWidth(true);
        absent.addColumn(Absence::counsellor)
                .setHeader(getTranslation("cockpit.workload.counsellor"))
                .setAutoWidth(true);
        absent.addColumn(Absence::coveredBy)
                .setHeader(getTranslation("absences.colleague"))
                .setAutoWidth(true);
        var format = DayFirst.date(FormatStyle.MEDIUM, getLocale());
        absent.addColumn(absence -> format.format(absence.lastDay()))
                .setHeader(getTranslation("cockpit.absences.until"))
                .setAutoWidth(true);
        absent.setItems(current);
        absent.setAllRowsVisible(true);
        absent.setVisible(!current.isEmpty());
        Paragraph nobody = new Paragraph(getTranslation("cockpit.absences.none"));
        nobody.setId("cockpit-absences-none");
        nobody.setVisible(current.isEmpty());
        Anchor manage = new Anchor("absences", getTranslation("cockpit.absences.manage"));
        VerticalLayout section = new VerticalLayout(nobody, absent, manage);
        section.setPadding(false);
        return section;
    }

    private List<List<String>> csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("agency", "counsellor", "open_tasks", "overdue", "oldest_days"));
        team.lines()
                .forEach(line -> rows.add(List.of(
                        line.agency() == null ? "" : line.agency().code(),
                        Cells.text(line.counsellor()),
                        String.valueOf(line.openTasks()),
                        String.valueOf(line.overdue()),
                        String.valueOf(line.oldest().toDays()))));
        return rows;
    }
}
