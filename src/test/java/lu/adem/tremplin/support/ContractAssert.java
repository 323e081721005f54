package lu.adem.tremplin.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import lu.adem.tremplin.shared.ProcessContract;

/** Holds a process module's contract to the diagram of the repository, so that neither drifts from the other. */
public final class ContractAssert {

    private ContractAssert() {}

    /** The repository's version of the contract's file, as the build copies it ({@code bpmn/onboarding.bpmn}). */
    public static BpmnModelInstance diagram(ProcessContract contract) {
        try (InputStream in = ContractAssert.class.getResourceAsStream("/" + contract.resourceName())) {
            assertThat(in).as(contract.resourceName()).isNotNull();
            return Bpmn.readModelFromStream(in);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** The repository's diagram keeps the contract, and the contract names something. */
    public static void assertKept(ProcessContract contract) {
        assertThat(contract.elements().size()
                        + contract.messages().size()
                        + contract.errors().size()
                        + contract.variables().size())
                .as("a contract that names nothing")
                .isPositive();
        assertThat(contract.brokenBy(contract.resourceName(), diagram(contract)))
                .isEmpty();
    }
}
