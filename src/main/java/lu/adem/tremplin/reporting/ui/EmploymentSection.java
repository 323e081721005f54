package lu.adem.tremplin.reporting.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import lu.adem.tremplin.reporting.EmploymentAtSixMonths;
import lu.adem.tremplin.reporting.EmploymentAtSixMonths.Figures;
import lu.adem.tremplin.reporting.EmploymentAtSixMonths.Share;
import lu.adem.tremplin.reporting.PilotReview.Dimension;
import lu.adem.tremplin.shared.ui.CsvDownload;

/**
 * The pilot review's exit to employment 6 months after invitation, by agency, route or preferred course type,
 * beside the share among those who never activated their account; with its CSV. Says on screen who counts
 * (invited at least 6 months ago) and that the comparison is descriptive, not causal.
 */
class EmploymentSection extends VerticalLayout {

    /** How the section groups: agency, route, or the topic of the first course started. */
    enum By {
        AGENCY,
        ROUTE,
        COURSE_TYPE
    }

    private final transient EmploymentAtSixMonths employment;
    private final PilotLabels labels = new PilotLabels(this);

    final RadioButtonGroup<By> by = new RadioButtonGroup<>();
    final Paragraph who = new Paragraph();
    final Grid<Share> shares = new Grid<>();
    final Anchor csv;
    Figures figures;

    EmploymentSection(EmploymentAtSixMonths employment) {
        this.employment = employment;
        setPadding(false);
        setId("pilot-review-employment");
        by.setId("pilot-review-employment-by");
        by.setLabel(getTranslation("pilot-review.by"));
        by.setItems(By.values());
        by.setItemLabelGenerator(
                b -> getTranslation("pilot-review.employment.by." + b.name().toLowerCase()));
        by.setValue(By.AGENCY);
        by.addValueChangeListener(change -> showRows());
        who.setId("pilot-review-employment-who");

        shares.setId("pilot-review-employment-shares");
        shares.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        shares.setAriaLabel(getTranslation("pilot-review.employment"));
        shares.addColumn(s -> group(s.group()))
                .setHeader(getTranslation("pilot-review.group"))
                .setAutoWidth(true)
                .setFlexGrow(2);
        shares.addColumn(Share::invited)
                .setHeader(getTranslation("pilot-review.employment.counted"))
                .setAutoWidth(true);
        shares.addColumn(s -> s.employed() + " (" + labels.share(s.employedShare()) + ")")
                .setHeader(getTranslation("pilot-review.employment.employed"))
                .setAutoWidth(true);
        shares.addColumn(s -> labels.share(s.activatedShare()) + " (" + s.activated() + ")")
                .setHeader(getTranslation("pilot-review.employment.activated"))
                .setAutoWidth(true);
        shares.addColumn(s -> labels.share(s.neverActivatedShare()) + " (" + s.neverActivated() + ")")
                .setHeader(getTranslation("pilot-review.employment.never-activated"))
                .setAutoWidth(true);
        shares.setAllRowsVisible(true);
        csv = CsvDownload.link(getTranslation("cockpit.csv"), "pilot-employment.csv", () -> csv(figures));
        csv.setId("pilot-review-employment-csv");

        add(
                new H3(getTranslation("pilot-review.employment")),
                new Paragraph(getTranslation("pilot-review.employment.intro")),
                who,
                new Paragraph(getTranslation("pilot-review.employment.not-causal")),
                by,
                shares,
                csv);
    }

    void show(LocalDate from, LocalDate to) {
        figures = employment.figures(from, to);
        DateTimeFormatter date =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        who.setText(getTranslation("pilot-review.employment.who", date.format(figures.invitedBy())));
        showRows();
    }

    private void showRows() {
        if (figures == null) {
            return;
        }
        List<Share> rows = new ArrayList<>(
                switch (by.getValue() == null ? By.AGENCY : by.getValue()) {
                    case AGENCY -> figures.byAgency();
                    case ROUTE -> figures.byRoute();
                    case COURSE_TYPE -> figures.byCourseType();
                });
        rows.add(figures.total());
        shares.setItems(rows);
    }

    private String group(String group) {
        if (EmploymentAtSixMonths.NO_COURSE.equals(group) && by.getValue() == By.COURSE_TYPE) {
            return getTranslation("pilot-review.employment.no-course");
        }
        return switch (by.getValue() == null ? By.AGENCY : by.getValue()) {
            case AGENCY -> labels.group(Dimension.AGENCY, group);
            case ROUTE -> labels.group(Dimension.ROUTE, group);
            case COURSE_TYPE ->
                group.isEmpty() || "unknown".equals(group) ? labels.group(Dimension.AGENCY, group) : group;
        };
    }

    /** The CSV of the figure, in total, by agency, by route and by course type: aggregates only. */
    static List<List<String>> csv(Figures figures) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(
                "from",
                "to",
                "invited_on_or_before",
                "dimension",
                "group",
                "invited",
                "employed_at_6_months",
                "employed_share",
                "activated",
                "activated_employed",
                "activated_employed_share",
                "never_activated",
                "never_activated_employed",
                "never_activated_employed_share"));
        add(rows, figures, "total", List.of(figures.total()));
        add(rows, figures, "agency", figures.byAgency());
        add(rows, figures, "route", figures.byRoute());
        add(rows, figures, "course_type", figures.byCourseType());
        return rows;
    }

    private static void add(List<List<String>> rows, Figures figures, String dimension, List<Share> shares) {
        for (Share s : shares) {
            rows.add(List.of(
                    figures.from().toString(),
                    figures.to().toString(),
                    figures.invitedBy().toString(),
                    dimension,
                    s.group(),
                    String.valueOf(s.invited()),
                    String.valueOf(s.employed()),
                    PilotLabels.csvShare(s.employedShare()),
                    String.valueOf(s.activated()),
                    String.valueOf(s.employed() - s.neverActivatedEmployed()),
                    PilotLabels.csvShare(s.activatedShare()),
                    String.valueOf(s.neverActivated()),
                    String.valueOf(s.neverActivatedEmployed()),
                    PilotLabels.csvShare(s.neverActivatedShare())));
        }
    }
}
