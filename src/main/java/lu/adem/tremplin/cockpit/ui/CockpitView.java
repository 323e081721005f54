package lu.adem.tremplin.cockpit.ui;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.context.ApplicationEventPublisher;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import lu.adem.tremplin.ownership.Absences;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;

/**
 * The supervisors' cockpit, in four tabs: each process's diagram with live counts and the history
 * heatmap, click an activity for its waiting cases ({@link ProcessMapTab}); overdue tasks with
 * hand-over, and courses without progress ({@link OverdueTab}); open incidents with retry
 * ({@link IncidentsTab}); the team's workload ({@link WorkloadTab}). Every table downloads as CSV.
 */
@Route("cockpit")
@Menu(order = 4, title = "nav.cockpit", icon = "vaadin:dashboard")
@RolesAllowed({Roles.SUPERVISOR, Roles.ADMIN})
public class CockpitView extends VerticalLayout implements HasDynamicTitle {

    final TabSheet tabs = new TabSheet();
    final ProcessMapTab processMapTab;
    final OverdueTab overdueTab;
    final IncidentsTab incidentsTab;
    final WorkloadTab workloadTab;

    // the tabs' parts that the view tests drive
    final Grid<ProcessFigures> grid;
    final Select<ProcessChoice> process;
    final DatePicker from;
    final DatePicker to;
    final Grid<ActivityFigures> activities;
    final H3 casesTitle;
    final Grid<WaitingCase> cases;
    final ComboBox<Agency> overdueAgency;
    final ComboBox<String> overdueCounsellor;
    final Grid<OverdueTask> overdue;
    final ComboBox<String> colleague;
    final Button handOver;
    final Grid<StalledCourse> stalled;
    final Grid<OpenIncident> incidents;
    final Button retrySelected;
    final Grid<TeamWorkload.Line> workload;

    CockpitView(
            ProcessOverview overview,
            TeamWorkload team,
            ProcessMap map,
            OverdueWork overdueWork,
            Incidents incidents,
            Absences absences,
            Clock clock,
            ApplicationEventPublisher events) {
        LocalDate today = LocalDate.now(clock);
        setWidthFull();
        add(new H2(getTranslation("cockpit.title")), new Paragraph(getTranslation("cockpit.intro")));
        processMapTab = new ProcessMapTab(overview, map, today);
        overdueTab = new OverdueTab(overdueWork, clock, events);
        incidentsTab = new IncidentsTab(incidents, events);
        workloadTab = new WorkloadTab(team, absences);
        tabs.setWidthFull();
        tabs.setId("cockpit-tabs");
        tabs.add(getTranslation("cockpit.tab.processes"), processMapTab);
        tabs.add(getTranslation("cockpit.tab.overdue"), overdueTab);
        tabs.add(getTranslation("cockpit.tab.incidents"), incidentsTab);
        tabs.add(getTranslation("cockpit.tab.workload"), workloadTab);
        Anchor camunda = new Anchor(CockpitLinks.CAMUNDA_COCKPIT_PROCESS, getTranslation("cockpit.open-in-camunda"));
        camunda.setId("open-camunda-cockpit");
        add(tabs, camunda);

        grid = processMapTab.grid;
        process = processMapTab.process;
        from = processMapTab.from;
        to = processMapTab.to;
        activities = processMapTab.activities;
        casesTitle = processMapTab.casesTitle;
        cases = processMapTab.cases;
        overdueAgency = overdueTab.overdueAgency;
        overdueCounsellor = overdueTab.overdueCounsellor;
        overdue = overdueTab.overdue;
        colleague = overdueTab.colleague;
        handOver = overdueTab.handOver;
        stalled = overdueTab.stalledCourses.stalled;
        this.incidents = incidentsTab.incidents;
        retrySelected = incidentsTab.retrySelected;
        workload = workloadTab.workload;
    }

    void selectActivity(String activityId) {
        processMapTab.selectActivity(activityId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cockpit.title") + " · Tremplin";
    }
}
