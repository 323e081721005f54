package lu.adem.tremplin.modeler.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import lu.adem.tremplin.modeler.DeployedDefinitions;
import lu.adem.tremplin.modeler.DeployedDefinitions.Version;
import lu.adem.tremplin.shared.Roles;

/** Process owners' list of deployed processes and their versions. */
@Route("processes")
@Menu(order = 3, title = "nav.processes", icon = "vaadin:sitemap")
@RolesAllowed({ Roles.PROCESS_OWNER, Roles.ADMIN })
public class ProcessesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Version> grid = new Grid<>();
    final Span count = new Span();
    final Paragraph empty = new Paragraph();

    ProcessesView(DeployedDefinitions definitions) {
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.of("Europe/Luxembourg"));

        grid.setId("processes-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel(getTranslation("processes.title"));
        grid.addColumn(Version::key).setHeader(getTranslation("processes.column.key")).setAutoWidth(true);
        grid.addColumn(Version::name).setHeader(getTranslation("processes.column.name")).setAutoWidth(true);
        grid.addColumn(Version::version).setHeader(getTranslation("processes.column.version")).setAutoWidth(true);
        grid.addColumn(v -> v.deployedAt() == null ? "" : dates.format(v.deployedAt()))
                .setHeader(getTranslation("processes.column.deployed")).setAutoWidth(true);
        grid.addColumn(Version::deploymentName).setHeader(getTranslation("processes.column.deployment"))
                .setAutoWidth(true);
        grid.addColumn(Version::runningCases).setHeader(getTranslation("processes.column.running")).setAutoWidth(true);
        grid.addColumn(Version::failedJobs).setHeader(getTranslation("processes.column.incidents")).setAutoWidth(true);

        List<Version> versions = definitions.processVersions();
        grid.setItems(versions);
        count.setText(getTranslation("processes.count", versions.size()));
        empty.setText(getTranslation("processes.empty"));
        grid.setVisible(!versions.isEmpty());
        empty.setVisible(versions.isEmpty());
        add(new H2(getTranslation("processes.title")), count, empty, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("processes.title") + " · Tremplin";
    }
}
