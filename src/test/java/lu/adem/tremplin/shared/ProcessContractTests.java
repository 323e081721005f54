package lu.adem.tremplin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

import lu.adem.tremplin.shared.ProcessContract.Breach;
import lu.adem.tremplin.shared.ProcessContract.Element;
import lu.adem.tremplin.shared.ProcessContract.Kind;
import lu.adem.tremplin.shared.ProcessContract.Reason;

/** Each way a new version can break what the code relies on, and what it may change freely. */
class ProcessContractTests {

    static final ProcessContract CONTRACT = new ProcessContract(
            "bpmn/contract-sample.bpmn",
            "contract-sample",
            List.of(
                    new Element("Invite", Kind.SERVICE_TASK, "a test"), new Element("Call", Kind.USER_TASK, "a test"),
                    new Element("Tomorrow", Kind.TIMER_EVENT, "a test"),
                            new Element("Done", Kind.MESSAGE_END_EVENT, "a test")),
            Set.of("sample-done"),
            Set.of("NO_SEATS"),
            Set.of("route"));

    static String diagram(String processId, String invite, String call, String tomorrow) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://tremplin.test">
                  <bpmn:message id="Message_Done" name="sample-done"/>
                  <bpmn:error id="Error_NoSeats" errorCode="NO_SEATS"/>
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="start"/>
                    <bpmn:callActivity id="Assess" calledElement="assess">
                      <bpmn:extensionElements><camunda:out source="route" target="route"/></bpmn:extensionElements>
                    </bpmn:callActivity>
                    %s
                    <bpmn:boundaryEvent id="NoSeats" attachedToRef="Invite"><bpmn:errorEventDefinition errorRef="Error_NoSeats"/></bpmn:boundaryEvent>
                    %s
                    %s
                    <bpmn:endEvent id="Done" name="Done"><bpmn:messageEventDefinition messageRef="Message_Done"/></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(processId, invite, call, tomorrow);
    }

    static final String INVITE = "<bpmn:serviceTask id=\"Invite\" name=\"Invite\"/>";
    static final String CALL = "<bpmn:userTask id=\"Call\" name=\"Call the jobseeker\"/>";
    static final String TOMORROW = "<bpmn:intermediateCatchEvent id=\"Tomorrow\"><bpmn:timerEventDefinition>"
            + "<bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>";

    static List<Breach> breaches(String deployedAs, String xml) {
        BpmnModelInstance model =
                Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        return CONTRACT.brokenBy(deployedAs, model);
    }

    @Test
    void shouldAcceptAVersionThatKeepsTheContractWhateverItsLabels() {
        String relabelled = diagram(
                "contract-sample",
                INVITE.replace("name=\"Invite\"", "name=\"Send the invitation\""),
                CALL.replace("Call the jobseeker", "Phone the jobseeker"),
                TOMORROW);

        assertThat(breaches("bpmn/contract-sample.bpmn", relabelled)).isEmpty();
    }

    @Test
    void shouldNameAnElementWhoseIdChanged() {
        String renamed = diagram(
                        "contract-sample", INVITE.replace("id=\"Invite\"", "id=\"SendInvitation\""), CALL, TOMORROW)
                .replace("attachedToRef=\"Invite\"", "attachedToRef=\"SendInvitation\"");

        assertThat(breaches("bpmn/contract-sample.bpmn", renamed))
                .containsExactly(new Breach(Reason.ELEMENT_MISSING, "Invite", "SERVICE_TASK"));
    }

    @Test
    void shouldNameAnElementOfAnotherKind() {
        String changed = diagram(
                "contract-sample",
                INVITE,
                CALL.replace("userTask", "serviceTask"),
                TOMORROW.replace(
                        "<bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>",
                        "<bpmn:messageEventDefinition messageRef=\"Message_Done\"/>"));

        assertThat(breaches("bpmn/contract-sample.bpmn", changed))
                .containsExactly(
                        new Breach(Reason.ELEMENT_KIND, "Call", "USER_TASK"),
                        new Breach(Reason.ELEMENT_KIND, "Tomorrow", "TIMER_EVENT"));
    }

    @Test
    void shouldNameTheMessageTheErrorAndTheVariableNoLongerUsed() {
        String dropped = diagram("contract-sample", INVITE, CALL, TOMORROW)
                .replace("<bpmn:messageEventDefinition messageRef=\"Message_Done\"/>", "")
                .replace("<bpmn:errorEventDefinition errorRef=\"Error_NoSeats\"/>", "<bpmn:timerEventDefinition/>")
                .replace("<camunda:out source=\"route\" target=\"route\"/>", "");

        assertThat(breaches("bpmn/contract-sample.bpmn", dropped))
                .containsExactly(
                        new Breach(Reason.ELEMENT_KIND, "Done", "MESSAGE_END_EVENT"),
                                new Breach(Reason.MESSAGE_UNUSED, "sample-done", null),
                        new Breach(Reason.ERROR_UNCAUGHT, "NO_SEATS", null),
                                new Breach(Reason.VARIABLE_UNSET, "route", null));
    }

    @Test
    void shouldRefuseTheContractsFileWithoutItsProcessButNotAnotherFile() {
        String otherKey = diagram("contract-sample-2", INVITE, CALL, TOMORROW);

        assertThat(breaches("bpmn/contract-sample.bpmn", otherKey))
                .containsExactly(new Breach(Reason.PROCESS_MISSING, "contract-sample", null));
        assertThat(breaches("contract-sample.bpmn", otherKey))
                .as("as Camunda Modeler names it")
                .hasSize(1);
        assertThat(breaches("bpmn/another.bpmn", otherKey)).isEmpty();
    }
}
