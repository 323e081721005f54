package lu.adem.tremplin.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import lu.adem.tremplin.onboarding.OnboardingProcess;

/**
 * The list of what a draft breaks of the code's contracts, as the review shows it (the element, what
 * breaks, which code relies on it), is the deployment check's own finding: the same problems, in the
 * same order.
 */
class ContractRulesTests {

    private final ContractRules rules = new ContractRules(() -> List.of(OnboardingProcess.CONTRACT));

    private static String onboarding() throws IOException {
        try (InputStream in = ContractRulesTests.class.getResourceAsStream("/" + OnboardingProcess.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static BpmnModelInstance model(String xml) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** The invitation task's id changed, and the enrolled end event no longer sends its message. */
    private static String broken() throws IOException {
        String broken = onboarding()
                .replace("\"" + OnboardingProcess.TASK_INVITE + "\"", "\"InviteToPlatform\"")
                .replaceAll("<bpmn:messageEventDefinition id=\"Enrolled_Message\"[^>]*/>", "");
        assertThat(broken).doesNotContain("Enrolled_Message");
        return broken;
    }

    @Test
    void shouldNameEachBrokenIdWithTheCodeThatReliesOnIt() throws IOException {
        List<ContractBreak> breaks = rules.breaks(OnboardingProcess.RESOURCE, model(broken()));

        assertThat(breaks)
                .extracting(ContractBreak::subject, b -> b.problem().rule(), ContractBreak::processKey)
                .containsExactly(
                        tuple(OnboardingProcess.TASK_INVITE, "contract-element", OnboardingProcess.KEY),
                        tuple(OnboardingProcess.END_ENROLLED, "contract-kind", OnboardingProcess.KEY),
                        tuple(OnboardingProcess.MESSAGE_ENROLLED, "contract-message", OnboardingProcess.KEY));
        assertThat(breaks.get(0).usedBy()).isEqualTo("pilot review: when the jobseeker was invited (PilotFacts)");
        assertThat(breaks.get(1).usedBy()).startsWith("pilot review: when the account was activated");
        assertThat(breaks.get(2).usedBy())
                .as("a message: the contract names only the process")
                .isNull();
        assertThat(breaks.get(0).problem().elementId()).isEqualTo(OnboardingProcess.TASK_INVITE);
    }

    @Test
    void shouldListExactlyWhatTheDeploymentCheckRefuses() throws IOException {
        BpmnModelInstance model = model(broken());

        assertThat(rules.breaks(OnboardingProcess.RESOURCE, model))
                .extracting(ContractBreak::problem)
                .isEqualTo(rules.check(OnboardingProcess.RESOURCE, model))
                .allMatch(Problem::isError);
    }

    @Test
    void shouldListNothingForTheRepositorysDiagramOrAnotherProcess() throws IOException {
        assertThat(rules.breaks(OnboardingProcess.RESOURCE, model(onboarding())))
                .isEmpty();
        assertThat(rules.breaks("bpmn/workbench-sample.bpmn", model(WorkbenchTests.sample("Inform"))))
                .isEmpty();
    }
}
