package lu.adem.tremplin.cockpit.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import lu.adem.tremplin.cockpit.ProcessOverview;
import lu.adem.tremplin.cockpit.TeamWorkload;
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

    final Grid<TeamWorkload.Line> workload = new Grid<>();

    CockpitView(ProcessOverview overview, TeamWorkload team) {
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
        addWorkload(team);
    }

    private void addWorkload(TeamWorkload team) {
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
        H3 title = new H3(getTranslation("cockpit.workload"));
        add(title, new Paragraph(getTranslation("cockpit.workload.intro")), none, workload);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cockpit.title") + " · Tremplin";
    }
}
