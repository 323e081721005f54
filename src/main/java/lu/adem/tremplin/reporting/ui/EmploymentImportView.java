package lu.adem.tremplin.reporting.ui;

import java.io.IOException;
import java.io.StringReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.reporting.EmploymentOutcomes;
import lu.adem.tremplin.reporting.EmploymentOutcomes.LineError;
import lu.adem.tremplin.reporting.EmploymentOutcomes.Report;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.ui.ImportUpload;

/**
 * Administrators upload Adem's employment-outcome export; the report names the file, says whether it was
 * written (a refused line keeps the whole file out) and lists every refused line in the user's language.
 */
@Route("employment-outcomes/import")
@Menu(order = 5.65, title = "nav.employment-import", icon = "vaadin:briefcase")
@RolesAllowed(Roles.ADMIN)
public class EmploymentImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(EmploymentImportView.class);

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<LineError> errors = new Grid<>();

    private final transient EmploymentOutcomes outcomes;

    EmploymentImportView(EmploymentOutcomes outcomes) {
        this.outcomes = outcomes;
        upload = new ImportUpload("employment-upload", MAX_BYTES, ImportUpload.Accepts.CSV, this::importBytes);

        summary.setId("employment-import-summary");
        summary.setVisible(false);
        summary.getElement().setAttribute("role", "status");
        errors.setId("employment-import-errors");
        errors.setAriaLabel(getTranslation("import.problem"));
        errors.addColumn(error -> error.line() < 0 ? "–" : String.valueOf(error.line()))
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true);
        errors.addColumn(LineError::registrationNumber)
                .setHeader(getTranslation("jobseeker.registrationNumber"))
                .setAutoWidth(true);
        errors.addColumn(this::message)
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(3);
        errors.setVisible(false);

        add(
                new H2(getTranslation("employment-import.title")),
                new Paragraph(getTranslation("employment-import.intro")),
                upload,
                summary,
                errors);
    }

    String message(LineError error) {
        return getTranslation(error.message(), error.argument());
    }

    /** Runs the import of one uploaded file and shows its report; the file name and the errors stay on screen. */
    void importBytes(String fileName, byte[] bytes) {
        try {
            Report report = outcomes.importCsv(new StringReader(ImportUpload.text(bytes)), fileName);
            summary.setText(
                    report.written()
                            ? getTranslation(
                                    "employment-import.summary",
                                    fileName,
                                    report.created(),
                                    report.updated(),
                                    report.unchanged(),
                                    report.skipped())
                            : getTranslation(
                                    "employment-import.refused",
                                    fileName,
                                    report.errors().size()));
            errors.setItems(report.errors());
            errors.setVisible(!report.errors().isEmpty());
            log.info(
                    "Employment-outcome import: written {}, {} created, {} updated, {} unchanged, {} skipped, {} refused",
                    report.written(),
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.skipped(),
                    report.errors().size());
        } catch (IOException unreadable) {
            summary.setText(getTranslation("import.unreadable"));
            errors.setVisible(false);
        }
        summary.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employment-import.title") + " · Tremplin";
    }
}
