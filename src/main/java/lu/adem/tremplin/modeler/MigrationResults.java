package lu.adem.tremplin.modeler;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;

import lu.adem.tremplin.modeler.CaseMigration.CaseResult;
import lu.adem.tremplin.modeler.CaseMigration.Outcome;
import lu.adem.tremplin.modeler.CaseMigration.Reason;
import lu.adem.tremplin.modeler.MigrationRecords.Recorded;
import lu.adem.tremplin.modeler.MigrationRecords.RecordedCase;

/** Where the cases of a recorded move are now, read from the engine as the signed-in user. */
class MigrationResults {

    private final RuntimeService runtimeService;
    private final MigrationProposals proposals;
    private final Function<ProcessInstance, String> shownNumber;

    MigrationResults(
            RuntimeService runtimeService,
            MigrationProposals proposals,
            Function<ProcessInstance, String> shownNumber) {
        this.runtimeService = runtimeService;
        this.proposals = proposals;
        this.shownNumber = shownNumber;
    }

    List<CaseResult> of(Recorded run, List<RecordedCase> cases, boolean batchRunning) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<String, ProcessInstance> now = runtimeService
                .createProcessInstanceQuery()
                .processInstanceIds(cases.stream().map(RecordedCase::caseId).collect(Collectors.toSet()))
                .listPage(0, MigrationProposals.MAX_CASES)
                .stream()
                .collect(Collectors.toMap(ProcessInstance::getId, Function.identity()));
        Map<String, String> names = names(run.sourceDefinitionId());
        List<CaseResult> results = new ArrayList<>();
        for (RecordedCase recorded : cases) {
            ProcessInstance instance = now.get(recorded.caseId());
            results.add(result(run, recorded, instance, batchRunning, names));
        }
        return results;
    }

    private CaseResult result(
            Recorded run,
            RecordedCase recorded,
            ProcessInstance instance,
            boolean batchRunning,
            Map<String, String> names) {
        if (instance == null) {
            return new CaseResult(recorded.caseId(), null, Outcome.ENDED, 0, null, null, null);
        }
        String number = shownNumber.apply(instance);
        if (instance.getProcessDefinitionId().equals(run.targetDefinitionId())) {
            return new CaseResult(recorded.caseId(), number, Outcome.MOVED, run.targetVersion(), null, null, null);
        }
        if (recorded.included()) {
            return batchRunning
                    ? new CaseResult(recorded.caseId(), number, Outcome.PENDING, run.sourceVersion(), null, null, null)
                    : new CaseResult(
                            recorded.caseId(),
                            number,
                            Outcome.STAYED,
                            run.sourceVersion(),
                            null,
                            null,
                            Reason.MIGRATION_FAILED);
        }
        return new CaseResult(
                recorded.caseId(),
                number,
                Outcome.STAYED,
                run.sourceVersion(),
                recorded.activityId(),
                names.getOrDefault(recorded.activityId(), recorded.activityId()),
                recorded.reason());
    }

    private Map<String, String> names(String definitionId) {
        try {
            return proposals.names(definitionId);
        } catch (RuntimeException versionDeleted) {
            return Map.of();
        }
    }
}
