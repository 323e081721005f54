package lu.adem.tremplin.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * What Tremplin's Java code relies on in one BPMN process, so that a process owner's new version
 * cannot silently break it: the process id, the elements the code names (with the kind each must stay),
 * the messages and BPMN errors the code sends, waits for or throws, and the variables the diagram itself
 * must keep setting for the code to read. Each process module publishes its contract (a bean of this
 * type); the workbench's deployment checks refuse a version that breaks one ({@link #brokenBy}).
 *
 * <p>Not in a contract, because no deployment of a BPMN file can show them: variables that a form sets
 * (a form is deployed on its own) or that Java code writes for a gateway to read.
 *
 * @param resourceName the repository file, e.g. {@code bpmn/onboarding.bpmn}: a new version of it must
 *        still define the process
 * @param processKey the process id that Java starts, queries and reports on
 * @param elements the elements the code names by id
 * @param messages names of the messages the code sends or correlates, which the process must still use
 * @param errors codes of the BPMN errors the code throws, which the process must still catch
 * @param variables variables the code reads that the diagram sets (a call's output, an input or output
 *        parameter, a result variable): the diagram must still set them
 */
public record ProcessContract(
        String resourceName,
        String processKey,
        List<Element> elements,
        Set<String> messages,
        Set<String> errors,
        Set<String> variables) {

    /** An element the code names by id, the kind it must stay, and which code relies on it (for people). */
    public record Element(String id, Kind kind, String usedBy) {}

    /** The kinds of element the code relies on: the BPMN element type, and its event definition if any. */
    public enum Kind {
        USER_TASK(element -> element instanceof UserTask),
        SERVICE_TASK(element -> element instanceof ServiceTask),
        /** A business rule task: code starts a case there. */
        BUSINESS_RULE_TASK(element -> element instanceof org.camunda.bpm.model.bpmn.instance.BusinessRuleTask),
        /** An intermediate or boundary timer event: code moves its due date. */
        TIMER_EVENT(element -> (element instanceof IntermediateCatchEvent || element instanceof BoundaryEvent)
                && has((CatchEvent) element, TimerEventDefinition.class)),
        /** Any end event: code reads when a case reaches it. */
        END_EVENT(element -> element instanceof EndEvent),
        /** An end event that sends a message. */
        MESSAGE_END_EVENT(element -> element instanceof EndEvent end
                && end.getEventDefinitions().stream().anyMatch(MessageEventDefinition.class::isInstance));

        private final Predicate<ModelElementInstance> is;

        Kind(Predicate<ModelElementInstance> is) {
            this.is = is;
        }

        /** Whether this element is of the kind. */
        public boolean of(ModelElementInstance element) {
            return element != null && is.test(element);
        }

        private static boolean has(CatchEvent event, Class<? extends EventDefinition> definition) {
            return event.getEventDefinitions().stream().anyMatch(definition::isInstance);
        }
    }

    /** How a version breaks the contract; {@code subject} is the element id, message name, error code or variable. */
    public record Breach(Reason reason, String subject, String expected) {}

    public enum Reason {
        /** The file no longer defines the process (its id was changed). */
        PROCESS_MISSING,
        /** No element has this id any more (removed, or its id changed). */
        ELEMENT_MISSING,
        /** The element is of another kind now (a user task became a service task). */
        ELEMENT_KIND,
        /** The process no longer sends or waits for this message. */
        MESSAGE_UNUSED,
        /** The process no longer catches this BPMN error. */
        ERROR_UNCAUGHT,
        /** The diagram no longer sets this variable. */
        VARIABLE_UNSET
    }

    public ProcessContract {
        elements = List.copyOf(elements);
        messages = Set.copyOf(messages);
        errors = Set.copyOf(errors);
        variables = Set.copyOf(variables);
    }

    /** Whether a deployed resource of this name is a version of this contract's file (as any tool names it). */
    public boolean isVersionOf(String deployedAs) {
        String file = resourceName.substring(resourceName.lastIndexOf('/') + 1);
        return deployedAs != null && (deployedAs.equals(file) || deployedAs.endsWith("/" + file));
    }

    /**
     * How this model breaks the contract, empty when it keeps it. A model without the process (another
     * process's file) breaks it only when deployed as the contract's file.
     */
    public List<Breach> brokenBy(String deployedAs, BpmnModelInstance model) {
        Process process = model.getModelElementsByType(Process.class).stream()
                .filter(candidate -> processKey.equals(candidate.getId()))
                .findFirst()
                .orElse(null);
        if (process == null) {
            return isVersionOf(deployedAs) ? List.of(new Breach(Reason.PROCESS_MISSING, processKey, null)) : List.of();
        }
        List<Breach> breaches = new ArrayList<>();
        for (Element element : elements) {
            ModelElementInstance found = model.getModelElementById(element.id());
            if (found == null || !inside(found, process)) {
                breaches.add(new Breach(
                        Reason.ELEMENT_MISSING, element.id(), element.kind().name()));
            } else if (!element.kind().of(found)) {
                breaches.add(new Breach(
                        Reason.ELEMENT_KIND, element.id(), element.kind().name()));
            }
        }
        Set<String> used = used(process);
        messages.stream()
                .filter(message -> !used.contains("message:" + message))
                .sorted()
                .forEach(message -> breaches.add(new Breach(Reason.MESSAGE_UNUSED, message, null)));
        errors.stream()
                .filter(error -> !used.contains("error:" + error) && !used.contains("error:*"))
                .sorted()
                .forEach(error -> breaches.add(new Breach(Reason.ERROR_UNCAUGHT, error, null)));
        Set<String> set = set(process);
        variables.stream()
                .filter(variable -> !set.contains(variable))
                .sorted()
                .forEach(variable -> breaches.add(new Breach(Reason.VARIABLE_UNSET, variable, null)));
        return breaches;
    }

    private static boolean inside(ModelElementInstance element, Process process) {
        for (ModelElementInstance parent = element; parent != null; parent = parent.getParentElement()) {
            if (parent == process) {
                return true;
            }
        }
        return false;
    }

    /** The messages ({@code message:name}) and caught errors ({@code error:code}) the process's events use. */
    private static Set<String> used(Process process) {
        Set<String> used = new HashSet<>();
        for (MessageEventDefinition definition : all(process, MessageEventDefinition.class)) {
            if (definition.getMessage() != null && definition.getMessage().getName() != null) {
                used.add("message:" + definition.getMessage().getName());
            }
        }
        for (ErrorEventDefinition definition : all(process, ErrorEventDefinition.class)) {
            if (definition.getParentElement() instanceof CatchEvent) {
                // an error event without an error catches every error
                used.add(
                        definition.getError() == null
                                ? "error:*"
                                : "error:" + definition.getError().getErrorCode());
            }
        }
        return used;
    }

    /** The variables the diagram sets: call outputs, input and output parameters, result variables. */
    private static Set<String> set(Process process) {
        Set<String> set = new LinkedHashSet<>();
        all(process, CamundaOut.class).forEach(out -> set.add(out.getCamundaTarget()));
        all(process, CamundaInputParameter.class).forEach(input -> set.add(input.getCamundaName()));
        all(process, CamundaOutputParameter.class).forEach(output -> set.add(output.getCamundaName()));
        all(process, BaseElement.class).forEach(element -> {
            String result = element.getAttributeValueNs("http://camunda.org/schema/1.0/bpmn", "resultVariable");
            if (result != null) {
                set.add(result);
            }
        });
        set.remove(null);
        return set;
    }

    private static <T extends ModelElementInstance> Collection<T> all(Process process, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (T candidate : process.getModelInstance().getModelElementsByType(type)) {
            if (inside(candidate, process)) {
                found.add(candidate);
            }
        }
        return found;
    }
}
