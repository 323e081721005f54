package lu.adem.tremplin.assessment;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.support.ContractAssert;

/** {@code bpmn/digital-readiness.bpmn} keeps what the code relies on ({@link DigitalReadinessProcess#CONTRACT}): neither drifts from the other. */
class DigitalReadinessContractTests {

    @Test
    void shouldKeepInTheDiagramWhatTheCodeReliesOn() {
        ContractAssert.assertKept(DigitalReadinessProcess.CONTRACT);
    }
}
