package lu.adem.tremplin.modeler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

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
        assertThat(open("bpmn/course-recommendation.bpmn").content).as("the draft comes back").isEqualTo(withoutGroup);
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

        assertThat(view.getElement().getTextRecursively()).contains("Nothing is deployed as bpmn/unknown.bpmn")
                .contains("Back to the processes");
    }
}
