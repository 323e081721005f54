package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import lu.adem.tremplin.shared.ProcessContract;
import lu.adem.tremplin.shared.ProcessContract.Breach;
import lu.adem.tremplin.shared.ProcessContract.Element;

/**
 * What Tremplin's Java code relies on in a process ({@link ProcessContract}, one per process module): a
 * new version that breaks it is refused, with the element, message, error or variable named.
 * <ul>
 * <li>{@code contract-process}: a version of the contract's file ({@code onboarding.bpmn}) that no longer
 * defines the process (its id changed);</li>
 * <li>{@code contract-element}: an element the code names by id is gone (removed, or its id changed; a
 * label can change freely);</li>
 * <li>{@code contract-kind}: that element is now of another kind (a user task became a service task, a
 * timer became a message event);</li>
 * <li>{@code contract-message}: the process no longer sends or waits for a message the code sends or
 * correlates;</li>
 * <li>{@code contract-error}: the process no longer catches a BPMN error its code throws;</li>
 * <li>{@code contract-variable}: the diagram no longer sets a variable the code reads (a call's output, an
 * input or output parameter, a result variable).</li>
 * </ul>
 * Not checked, because a BPMN deployment cannot show it: variables that forms set, and whether a gateway
 * still reads what a delegate writes.
 */
final class ContractRules {

    private final Supplier<List<ProcessContract>> contracts;

    ContractRules(Supplier<List<ProcessContract>> contracts) {
        this.contracts = contracts;
    }

    /** The breaches of every contract by this BPMN model, deployed under this resource name. */
    List<Problem> check(String resourceName, BpmnModelInstance model) {
        return breaks(resourceName, model).stream().map(ContractBreak::problem).toList();
    }

    /** The same breaches, each with the process and the code that relies on what breaks. */
    List<ContractBreak> breaks(String resourceName, BpmnModelInstance model) {
        List<ContractBreak> breaks = new ArrayList<>();
        for (ProcessContract contract : contracts.get()) {
            for (Breach breach : contract.brokenBy(resourceName, model)) {
                breaks.add(new ContractBreak(
                        breach.subject(), problem(breach), contract.processKey(), usedBy(contract, breach)));
            }
        }
        return breaks;
    }

    private static String usedBy(ProcessContract contract, Breach breach) {
        return contract.elements().stream()
                .filter(element -> element.id().equals(breach.subject()))
                .filter(element -> breach.reason() == ProcessContract.Reason.ELEMENT_MISSING
                        || breach.reason() == ProcessContract.Reason.ELEMENT_KIND)
                .map(Element::usedBy)
                .findFirst()
                .orElse(null);
    }

    private static Problem problem(Breach breach) {
        return switch (breach.reason()) {
            case PROCESS_MISSING -> Problem.error("contract-process", null, breach.subject());
            case ELEMENT_MISSING -> Problem.error("contract-element", breach.subject(), breach.subject());
            case ELEMENT_KIND -> Problem.error("contract-kind", breach.subject(), kind(breach.expected()));
            case MESSAGE_UNUSED -> Problem.error("contract-message", null, breach.subject());
            case ERROR_UNCAUGHT -> Problem.error("contract-error", null, breach.subject());
            case VARIABLE_UNSET -> Problem.error("contract-variable", null, breach.subject());
        };
    }

    /** {@code USER_TASK} as bpmn-js names it: {@code User task}. */
    private static String kind(String kind) {
        String words = kind.replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
