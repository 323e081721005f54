package lu.adem.tremplin.jobseeker.ui;

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

import lu.adem.tremplin.jobseeker.JobseekerCsvImport;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.ui.ImportUpload;

/** Administrators upload Adem's jobseeker export; the report lists what changed and every refused line. */
@Route("jobseekers/import")
@Menu(order = 5, title = "nav.jobseeker-import", icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN)
public class JobseekerImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(JobseekerImportView.class);

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<JobseekerCsvImport.LineError> errors = new Grid<>();

    private final transient Jobseekers jobseekers;

    JobseekerImportView(Jobseekers jobseekers) {
        this.jobseekers = jobseekers;
        upload = new ImportUpload(
                "jobseeker-upload", MAX_BYTES, ImportUpload.Accepts.CSV, (fileName, bytes) -> importBytes(bytes));

        summary.setId("import-summary");
        summary.setVisible(false);
        errors.setId("import-errors");
        errors.addColumn(JobseekerCsvImport.LineError::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true);
        errors.addColumn(JobseekerCsvImport.LineError::registrationNumber)
                .setHeader(getTranslation("jobseeker.registrationNumber"))
                .setAutoWidth(true);
        errors.addColumn(JobseekerCsvImport.LineError::message)
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(3);
        errors.setVisible(false);

        add(
                new H2(getTranslation("import.title")),
                new Paragraph(getTranslation("import.intro")),
                upload,
                summary,
                errors);
    }

    /** Runs the import of one uploaded file and shows its report. */
    void importBytes(byte[] bytes) {
        try {
            JobseekerCsvImport.Report report = jobseekers.importCsv(new StringReader(ImportUpload.text(bytes)));
            summary.setText(getTranslation(
                    "import.summary",
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.errors().size()));
            summary.setVisible(true);
            errors.setItems(report.errors());
            errors.setVisible(!report.errors().isEmpty());
            log.info(
                    "Jobseeker import: {} created, {} updated, {} unchanged, {} refused",
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.errors().size());
        } catch (java.io.IOException unreadable) {
            summary.setText(getTranslation("import.unreadable"));
            summary.setVisible(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title") + " · Tremplin";
    }
}
