package lu.adem.tremplin.modeler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import lu.adem.tremplin.modeler.Problem;
import lu.adem.tremplin.modeler.Workbench;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * Issue 14, "done when": a process owner renames the onboarding invitation task in the workbench, and the
 * deployment is refused with the reason, the task named, in their language; so are a removed element and
 * a changed type. Nothing is deployed, whatever the screen lets through.
 */
class ContractEditorViewTests extends KaribuViewTest {

    private static final String ONBOARDING = OnboardingProcess.RESOURCE;
    private static final String INVITE = OnboardingProcess.TASK_INVITE;

    private EditorView open() {
        UI.getCurrent().navigate(EditorView.class, EditorView.parameters(ONBOARDING));
        return _get(EditorView.class);
    }

    private Workbench workbench() {
        return context.getBean(Workbench.class);
    }

    private long versions() {
        return context.getBean(RepositoryService.class)
                .createProcessDefinitionQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .count();
    }

    @AfterEach
    void discardDraft() {
        signIn("processowner");
        workbench().discardDraft(ONBOARDING);
    }

    /** The editor shows the error, deploy is blocked, and the workbench refuses it anyway: nothing deployed. */
    private Problem refused(String edited, String rule) {
        EditorView view = open();
        view.edited(edited);
        assertThat(view.deploy.isEnabled()).isFalse();
        long before = versions();

        var rejected = catchRejected(edited);

        assertThat(versions()).as("nothing deployed").isEqualTo(before);
        Problem problem = rejected.problems().stream()
                .filter(p -> p.rule().equals(rule))
                .findFirst()
                .orElseThrow();
        assertThat(problem.isError()).isTrue();
        assertThat(view.allProblems()).contains(problem);
        return problem;
    }

    private Workbench.Rejected catchRejected(String edited) {
        Throwable thrown =
                catchThrowable(() -> workbench().deploy(ONBOARDING, edited, "Shorter id for the invitation", true));
        assertThat(thrown).isInstanceOf(Workbench.Rejected.class);
        return (Workbench.Rejected) thrown;
    }

    @Test
    void shouldRefuseRenamingTheInvitationTaskAndSayWhyInTheOwnersLanguage() {
        signIn("processowner");
        UI.getCurrent().setLocale(Locale.FRENCH);
        String deployed = open().content;
        String renamed = deployed.replace("\"" + INVITE + "\"", "\"InviteToPlatform\"");
        assertThat(renamed).isNotEqualTo(deployed);

        Problem problem = refused(renamed, "contract-element");

        assertThat(problem.elementId()).isEqualTo(INVITE);
        assertThat(problem.summary())
                .isEqualTo("contract-element at InviteToLearningPlatform: InviteToLearningPlatform");
        assertThat(new ProblemText(open()).describe(problem))
                .isEqualTo(
                        "Le code de Tremplin dépend de l’élément « InviteToLearningPlatform » :"
                                + " cette version le supprime ou change son identifiant. Gardez l’identifiant (le libellé peut changer).");
    }

    @Test
    void shouldLetTheOwnerRenameTheInvitationTasksLabel() {
        signIn("processowner");
        String relabelled =
                open().content.replace("name=\"Invite to the learning platform\"", "name=\"Send the invitation\"");

        assertThat(workbench().check(ONBOARDING, relabelled))
                .noneMatch(problem -> problem.rule().startsWith("contract-"));
    }

    @Test
    void shouldRefuseRemovingTheEnrolledEndEventAndItsMessage() {
        signIn("processowner");
        String removed = open().content
                .replaceAll("(?s)<bpmn:endEvent id=\"Enrolled\".*?</bpmn:endEvent>", "")
                .replaceAll("<bpmn:sequenceFlow id=\"Flow_ToEnrolled\"[^>]*/>", "")
                .replace("<bpmn:outgoing>Flow_ToEnrolled</bpmn:outgoing>", "")
                .replaceAll("(?s)<bpmndi:BPMNShape id=\"Enrolled_di\".*?</bpmndi:BPMNShape>", "")
                .replaceAll("(?s)<bpmndi:BPMNEdge id=\"Flow_ToEnrolled_di\".*?</bpmndi:BPMNEdge>", "");

        Problem problem = refused(removed, "contract-element");

        assertThat(problem.elementId()).isEqualTo(OnboardingProcess.END_ENROLLED);
        assertThat(catchRejected(removed).problems())
                .extracting(Problem::summary)
                .contains("contract-message: " + OnboardingProcess.MESSAGE_ENROLLED);
    }

    @Test
    void shouldRefuseTurningTheInvitationIntoAUserTask() {
        signIn("processowner");
        String retyped = open().content
                .replaceFirst(
                        "(?s)<bpmn:serviceTask id=\"" + INVITE + "\"(.*?)</bpmn:serviceTask>",
                        "<bpmn:userTask id=\"" + INVITE + "\" camunda:candidateGroups=\"agency-\\${agency}\""
                                + " camunda:formRef=\"privacy-notice\" camunda:formRefBinding=\"latest\"$1</bpmn:userTask>")
                .replace(" camunda:delegateExpression=\"${inviteToLearningPlatform}\"", "");

        Problem problem = refused(retyped, "contract-kind");

        assertThat(problem.elementId()).isEqualTo(INVITE);
        assertThat(new ProblemText(open()).describe(problem)).contains("Service task");
    }

    @Test
    void shouldSayUnderTheProblemsWhichCodeReliesOnTheIdsTheDraftBreaks() {
        signIn("processowner");
        EditorView view = open();
        String deployed = view.content;
        assertThat(view.contractBreaks.isVisible())
                .as("nothing broken, no section")
                .isFalse();

        view.edited(deployed.replace("\"" + INVITE + "\"", "\"InviteToPlatform\""));

        assertThat(view.contractBreaks.isVisible()).isTrue();
        assertThat(view.contractBreaks.title.getText()).isEqualTo("Ids Tremplin’s code relies on");
        assertThat(view.contractBreaks.summary.getText())
                .startsWith("This version breaks one thing Tremplin’s code relies on: it cannot be deployed.");
        assertThat(view.contractBreaks.items.getElement().getTextRecursively())
                .contains(INVITE)
                .contains("Tremplin’s code relies on the element “InviteToLearningPlatform”")
                .contains("Relied on by: pilot review: when the jobseeker was invited (PilotFacts)");

        view.edited(deployed);

        assertThat(view.contractBreaks.isVisible()).as("kept again").isFalse();
    }

    @Test
    void shouldSayInTheReviewThatTheDraftKeepsWhatTheCodeReliesOn() {
        signIn("processowner");
        EditorView view = open();
        view.edited(view.content.replace("name=\"Invite to the learning platform\"", "name=\"Send the invitation\""));

        view.openReview();
        MockVaadin.clientRoundtrip();

        ContractBreakList section = _get(ContractBreakList.class, spec -> spec.withId("review-contract"));
        assertThat(section.isVisible()).isTrue();
        assertThat(section.summary.getText())
                .isEqualTo("This version keeps every id, message, error and variable Tremplin’s code relies on.");
        assertThat(section.items.getChildren()).isEmpty();
        assertThat(_get(Button.class, spec -> spec.withId("review-deploy")).isEnabled())
                .isTrue();
        view.review.close();
    }

    @Test
    void shouldListInTheReviewWhatTheDraftBreaksAndNotOfferToDeployIt() {
        signIn("processowner");
        UI.getCurrent().setLocale(Locale.GERMAN);
        EditorView view = open();
        String removed = view.content
                .replace("\"" + INVITE + "\"", "\"InviteToPlatform\"")
                .replaceAll("<bpmn:messageEventDefinition id=\"Enrolled_Message\"[^>]*/>", "");
        var draft = new ReviewDialog.Draft(ONBOARDING, Workbench.Kind.BPMN, removed, List.of());

        new ReviewDialog(
                        workbench(),
                        draft,
                        workbench().impact(ONBOARDING, removed),
                        new ProblemText(view),
                        d -> {},
                        p -> {})
                .open();
        MockVaadin.clientRoundtrip();

        ContractBreakList section = _get(ContractBreakList.class, spec -> spec.withId("review-contract"));
        assertThat(section.title.getText()).isEqualTo("IDs, auf die sich Tremplins Code verlässt");
        assertThat(section.summary.getText()).startsWith("Diese Version bricht 3 Dinge");
        assertThat(section.items.getChildren()).hasSize(3);
        assertThat(section.items.getElement().getTextRecursively())
                .contains(INVITE, OnboardingProcess.END_ENROLLED, OnboardingProcess.MESSAGE_ENROLLED)
                .contains("Verwendet von: pilot review: when the account was activated")
                .contains("Verwendet von: der Code des Prozesses „onboarding“");
        assertThat(_get(Button.class, spec -> spec.withId("review-deploy")).isEnabled())
                .isFalse();
    }
}
