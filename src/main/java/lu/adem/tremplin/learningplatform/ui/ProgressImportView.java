package lu.adem.tremplin.learningplatform.ui;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import lu.adem.tremplin.learningplatform.LearningPlatformSettings;
import lu.adem.tremplin.learningplatform.ProgressExports;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.ui.ImportUpload;

/** Administrators upload the partner's progress and certificate exports; the report lists every refused row. */
@Route("progress-import")
@Menu(order = 5.6, title = "nav.progress-import", icon = "vaadin:chart-line")
@RolesAllowed(Roles.ADMIN)
public class ProgressImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ProgressImportView.class);

    final Paragraph summary = new Paragraph();
    final Grid<ProgressExports.LineError> errors = new Grid<>();
    private final transient ProgressExports exports;

    interface Importer {
        ProgressExports.Report run(StringReader csv) throws IOException;
    }

    ProgressImportView(ProgressExports exports, LearningPlatformSettings settings) {
        this.exports = exports;
        summary.setId("progress-import-summary");
        summary.setVisible(false);
        errors.setId("progress-import-errors");
        errors.addColumn(ProgressExports.LineError::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true);
        errors.addColumn(ProgressExports.LineError::externalId)
                .setHeader(getTranslation("jobseeker.registrationNumber"))
                .setAutoWidth(true);
        errors.addColumn(ProgressExports.LineError::message)
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(3);
        errors.setVisible(false);
        Paragraph source = new Paragraph(getTranslation(
                settings.progressFromImports() ? "progress-import.source.import" : "progress-import.source.api"));
        source.setId("progress-import-source");
        add(
                new H2(getTranslation("progress-import.title")),
                new Paragraph(getTranslation("progress-import.intro")),
                source,
                new H3(getTranslation("progress-import.progress")),
                new ImportUpload(
                        "progress-upload",
                        MAX_BYTES,
                        ImportUpload.Accepts.CSV,
                        (name, bytes) -> importBytes(exports::importProgress, bytes)),
                new H3(getTranslation("progress-import.certificates")),
                new ImportUpload(
                        "certificate-upload",
                        MAX_BYTES,
                        ImportUpload.Accepts.CSV,
                        (name, bytes) -> importBytes(exports::importCertificates, bytes)),
                summary,
                errors);
    }

    void importBytes(Importer importer, byte[] bytes) {
        try {
            var report = importer.run(new StringReader(ImportUpload.text(bytes)));
            summary.setText(getTranslation(
                    "import.summary",
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.errors().size()));
            errors.setItems(report.errors());
            errors.setVisible(!report.errors().isEmpty());
        } catch (IOException unreadable) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.warn("Progress upload unreadable, reference {}", reference, unreadable);
            summary.setText(getTranslation("error.unexpected", reference));
        }
        summary.setVisible(true);
    }

    /** Imports a progress export (tests). */
    void importProgress(String csv) {
        importBytes(exports::importProgress, csv.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("progress-import.title") + " · Tremplin";
    }
}
