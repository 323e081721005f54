package lu.adem.tremplin.modeler.ui;

import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.modeler.Workbench;
import lu.adem.tremplin.modeler.Workbench.Definition;
import lu.adem.tremplin.modeler.Workbench.Version;
import lu.adem.tremplin.shared.Roles;

/**
 * Process owners' list of every deployed BPMN, DMN and form file with all its versions: when and by
 * whom each was deployed, with which change note, and how many cases run on it; open the latest in the
 * editor, or download any version to commit it back to the repository.
 */
@Route("processes")
@Menu(order = 3, title = "nav.processes", icon = "vaadin:sitemap")
@RolesAllowed({Roles.PROCESS_OWNER, Roles.ADMIN})
public class ProcessesView extends VerticalLayout implements HasDynamicTitle {

    /** One line of the list: a version of a file, the first line of a file being its latest version. */
    record Line(Definition definition, Version version, boolean latest) {}

    final Grid<Line> grid = new Grid<>();
    final Span count = new Span();
    final Paragraph empty = new Paragraph();
    private final Workbench workbench;

    ProcessesView(Workbench workbench) {
        this.workbench = workbench;
        setSizeFull();
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
                .withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Luxembourg"));

        grid.setId("processes-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(getTranslation("processes.title"));
        grid.addColumn(line -> line.latest() ? line.definition().resourceName() : "")
                .setHeader(getTranslation("processes.column.file"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> line.latest() ? line.definition().name() : "")
                .setHeader(getTranslation("processes.column.name"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.version().version())
                .setHeader(getTranslation("processes.column.version"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> line.version().deployedAt() == null
                        ? ""
                        : dates.format(line.version().deployedAt()))
                .setHeader(getTranslation("processes.column.deployed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(line -> line.version().author() == null
                        ? getTranslation("processes.startup")
                        : line.version().author())
                .setHeader(getTranslation("processes.column.author"))
                .setAutoWidth(true);
        grid.addColumn(line ->
                        line.version().note() == null ? "" : line.version().note())
                .setHeader(getTranslation("processes.column.note"))
                .setFlexGrow(2)
                .setWidth("12rem");
        grid.addColumn(line -> line.definition().kind() == Workbench.Kind.BPMN
                        ? String.valueOf(line.version().running())
                        : "")
                .setHeader(getTranslation("processes.column.running"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions)
                .setKey("actions")
                .setHeader(getTranslation("processes.column.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setFrozenToEnd(true);

        List<Definition> definitions = workbench.definitions();
        List<Line> lines = new ArrayList<>();
        for (Definition definition : definitions) {
            for (int i = 0; i < definition.versions().size(); i++) {
                lines.add(new Line(definition, definition.versions().get(i), i == 0));
            }
        }
        grid.setItems(lines);
        count.setText(getTranslation("processes.count", definitions.size()));
        empty.setText(getTranslation("processes.empty"));
        grid.setVisible(!lines.isEmpty());
        empty.setVisible(lines.isEmpty());
        add(
                new H2(getTranslation("processes.title")),
                new Paragraph(getTranslation("processes.intro")),
                moveLink(),
                count,
                empty,
                grid);
    }

    private RouterLink moveLink() {
        RouterLink link = new RouterLink(MigrationView.class);
        link.setText(getTranslation("migration.title"));
        link.setId("processes-move");
        return link;
    }

    private HorizontalLayout actions(Line line) {
        String file = line.definition()
                .resourceName()
                .substring(line.definition().resourceName().lastIndexOf('/') + 1);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = workbench.content(line.version());
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), file, "application/octet-stream", bytes.length);
                }),
                getTranslation("processes.download"));
        download.getElement().setAttribute("download", true);
        download.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(
                                "processes.download.label", file, line.version().version()));
        HorizontalLayout actions = new HorizontalLayout();
        actions.setSpacing(true);
        if (line.latest()) {
            Button edit = new Button(
                    getTranslation("processes.edit"),
                    click -> getUI().ifPresent(ui -> ui.navigate(
                            EditorView.class,
                            EditorView.parameters(line.definition().resourceName()))));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            edit.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "processes.edit.label", line.definition().resourceName()));
            edit.setId("edit-" + line.definition().key());
            actions.add(edit);
        }
        if (!line.latest()
                && line.definition().kind() == Workbench.Kind.BPMN
                && line.version().running() > 0) {
            Button move = new Button(
                    getTranslation("migration.action"),
                    click -> getUI().ifPresent(ui -> ui.navigate(
                            "processes/move", MigrationView.from(line.version().definitionId()))));
            move.addThemeVariants(ButtonVariant.LUMO_SMALL);
            move.getElement()
                    .setAttribute(
                            "aria-label",
                            getTranslation(
                                    "migration.action.label",
                                    line.definition().key(),
                                    line.version().version()));
            move.setId("move-" + line.definition().key() + "-" + line.version().version());
            actions.add(move);
        }
        actions.add(download);
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("processes.title") + " · Tremplin";
    }
}
