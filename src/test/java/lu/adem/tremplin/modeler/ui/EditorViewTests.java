package lu.adem.tremplin.modeler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.FileRejectedEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.UploadEvent;

import jakarta.servlet.http.Part;

import lu.adem.tremplin.modeler.Problem;
import lu.adem.tremplin.modeler.Workbench;
import lu.adem.tremplin.support.KaribuViewTest;

/** The editor screen around bpmn-js: what it shows, checks and refuses (the editor itself runs in the browser tests). */
class EditorViewTests extends KaribuViewTest {

    private EditorView open(String resource) {
        UI.getCurrent().navigate(EditorView.class, EditorView.parameters(resource));
        return _get(EditorView.class);
    }

    @Test
    void shouldOpenTheDeployedVersionWithNoErrorsAndDeployEnabled() {
        signIn(data.processOwner());
        context.getBean(Workbench.class).discardDraft("bpmn/course-recommendation.bpmn");

        EditorView view = open("bpmn/course-recommendation.bpmn");

        assertThat(view.title.getText()).isEqualTo("Editing bpmn/course-recommendation.bpmn");
        assertThat(view.status.getText()).startsWith("Deployed version");
        assertThat(view.content).contains("id=\"course-recommendation\"");
        assertThat(view.allProblems()).noneMatch(Problem::isError);
        assertThat(view.deploy.isEnabled()).isTrue();
    }

    @Test
    void shouldSaveEachEditAsADraftAndBlockDeployingAnError() {
        signIn(data.processOwner());
        EditorView view = open("bpmn/course-recommendation.bpmn");
        String withoutGroup = view.content.replaceFirst("camunda:candidateGroups=\"[^\"]*\"", "");

        view.edited(withoutGroup);

        assertThat(view.status.getText()).startsWith("Your draft, saved");
        assertThat(view.problemsSummary.getText()).startsWith("1 errors");
        assertThat(view.problems.getElement().getTextRecursively()).contains("has no candidate group");
        assertThat(view.deploy.isEnabled()).isFalse();
        assertThat(open("bpmn/course-recommendation.bpmn").content)
                .as("the draft comes back")
                .isEqualTo(withoutGroup);
        context.getBean(Workbench.class).discardDraft("bpmn/course-recommendation.bpmn");
    }

    @Test
    void shouldRefuseAnUploadedFileWithADoctypeAndKeepTheDraft() {
        signIn(data.processOwner());
        context.getBean(Workbench.class).discardDraft("bpmn/course-recommendation.bpmn");
        EditorView view = open("bpmn/course-recommendation.bpmn");
        String before = view.content;

        view.replaceWith("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");

        assertThat(view.error.getText()).contains("DOCTYPE").contains("Your draft is unchanged");
        assertThat(view.content).isEqualTo(before);
    }

    @Test
    void shouldSpeakFrench() {
        signIn(data.processOwner());
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);

        EditorView view = open("bpmn/course-recommendation.bpmn");

        assertThat(view.title.getText()).isEqualTo("Modification de bpmn/course-recommendation.bpmn");
        assertThat(view.deploy.getText()).isEqualTo("Relire et déployer…");
    }

    @Test
    void shouldSayWhenNothingIsDeployedUnderThatNameAndLeadBack() {
        signIn(data.processOwner());

        EditorView view = open("bpmn/unknown.bpmn");

        assertThat(view.getElement().getTextRecursively())
                .contains("Nothing is deployed as bpmn/unknown.bpmn")
                .contains("Back to the processes");
    }

    @Test
    void shouldTakeAnUploadedFileAsTheDraft() {
        signIn("processowner");
        Workbench workbench = context.getBean(Workbench.class);
        workbench.discardDraft("bpmn/course-recommendation.bpmn");
        EditorView view = open("bpmn/course-recommendation.bpmn");
        String renamed = view.content.replace("Choose a course with the jobseeker", "Pick a course with the jobseeker");

        UploadKt._upload(view.upload, "course-recommendation.bpmn", renamed.getBytes(StandardCharsets.UTF_8));

        assertThat(view.status.getText()).isEqualTo("The file replaced your draft. Check it before deploying.");
        assertThat(view.content).isEqualTo(renamed);
        workbench.discardDraft("bpmn/course-recommendation.bpmn");
    }

    @Test
    void shouldRefuseAnOversizeUploadWhileReadingItNotAfter() throws IOException {
        signIn("processowner");
        EditorView view = open("bpmn/course-recommendation.bpmn");
        String before = view.content;
        EndlessStream endless = new EndlessStream();
        Part part = mock(Part.class);
        when(part.getInputStream()).thenReturn(endless);
        // a request that gets past the browser's check, of unknown length (as a chunked body is)
        var event = new UploadEvent(
                mock(VaadinRequest.class),
                mock(VaadinResponse.class),
                VaadinSession.getCurrent(),
                "huge.bpmn",
                -1,
                "application/xml",
                view.upload.getElement(),
                null,
                part);

        UploadKt.get_handler(view.upload).handleUploadRequest(event);
        MockVaadin.clientRoundtrip();

        assertThat(endless.read)
                .as("read one byte past the limit, then stopped")
                .isEqualTo(Workbench.MAX_FILE_BYTES + 1L);
        assertThat(view.error.getText())
                .isEqualTo("The file was not taken: The file is larger than 5 MB. Your draft is unchanged.");
        assertThat(view.content).isEqualTo(before);
    }

    @Test
    void shouldLetTheBrowserRefuseAnOversizeFileAndSaySoInFrench() {
        signIn("processowner");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        EditorView view = open("bpmn/course-recommendation.bpmn");

        assertThat(view.upload.getMaxFileSize()).isEqualTo(Workbench.MAX_FILE_BYTES);
        String browserSays = view.upload.getI18n().getError().getFileIsTooBig();
        ComponentUtil.fireEvent(view.upload, new FileRejectedEvent(view.upload, browserSays, "huge.bpmn"));

        assertThat(view.error.getText())
                .isEqualTo("Le fichier n’a pas été pris : Le fichier dépasse 5 Mo. Votre brouillon est inchangé.");
    }

    /** An upload that never ends, counting what was read of it. */
    private static final class EndlessStream extends InputStream {

        long read;

        @Override
        public int read() {
            read++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 'x');
            read += length;
            return length;
        }
    }
}
