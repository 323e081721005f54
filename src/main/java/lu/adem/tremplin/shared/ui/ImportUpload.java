package lu.adem.tremplin.shared.ui;

import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload of an administrator's import screen: one file at a time, CSV (or CSV or JSON), up to a size,
 * labelled and refused in the user's language. The file is handed over whole, on the UI's thread, to the
 * screen that imports it and shows the report; {@link #text(byte[])} reads it as the exports are written.
 */
@org.springframework.modulith.NamedInterface("ui-components")
public class ImportUpload extends Upload {

    /** What the screen imports. */
    @org.springframework.modulith.NamedInterface("ui-components")
    public enum Accepts {
        CSV("upload.add", "upload.wrong-type", ".csv", "text/csv"),
        CSV_OR_JSON(
                "catalogue.upload.add", "catalogue.upload.wrong-type", ".csv", ".json", "text/csv", "application/json");

        private final String addKey;
        private final String wrongTypeKey;
        private final String[] types;

        Accepts(String addKey, String wrongTypeKey, String... types) {
            this.addKey = addKey;
            this.wrongTypeKey = wrongTypeKey;
            this.types = types;
        }
    }

    /** Receives an uploaded file, on the UI's thread. */
    @FunctionalInterface
    @org.springframework.modulith.NamedInterface("ui-components")
    public interface Received {
        void file(String fileName, byte[] bytes);
    }

    public ImportUpload(String id, int maxBytes, Accepts accepts, Received received) {
        setUploadHandler(UploadHandler.inMemory((metadata, bytes) ->
                getUI().ifPresent(ui -> ui.access(() -> received.file(metadata.fileName(), bytes)))));
        setId(id);
        setAcceptedFileTypes(accepts.types);
        setMaxFileSize(maxBytes);
        setMaxFiles(1);
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation(accepts.addKey))
                .setMany(getTranslation(accepts.addKey)));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("upload.drop"))
                .setMany(getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("upload.too-big", maxBytes / (1024 * 1024)))
                .setIncorrectFileType(getTranslation(accepts.wrongTypeKey))
                .setTooManyFiles(getTranslation("upload.too-many")));
        setI18n(i18n);
    }

    /** An export's text: UTF-8, with or without a byte order mark. */
    public static String text(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
