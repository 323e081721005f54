package lu.adem.tremplin.inbox.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.router.RouterLink;

import lu.adem.tremplin.inbox.caseload.CaseloadLine;

/**
 * The caseload's jobseekers: a link to each one's file, current steps, next due date, last contact and flags
 * as words (never a colour alone). Enter on the focused row, or a double click, opens the file.
 */
class CaseloadGrid extends Grid<CaseloadLine> {

    private CaseloadLine focused;

    CaseloadGrid() {
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(getLocale())
                .withZone(InboxGrid.LUXEMBOURG);
        setId("caseload-grid");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAriaLabel(getTranslation("caseload.title"));
        setSelectionMode(SelectionMode.NONE);
        addComponentColumn(this::jobseekerLink)
                .setKey("jobseeker")
                .setHeader(getTranslation("caseload.column.jobseeker"))
                .setAutoWidth(true);
        addColumn(line -> String.join(", ", line.currentSteps()))
                .setKey("steps")
                .setHeader(getTranslation("caseload.column.steps"))
                .setFlexGrow(2);
        addColumn(line -> line.nextDue() == null ? "" : dates.format(line.nextDue()))
                .setKey("due")
                .setHeader(getTranslation("caseload.column.due"))
                .setAutoWidth(true);
        addColumn(line -> line.lastContact() == null
                        ? getTranslation("caseload.contact.none")
                        : getTranslation(
                                "caseload.contact",
                                line.lastContact().step(),
                                line.lastContact().by() == null
                                        ? "—"
                                        : line.lastContact().by(),
                                dates.format(line.lastContact().at())))
                .setKey("contact")
                .setHeader(getTranslation("caseload.column.contact"))
                .setFlexGrow(2);
        addColumn(line -> line.flags().stream()
                        .map(flag -> getTranslation("caseload.flag." + flag.name()))
                        .collect(Collectors.joining(" · ")))
                .setKey("flags")
                .setHeader(getTranslation("caseload.column.flags"))
                .setFlexGrow(1);
        addCellFocusListener(event -> event.getItem().ifPresent(item -> focused = item));
        Shortcuts.addShortcutListener(
                        this,
                        () -> {
                            if (focused != null) {
                                open(focused);
                            }
                        },
                        Key.ENTER)
                .listenOn(this);
        addItemDoubleClickListener(click -> open(click.getItem()));
    }

    private void open(CaseloadLine line) {
        getUI().orElseThrow().navigate(JobseekerFileView.class, line.registrationNumber());
    }

    private Component jobseekerLink(CaseloadLine line) {
        return new RouterLink(
                line.name() + " · " + line.registrationNumber(), JobseekerFileView.class, line.registrationNumber());
    }
}
