package lu.adem.tremplin.reporting.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

import lu.adem.tremplin.reporting.Satisfaction;
import lu.adem.tremplin.reporting.Satisfaction.Figures;
import lu.adem.tremplin.reporting.Satisfaction.Group;
import lu.adem.tremplin.reporting.ui.SatisfactionLabels.By;

/** Satisfaction on the printable page: in total, by route and by agency, small groups hidden, no comment. */
final class SatisfactionPrint {

    private SatisfactionPrint() {}

    static List<Component> of(Component owner, Figures figures) {
        SatisfactionLabels labels = new SatisfactionLabels(owner);
        NativeTable table = new NativeTable();
        table.setId("pilot-summary-satisfaction");
        table.add(row(true, List.of(labels.headers())));
        table.add(row(By.ROUTE, figures.total(), labels));
        for (By by : List.of(By.ROUTE, By.AGENCY)) {
            NativeTableRow section = row(
                    true,
                    List.of(owner.getTranslation("pilot-review.by." + by.name().toLowerCase())));
            section.getElement().getChild(0).setAttribute("colspan", "6").setAttribute("scope", "colgroup");
            table.add(section);
            (by == By.ROUTE ? figures.byRoute() : figures.byAgency()).forEach(g -> table.add(row(by, g, labels)));
        }
        return List.of(
                new H2(owner.getTranslation("pilot-review.satisfaction")),
                new Paragraph(owner.getTranslation("pilot-review.satisfaction.privacy", Satisfaction.MIN_GROUP)),
                table);
    }

    private static NativeTableRow row(By by, Group group, SatisfactionLabels labels) {
        List<String> cells = new ArrayList<>();
        cells.add(labels.group(by, group.group()));
        cells.addAll(labels.cells(group));
        return row(false, cells);
    }

    private static NativeTableRow row(boolean header, List<String> cells) {
        NativeTableRow row = new NativeTableRow();
        for (String cell : cells) {
            if (header) {
                NativeTableHeaderCell th = new NativeTableHeaderCell(cell);
                th.getElement().setAttribute("scope", "col");
                row.add(th);
            } else {
                row.add(new NativeTableCell(cell));
            }
        }
        return row;
    }
}
