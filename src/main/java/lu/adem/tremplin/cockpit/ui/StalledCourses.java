package lu.adem.tremplin.cockpit.ui;

import static lu.adem.tremplin.cockpit.ui.Cells.iso;
import static lu.adem.tremplin.cockpit.ui.Cells.text;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import lu.adem.tremplin.cockpit.OverdueWork;
import lu.adem.tremplin.cockpit.OverdueWork.StalledCourse;
import lu.adem.tremplin.shared.ui.CsvDownload;

/** Followed courses without progress past a threshold, on the cockpit's overdue tab (and as CSV). */
class StalledCourses extends VerticalLayout {

    private final transient OverdueWork overdueWork;
    final Grid<StalledCourse> stalled = new Grid<>();
    final Paragraph stalledEmpty = new Paragraph();
    private final Anchor csv;

    StalledCourses(OverdueWork overdueWork, ApplicationEventPublisher events) {
        this.overdueWork = overdueWork;
        setPadding(false);
        stalled.setId("cockpit-stalled");
        stalled.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        stalled.setAriaLabel(getTranslation("cockpit.stalled.title"));
        stalled.addComponentColumn(c -> CockpitLinks.jobseekerFileLink(c.registrationNumber()))
                .setHeader(getTranslation("cockpit.column.case"))
                .setAutoWidth(true);
        stalled.addColumn(StalledCourse::jobseekerName)
                .setHeader(getTranslation("cockpit.column.jobseeker"))
                .setAutoWidth(true);
        stalled.addColumn(c -> c.agency() == null ? "" : c.agency().displayName())
                .setHeader(getTranslation("cockpit.workload.agency"))
                .setAutoWidth(true);
        stalled.addColumn(StalledCourse::courseId)
                .setHeader(getTranslation("cockpit.stalled.course"))
                .setAutoWidth(true);
        stalled.addColumn(c -> Cells.date(c.lastProgress(), getLocale()))
                .setHeader(getTranslation("cockpit.stalled.last"))
                .setAutoWidth(true);
        stalled.addColumn(c -> getTranslation("cockpit.workload.days", c.days()))
                .setHeader(getTranslation("cockpit.stalled.without"))
                .setAutoWidth(true);
        stalled.addColumn(c -> getTranslation("cockpit.stalled.threshold." + c.threshold()))
                .setHeader(getTranslation("cockpit.stalled.stage"))
                .setAutoWidth(true);
        stalled.setAllRowsVisible(true);
        csv = CsvDownload.namingJobseekers(
                getTranslation("cockpit.csv"),
                "courses-without-progress.csv",
                "cockpit/courses-without-progress.csv",
                "case",
                this::csv,
                events);
        csv.setId("cockpit-stalled-csv");
        add(
                new H3(getTranslation("cockpit.stalled.title")),
                new Paragraph(getTranslation("cockpit.stalled.intro")),
                stalledEmpty,
                stalled,
                csv);
        refresh();
    }

    void refresh() {
        List<StalledCourse> courses = overdueWork.stalledCourses();
        stalled.setItems(courses);
        stalled.setVisible(!courses.isEmpty());
        stalledEmpty.setText(getTranslation("cockpit.stalled.empty"));
        stalledEmpty.setVisible(courses.isEmpty());
        csv.setVisible(!courses.isEmpty());
    }

    private List<List<String>> csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "case", "jobseeker", "agency", "course", "last_progress", "days_without_progress", "threshold_days"));
        overdueWork
                .stalledCourses()
                .forEach(c -> rows.add(List.of(
                        text(c.registrationNumber()),
                        text(c.jobseekerName()),
                        c.agency() == null ? "" : c.agency().code(),
                        text(c.courseId()),
                        iso(c.lastProgress()),
                        String.valueOf(c.days()),
                        String.valueOf(c.threshold()))));
        return rows;
    }
}
