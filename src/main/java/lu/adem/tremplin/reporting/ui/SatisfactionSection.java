package lu.adem.tremplin.reporting.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import lu.adem.tremplin.reporting.Satisfaction;
import lu.adem.tremplin.reporting.Satisfaction.Figures;
import lu.adem.tremplin.reporting.Satisfaction.Group;
import lu.adem.tremplin.reporting.ui.SatisfactionLabels.By;
import lu.adem.tremplin.shared.ui.CsvDownload;

/**
 * The pilot review's satisfaction: the survey's answers given in the period, by route, agency or course type,
 * with its CSV. Aggregates only; a group of fewer than 5 answers reads "fewer than 5 answers"; comments are never
 * shown (they are personal data), and the section says so.
 */
class SatisfactionSection extends VerticalLayout {

    private final transient Satisfaction satisfaction;
    private final SatisfactionLabels labels = new SatisfactionLabels(this);

    final RadioButtonGroup<By> by = new RadioButtonGroup<>();
    final Grid<Group> groups = new Grid<>();
    final Anchor csv;
    Figures figures;

    SatisfactionSection(Satisfaction satisfaction) {
        this.satisfaction = satisfaction;
        setPadding(false);
        setId("pilot-review-satisfaction");
        by.setId("pilot-review-satisfaction-by");
        by.setLabel(getTranslation("pilot-review.by"));
        by.setItems(By.values());
        by.setItemLabelGenerator(
                b -> getTranslation("pilot-review.employment.by." + b.name().toLowerCase()));
        by.setValue(By.ROUTE);
        by.addValueChangeListener(change -> showRows());

        groups.setId("pilot-review-satisfaction-groups");
        groups.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        groups.setAriaLabel(getTranslation("pilot-review.satisfaction"));
        String[] headers = labels.headers();
        groups.addColumn(g -> labels.group(current(), g.group()))
                .setHeader(headers[0])
                .setAutoWidth(true)
                .setFlexGrow(2);
        for (int i = 1; i < headers.length; i++) {
            int cell = i - 1;
            groups.addColumn(g -> labels.cells(g).get(cell))
                    .setHeader(headers[i])
                    .setAutoWidth(true);
        }
        groups.setAllRowsVisible(true);
        csv = CsvDownload.link(
                getTranslation("cockpit.csv"), "pilot-satisfaction.csv", () -> SatisfactionLabels.csv(figures));
        csv.setId("pilot-review-satisfaction-csv");

        add(
                new H3(getTranslation("pilot-review.satisfaction")),
                new Paragraph(getTranslation("pilot-review.satisfaction.intro")),
                new Paragraph(getTranslation("pilot-review.satisfaction.privacy", Satisfaction.MIN_GROUP)),
                by,
                groups,
                csv);
    }

    private By current() {
        return by.getValue() == null ? By.ROUTE : by.getValue();
    }

    void show(java.time.LocalDate from, java.time.LocalDate to) {
        figures = satisfaction.figures(from, to);
        showRows();
    }

    private void showRows() {
        if (figures == null) {
            return;
        }
        List<Group> rows = new ArrayList<>(
                switch (current()) {
                    case ROUTE -> figures.byRoute();
                    case AGENCY -> figures.byAgency();
                    case COURSE_TYPE -> figures.byCourseType();
                });
        rows.add(figures.total());
        groups.setItems(rows);
    }
}
