package lu.adem.tremplin.followup;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.support.ContractAssert;

/** {@code bpmn/follow-up.bpmn} keeps what the code relies on ({@link FollowUpProcess#CONTRACT}): neither drifts from the other. */
class FollowUpContractTests {

    @Test
    void shouldKeepInTheDiagramWhatTheCodeReliesOn() {
        ContractAssert.assertKept(FollowUpProcess.CONTRACT);
    }
}
