package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.modeler.CaseMigration.CaseCheck;
import lu.adem.tremplin.modeler.CaseMigration.InvalidStep;
import lu.adem.tremplin.modeler.CaseMigration.Proposal;
import lu.adem.tremplin.modeler.CaseMigration.Reason;
import lu.adem.tremplin.modeler.CaseMigration.Step;

/**
 * Works out a migration with Camunda's own API, as the signed-in user: the plan mapping equal activities
 * (same id, same kind) from a version to the latest, without the instructions the engine finds invalid,
 * and for each running case whether every step it waits at is mapped, or else the step that keeps it.
 */
@Component
class MigrationProposals {

    /** The most cases one proposal looks at (the engine's own page limit is 2000). */
    static final int MAX_CASES = 1000;

    /** A proposal with the engine's plan that carries it out. */
    record Computed(Proposal proposal, MigrationPlan plan) {}

    private final RepositoryService repositoryService;
    private final RuntimeService runtimeService;

    MigrationProposals(RepositoryService repositoryService, RuntimeService runtimeService) {
        this.repositoryService = repositoryService;
        this.runtimeService = runtimeService;
    }

    Computed compute(String sourceDefinitionId, Function<ProcessInstance, String> shownNumber) {
        ProcessDefinition source = definition(sourceDefinitionId);
        ProcessDefinition target = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(source.getKey())
                .latestVersion()
                .singleResult();
        if (target.getId().equals(source.getId())) {
            throw new IllegalArgumentException(
                    "Version " + source.getVersion() + " is the latest of " + source.getKey());
        }
        Map<String, InvalidStep> invalid = new LinkedHashMap<>();
        MigrationPlan plan = validPlan(source.getId(), target.getId(), invalid);
        Map<String, String> mapped = new LinkedHashMap<>();
        plan.getInstructions().forEach(i -> mapped.put(i.getSourceActivityId(), i.getTargetActivityId()));
        Map<String, String> sourceNames = names(source.getId());
        Map<String, String> targetNames = names(target.getId());

        List<CaseCheck> cases = new ArrayList<>();
        for (ProcessInstance instance : runtimeService
                .createProcessInstanceQuery()
                .processDefinitionId(source.getId())
                .orderByProcessInstanceId()
                .asc()
                .listPage(0, MAX_CASES)) {
            cases.add(check(instance, shownNumber.apply(instance), mapped, invalid, sourceNames, targetNames));
        }
        List<Step> steps = new ArrayList<>();
        mapped.forEach((from, to) -> steps.add(new Step(
                from,
                sourceNames.getOrDefault(from, from),
                to,
                targetNames.getOrDefault(to, to),
                cases.stream()
                        .filter(c -> c.movable() && c.waitingAt().contains(from))
                        .count())));
        Proposal proposal = new Proposal(
                source.getKey(),
                source.getId(),
                source.getVersion(),
                target.getId(),
                target.getVersion(),
                steps,
                List.copyOf(invalid.values()),
                cases);
        return new Computed(proposal, plan);
    }

    /**
     * The plan of equal activities; when the engine finds instructions invalid, they
     * are set aside with the engine's reasons and the plan is built again from the others.
     */
    private MigrationPlan validPlan(String sourceId, String targetId, Map<String, InvalidStep> invalid) {
        List<MigrationInstruction> kept = null;
        for (int attempt = 0; attempt < 20; attempt++) {
            MigrationPlanBuilder builder = runtimeService.createMigrationPlan(sourceId, targetId);
            if (kept == null) {
                builder.mapEqualActivities();
            } else {
                for (MigrationInstruction instruction : kept) {
                    var mapping =
                            builder.mapActivities(instruction.getSourceActivityId(), instruction.getTargetActivityId());
                    if (instruction.isUpdateEventTrigger()) {
                        mapping.updateEventTrigger();
                    }
                }
            }
            try {
                return builder.build();
            } catch (MigrationPlanValidationException refused) {
                Set<String> failing = new LinkedHashSet<>();
                for (MigrationInstructionValidationReport report :
                        refused.getValidationReport().getInstructionReports()) {
                    MigrationInstruction instruction = report.getMigrationInstruction();
                    failing.add(key(instruction));
                    invalid.putIfAbsent(
                            instruction.getSourceActivityId(),
                            new InvalidStep(
                                    instruction.getSourceActivityId(),
                                    instruction.getTargetActivityId(),
                                    List.copyOf(report.getFailures())));
                }
                if (failing.isEmpty()) {
                    throw refused; // a variable report: nothing an instruction less would mend
                }
                kept = refused.getValidationReport().getMigrationPlan().getInstructions().stream()
                        .filter(instruction -> !failing.contains(key(instruction)))
                        .toList();
            }
        }
        throw new IllegalStateException("No valid migration plan from " + sourceId + " to " + targetId);
    }

    private static String key(MigrationInstruction instruction) {
        return instruction.getSourceActivityId() + " -> " + instruction.getTargetActivityId();
    }

    private CaseCheck check(
            ProcessInstance instance,
            String shownNumber,
            Map<String, String> mapped,
            Map<String, InvalidStep> invalid,
            Map<String, String> sourceNames,
            Map<String, String> targetNames) {
        List<String> waitingAt = new ArrayList<>();
        collectWaiting(runtimeService.getActivityInstance(instance.getId()), waitingAt);
        for (String activity : waitingAt) {
            if (mapped.containsKey(activity)) {
                continue;
            }
            Reason reason = invalid.containsKey(activity)
                    ? Reason.INSTRUCTION_INVALID
                    : targetNames.containsKey(activity) ? Reason.STEP_CHANGED : Reason.STEP_REMOVED;
            return new CaseCheck(
                    instance.getId(),
                    shownNumber,
                    waitingAt,
                    false,
                    activity,
                    sourceNames.getOrDefault(activity, activity),
                    reason);
        }
        return new CaseCheck(instance.getId(), shownNumber, waitingAt, true, null, null, null);
    }

    /** The steps a case waits at: the leaves of its activity tree, and its asynchronous continuations. */
    private static void collectWaiting(ActivityInstance instance, List<String> waitingAt) {
        if (instance == null) {
            return;
        }
        for (TransitionInstance transition : instance.getChildTransitionInstances()) {
            waitingAt.add(transition.getActivityId());
        }
        if (instance.getChildActivityInstances().length == 0
                && instance.getChildTransitionInstances().length == 0
                && instance.getParentActivityInstanceId() != null) {
            waitingAt.add(instance.getActivityId());
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            collectWaiting(child, waitingAt);
        }
    }

    private ProcessDefinition definition(String definitionId) {
        ProcessDefinition found = definitionId == null
                ? null
                : repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionId(definitionId)
                        .singleResult();
        if (found == null) {
            throw new IllegalArgumentException("No process version " + definitionId);
        }
        return found;
    }

    /** The flow elements of a version by id, with their names (the id when unnamed). */
    Map<String, String> names(String definitionId) {
        Map<String, String> names = new HashMap<>();
        for (FlowElement element :
                repositoryService.getBpmnModelInstance(definitionId).getModelElementsByType(FlowElement.class)) {
            names.put(element.getId(), Optional.ofNullable(element.getName()).orElse(element.getId()));
        }
        return names;
    }
}
