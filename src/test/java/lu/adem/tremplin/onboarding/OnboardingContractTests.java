package lu.adem.tremplin.onboarding;

import org.junit.jupiter.api.Test;

import lu.adem.tremplin.support.ContractAssert;

/** {@code bpmn/onboarding.bpmn} keeps what the code relies on ({@link OnboardingProcess#CONTRACT}): neither drifts from the other. */
class OnboardingContractTests {

    @Test
    void shouldKeepInTheDiagramWhatTheCodeReliesOn() {
        ContractAssert.assertKept(OnboardingProcess.CONTRACT);
    }
}
