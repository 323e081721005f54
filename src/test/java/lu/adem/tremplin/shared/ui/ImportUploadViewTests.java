package lu.adem.tremplin.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;

import lu.adem.tremplin.support.KaribuViewTest;

/** The import screens' upload: one file, its types and size said in the user's language, handed over whole. */
class ImportUploadViewTests extends KaribuViewTest {

    @Test
    void shouldSayTheLimitAndTypesInTheUsersLanguageAndHandOverTheFile() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        List<String> received = new ArrayList<>();
        ImportUpload upload = new ImportUpload(
                "test-upload",
                20 * 1024 * 1024,
                ImportUpload.Accepts.CSV_OR_JSON,
                (name, bytes) -> received.add(name + ": " + ImportUpload.text(bytes)));
        UI.getCurrent().add(upload);

        assertThat(upload.getI18n().getError().getFileIsTooBig()).isEqualTo("Le fichier dépasse 20 Mo.");
        assertThat(upload.getI18n().getError().getIncorrectFileType())
                .isEqualTo("Seuls les fichiers CSV ou JSON peuvent être importés.");
        assertThat(upload.getAcceptedFileTypes()).contains(".csv", ".json");
        assertThat(upload.getMaxFiles()).isEqualTo(1);

        UploadKt._upload(upload, "courses.csv", "\uFEFFplatform_id;title".getBytes(StandardCharsets.UTF_8));

        assertThat(received).containsExactly("courses.csv: platform_id;title");
    }

    @Test
    void shouldReadAnExportWithOrWithoutAByteOrderMark() {
        assertThat(ImportUpload.text("\uFEFFa,b".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a,b");
        assertThat(ImportUpload.text("é,b".getBytes(StandardCharsets.UTF_8))).isEqualTo("é,b");
    }
}
