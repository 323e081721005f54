package lu.adem.tremplin.cockpit.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import lu.adem.tremplin.cockpit.ProcessOverview;
import lu.adem.tremplin.cockpit.ProcessOverview.ProcessFigures;
import lu.adem.tremplin.shared.Roles;

/** Supervisors' overview of the programme processes, with the way into Camunda Cockpit. */
@Route("cockpit")
@Menu(order = 4, title = "nav.cockpit", icon = "vaadin:dashboard")
@RolesAllowed({ Roles.SUPERVISOR, Roles.ADMIN })
public class CockpitView extends VerticalLayout implements HasDynamicTitle {

    static final String CAMUNDA_COCKPIT_PROCESS = "/camunda/app/cockpit/default/#/processes";

    final Grid<ProcessFigures> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    CockpitView(ProcessOverview overview) {
        setSizeFull();
        grid.setId("cockpit-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("cockpit.title"));
        grid.addColumn(p -> p.name() == null ? p.key() : p.name()).setHeader(getTranslation("cockpit.column.process"))
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(ProcessFigures::runningCases).setHeader(getTranslation("cockpit.column.running")).setAutoWidth(true);
        grid.addColumn(ProcessFigures::openTasks).setHeader(getTranslation("cockpit.column.tasks")).setAutoWidth(true);
        grid.addColumn(ProcessFigures::incidents).setHeader(getTranslation("cockpit.column.incidents")).setAutoWidth(true);

        List<ProcessFigures> processes = overview.processes();
        grid.setItems(processes);
        empty.setText(getTranslation("cockpit.empty"));
        grid.setVisible(!processes.isEmpty());
        empty.setVisible(processes.isEmpty());
        grid.setAllRowsVisible(true);

        Anchor camunda = new Anchor(CAMUNDA_COCKPIT_PROCESS, getTranslation("cockpit.open-in-camunda"));
        camunda.setId("open-camunda-cockpit");
        add(new H2(getTranslation("cockpit.title")), new Paragraph(getTranslation("cockpit.intro")), empty, grid, camunda);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cockpit.title") + " · Tremplin";
    }
}
