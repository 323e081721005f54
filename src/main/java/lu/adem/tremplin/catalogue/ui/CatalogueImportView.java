package lu.adem.tremplin.catalogue.ui;

import java.io.IOException;
import java.io.StringReader;
import java.util.UUID;

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

import lu.adem.tremplin.catalogue.Catalogue;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.shared.ui.ImportUpload;

/** Administrators upload the partner's catalogue export (CSV or JSON); the report lists every refused row. */
@Route("catalogue/import")
@Menu(order = 5.5, title = "nav.catalogue-import", icon = "vaadin:upload-alt")
@RolesAllowed(Roles.ADMIN)
public class CatalogueImportView extends VerticalLayout implements HasDynamicTitle {

    static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(CatalogueImportView.class);

    final Upload upload;
    final Paragraph summary = new Paragraph();
    final Grid<Catalogue.LineError> errors = new Grid<>();

    private final transient Catalogue catalogue;

    CatalogueImportView(Catalogue catalogue) {
        this.catalogue = catalogue;
        upload = new ImportUpload("catalogue-upload", MAX_BYTES, ImportUpload.Accepts.CSV_OR_JSON, this::importFile);

        summary.setId("catalogue-import-summary");
        summary.setVisible(false);
        errors.setId("catalogue-import-errors");
        errors.addColumn(Catalogue.LineError::line)
                .setHeader(getTranslation("import.line"))
                .setAutoWidth(true);
        errors.addColumn(Catalogue.LineError::platformId)
                .setHeader(getTranslation("catalogue.platform-id"))
                .setAutoWidth(true);
        errors.addColumn(Catalogue.LineError::message)
                .setHeader(getTranslation("import.problem"))
                .setFlexGrow(3);
        errors.setVisible(false);
        add(
                new H2(getTranslation("catalogue.import.title")),
                new Paragraph(getTranslation("catalogue.import.intro")),
                upload,
                summary,
                errors);
    }

    /** Imports one uploaded file (JSON when its name ends in .json or its first character is an opening bracket) and shows the report. */
    void importFile(String fileName, byte[] bytes) {
        String text = ImportUpload.text(bytes);
        boolean json = (fileName != null && fileName.toLowerCase().endsWith(".json"))
                || text.stripLeading().startsWith("[");
        try {
            Catalogue.ImportReport report = json
                    ? catalogue.importJson(new StringReader(text), fileName)
                    : catalogue.importCsv(new StringReader(text), fileName);
            summary.setText(getTranslation(
                    "catalogue.import.summary",
                    report.created(),
                    report.updated(),
                    report.unchanged(),
                    report.retired(),
                    report.errors().size()));
            errors.setItems(report.errors());
            errors.setVisible(!report.errors().isEmpty());
        } catch (IOException unreadable) {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.warn("Catalogue upload {} unreadable, reference {}", fileName, reference, unreadable);
            summary.setText(getTranslation("error.unexpected", reference));
        }
        summary.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.import.title") + " · Tremplin";
    }
}
