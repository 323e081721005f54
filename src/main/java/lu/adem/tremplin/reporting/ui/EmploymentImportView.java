package lu.adem.tremplin.reporting.ui;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.reporting.EmploymentOutcomes;
import lu.adem.tremplin.reporting.EmploymentOutcomes.LineError;
import lu.adem.tremplin.reporting.EmploymentOutcomes.Report;
import lu.adem.tremplin.shared.Roles;

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
        upload = new Upload(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> importBytes(metadata.fileName(), bytes)))));
        upload.setId("employment-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(uploadI18n());

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

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(
                new UploadI18N.AddFiles().setOne(getTranslation("upload.add")).setMany(getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("upload.drop"))
                .setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("upload.too-big"))
                .setIncorrectFileType(getTranslation("upload.wrong-type"))
                .setTooManyFiles(getTranslation("upload.too-many")));
        return i18n;
    }

    /** Runs the import of one uploaded file and shows its report; the file name and the errors stay on screen. */
    void importBytes(String fileName, byte[] bytes) {
        try {
            Report report = outcomes.importCsv(new StringReader(decode(bytes)), fileName);
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

    /** UTF-8 (with or without BOM), the export's usual encoding. */
    private static String decode(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("employment-import.title") + " · Tremplin";
    }
}
