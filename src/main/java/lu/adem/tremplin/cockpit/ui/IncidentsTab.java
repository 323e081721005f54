package lu.adem.tremplin.cockpit.ui;

import static lu.adem.tremplin.cockpit.ui.Cells.iso;
import static lu.adem.tremplin.cockpit.ui.Cells.text;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import lu.adem.tremplin.cockpit.Incidents;
import lu.adem.tremplin.cockpit.Incidents.OpenIncident;
import lu.adem.tremplin.shared.ui.CsvDownload;

/** The cockpit's incidents tab: open incidents with their case, retried one by one or all selected. */
class IncidentsTab extends VerticalLayout {

    private final transient Incidents incidentService;

    final Grid<OpenIncident> incidents = new Grid<>();
    final Paragraph incidentsEmpty = new Paragraph();
    final Button retrySelected = new Button();
    private final Anchor csv;

    IncidentsTab(Incidents incidentService, ApplicationEventPublisher events) {
        this.incidentService = incidentService;
        setPadding(false);
        grid();
        retrySelected.setId("incidents-retry-selected");
        retrySelected.setText(getTranslation("cockpit.incidents.retry-selected"));
        retrySelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        retrySelected.setEnabled(false);
        retrySelected.setDisableOnClick(true);
        retrySelected.addClickListener(click -> retry(
                incidents.getSelectedItems().stream().map(OpenIncident::id).toList()));
        csv = CsvDownload.namingJobseekers(
                getTranslation("cockpit.csv"), "incidents.csv", "cockpit/incidents.csv", "case", this::csv, events);
        csv.setId("cockpit-incidents-csv");
        add(
                new H3(getTranslation("cockpit.incidents.title")),
                new Paragraph(getTranslation("cockpit.incidents.intro")),
                retrySelected,
                incidentsEmpty,
                incidents,
                csv);
        refresh();
    }

    private void grid() {
        incidents.setId("cockpit-incidents");
        incidents.setSelectionMode(Grid.SelectionMode.MULTI);
        incidents.addThemeVariants(
                GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        incidents.setAriaLabel(getTranslation("cockpit.incidents.title"));
        incidents
                .addColumn(i -> Cells.date(i.at(), getLocale()))
                .setHeader(getTranslation("cockpit.incidents.at"))
                .setAutoWidth(true);
        incidents
                .addColumn(i -> text(i.processKey()) + " · " + text(i.activityId()))
                .setHeader(getTranslation("cockpit.incidents.where"))
                .setAutoWidth(true);
        incidents
                .addComponentColumn(i -> CockpitLinks.jobseekerFileLink(i.registrationNumber()))
                .setHeader(getTranslation("cockpit.column.case"))
                .setAutoWidth(true);
        incidents
                .addColumn(OpenIncident::jobseekerName)
                .setHeader(getTranslation("cockpit.column.jobseeker"))
                .setAutoWidth(true);
        incidents
                .addColumn(OpenIncident::message)
                .setHeader(getTranslation("cockpit.incidents.message"))
                .setFlexGrow(3);
        incidents
                .addComponentColumn(this::retryButton)
                .setHeader(getTranslation("cockpit.incidents.action"))
                .setAutoWidth(true)
                .setFrozenToEnd(true);
        incidents.setAllRowsVisible(true);
        incidents.addSelectionListener(selection ->
                retrySelected.setEnabled(!selection.getAllSelectedItems().isEmpty()));
    }

    private Button retryButton(OpenIncident incident) {
        Button retry = new Button(getTranslation("cockpit.incidents.retry"), click -> retry(List.of(incident.id())));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retry.setEnabled(incident.retryable());
        retry.setDisableOnClick(true);
        retry.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "cockpit.incidents.retry.label",
                                text(incident.activityId()),
                                text(incident.registrationNumber())));
        return retry;
    }

    void refresh() {
        List<OpenIncident> open = incidentService.open();
        incidents.setItems(open);
        incidents.setVisible(!open.isEmpty());
        incidentsEmpty.setText(getTranslation("cockpit.incidents.empty"));
        incidentsEmpty.setVisible(open.isEmpty());
        csv.setVisible(!open.isEmpty());
        retrySelected.setVisible(!open.isEmpty());
        retrySelected.setEnabled(false);
    }

    void retry(List<String> ids) {
        List<Incidents.Retry> results = incidentService.retry(ids);
        long done = results.stream().filter(Incidents.Retry::done).count();
        Notification note = Notification.show(
                done == results.size()
                        ? getTranslation("cockpit.incidents.retried", done)
                        : getTranslation(
                                "cockpit.incidents.retried-partly",
                                done,
                                results.size(),
                                results.stream()
                                        .filter(r -> !r.done())
                                        .map(Incidents.Retry::problem)
                                        .findFirst()
                                        .orElse("")));
        note.addThemeVariants(
                done == results.size() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
        refresh();
    }

    private List<List<String>> csv() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("time", "type", "process", "activity", "case", "jobseeker", "message"));
        incidentService
                .open()
                .forEach(i -> rows.add(List.of(
                        iso(i.at()),
                        text(i.type()),
                        text(i.processKey()),
                        text(i.activityId()),
                        text(i.registrationNumber()),
                        text(i.jobseekerName()),
                        text(i.message()))));
        return rows;
    }
}
