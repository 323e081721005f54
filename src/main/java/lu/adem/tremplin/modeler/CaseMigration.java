package lu.adem.tremplin.modeler;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.modeler.MigrationRecords.Recorded;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * Moves the running cases of an older process version to the latest one (issue 19): the versions that
 * still hold cases, the plan Camunda's migration API proposes (activities mapped by id) with the cases
 * that can move and those that cannot and why, the move as a Camunda batch with a note, its progress and
 * the result per case. For process owners and administrators only, checked here; the engine runs every
 * call as the signed-in user, so its authorizations apply too (the process-owner group may create
 * migration batches, ADR 0012).
 */
@Service
public class CaseMigration {

    /** An older version of a process that still holds running cases. */
    public record OlderVersion(String resourceName, String key, String definitionId, int version, long running) {}

    /** A step of the older version mapped to one of the latest, with the running cases there that can move. */
    public record Step(String activityId, String name, String targetActivityId, String targetName, long movable) {}

    /** An instruction of the equal-activities plan that the engine refused, with the engine's reasons. */
    public record InvalidStep(String activityId, String targetActivityId, List<String> reasons) {}

    /** Why a case cannot move: the step it waits at is gone, changed kind, or its instruction is invalid. */
    public enum Reason {
        STEP_REMOVED,
        STEP_CHANGED,
        INSTRUCTION_INVALID,
        MIGRATION_FAILED
    }

    /**
     * One running case: where it waits, and whether it can move; if not, the step that keeps it and why.
     * {@code registrationNumber} is null unless the user may open the jobseeker's file.
     */
    public record CaseCheck(
            String caseId,
            String registrationNumber,
            List<String> waitingAt,
            boolean movable,
            String blockedAt,
            String blockedAtName,
            Reason reason) {

        /** The case as a user who may not open the file sees it: the first 8 characters of its id. */
        public String shortId() {
            return shortId(caseId);
        }

        static String shortId(String caseId) {
            return caseId.length() <= 8 ? caseId : caseId.substring(0, 8);
        }
    }

    /** What moving the cases of {@code sourceVersion} to {@code targetVersion} would do. */
    public record Proposal(
            String processKey,
            String sourceDefinitionId,
            int sourceVersion,
            String targetDefinitionId,
            int targetVersion,
            List<Step> steps,
            List<InvalidStep> invalid,
            List<CaseCheck> cases) {

        public List<CaseCheck> movable() {
            return cases.stream().filter(CaseCheck::movable).toList();
        }

        public List<CaseCheck> staying() {
            return cases.stream().filter(c -> !c.movable()).toList();
        }
    }

    /** A move started: the engine's batch, who started it, with which note, and how many cases it took. */
    public record Run(
            String batchId,
            String processKey,
            int sourceVersion,
            int targetVersion,
            String author,
            String note,
            Instant startedAt) {}

    /** The batch's progress in cases (one batch job per case); {@code finished} once the engine is done. */
    public record Progress(int total, int done, int failed, boolean finished) {}

    /** Where a case is after the run: moved, still on its version (and why), on its way, or ended meanwhile. */
    public enum Outcome {
        MOVED,
        STAYED,
        PENDING,
        ENDED
    }

    public record CaseResult(
            String caseId,
            String registrationNumber,
            Outcome outcome,
            int version,
            String activityId,
            String activityName,
            Reason reason) {

        public String shortId() {
            return CaseCheck.shortId(caseId);
        }
    }

    private static final Logger log = LoggerFactory.getLogger(CaseMigration.class);

    private final DeployedVersions deployed;
    private final MigrationProposals proposals;
    private final MigrationRecords records;
    private final RuntimeService runtimeService;
    private final ManagementService managementService;
    private final Clock clock;

    CaseMigration(
            DeployedVersions deployed,
            MigrationProposals proposals,
            MigrationRecords records,
            RuntimeService runtimeService,
            ManagementService managementService,
            Clock clock) {
        this.deployed = deployed;
        this.proposals = proposals;
        this.records = records;
        this.runtimeService = runtimeService;
        this.managementService = managementService;
        this.clock = clock;
    }

    /** Every process version but the latest of its file that still holds running cases. */
    public List<OlderVersion> olderVersions() {
        Workbench.owner();
        List<OlderVersion> older = new ArrayList<>();
        for (Workbench.Definition definition : deployed.all()) {
            if (definition.kind() != Workbench.Kind.BPMN) {
                continue;
            }
            definition.versions().stream()
                    .skip(1)
                    .filter(v -> v.running() > 0)
                    .forEach(v -> older.add(new OlderVersion(
                            definition.resourceName(), v.key(), v.definitionId(), v.version(), v.running())));
        }
        return older;
    }

    /** What moving the running cases of this version to the latest version of its process would do. */
    public Proposal propose(String sourceDefinitionId) {
        return proposals.compute(sourceDefinitionId, shownNumbers()).proposal();
    }

    /**
     * Starts moving the given cases of the version, those of them that can move, to the latest version,
     * as a Camunda batch; the others of the version are recorded as staying, with their reason.
     *
     * @throws Workbench.Rejected without a note, with nothing to move, or while a move from this version runs
     */
    public Run run(String sourceDefinitionId, Collection<String> caseIds, String note) {
        CurrentUser user = Workbench.owner();
        Workbench.checkNote(note);
        if (records.from(sourceDefinitionId).stream().anyMatch(r -> isRunning(r.batchId()))) {
            throw new Workbench.Rejected(List.of(Problem.error("migration-running", null, null)));
        }
        MigrationProposals.Computed computed = proposals.compute(sourceDefinitionId, shownNumbers());
        Proposal proposal = computed.proposal();
        Set<String> wanted = new LinkedHashSet<>(caseIds);
        List<String> included = proposal.movable().stream()
                .map(CaseCheck::caseId)
                .filter(wanted::contains)
                .toList();
        if (included.isEmpty()) {
            throw new Workbench.Rejected(List.of(Problem.error("nothing-to-move", null, null)));
        }
        Batch batch = runtimeService
                .newMigration(computed.plan())
                .processInstanceIds(included)
                .executeAsync();
        Recorded run = new Recorded(
                batch.getId(),
                proposal.processKey(),
                proposal.sourceDefinitionId(),
                proposal.sourceVersion(),
                proposal.targetDefinitionId(),
                proposal.targetVersion(),
                user.userId(),
                note.trim(),
                clock.instant());
        records.record(run, included, proposal.staying());
        log.info(
                "{} moves {} cases of {} version {} to version {} (batch {}), {} stay: {}",
                user.userId(),
                included.size(),
                proposal.processKey(),
                proposal.sourceVersion(),
                proposal.targetVersion(),
                batch.getId(),
                proposal.staying().size(),
                note.trim());
        return run(run);
    }

    /** The latest move from this version, if any. */
    public Optional<Run> lastRun(String sourceDefinitionId) {
        Workbench.owner();
        return records.from(sourceDefinitionId).stream().findFirst().map(CaseMigration::run);
    }

    public Progress progress(String batchId) {
        Workbench.owner();
        int total = (int) records.cases(recorded(batchId).batchId()).stream()
                .filter(MigrationRecords.RecordedCase::included)
                .count();
        BatchStatistics statistics =
                managementService.createBatchStatisticsQuery().batchId(batchId).singleResult();
        if (statistics == null) {
            return new Progress(total, total, 0, true);
        }
        int failed = statistics.getFailedJobs();
        return new Progress(
                total, Math.min(statistics.getCompletedJobs(), total), failed, statistics.getRemainingJobs() == failed);
    }

    /** Where each case of the run is now: moved, staying (with the reason), on its way, or ended. */
    public List<CaseResult> results(String batchId) {
        Recorded run = recorded(batchId);
        return new MigrationResults(runtimeService, proposals, shownNumbers())
                .of(run, records.cases(batchId), isRunning(batchId));
    }

    private Recorded recorded(String batchId) {
        Workbench.owner();
        return records.find(batchId).orElseThrow(() -> new IllegalArgumentException("No move " + batchId));
    }

    private boolean isRunning(String batchId) {
        return managementService.createBatchQuery().batchId(batchId).count() > 0;
    }

    private static Run run(Recorded run) {
        return new Run(
                run.batchId(),
                run.processKey(),
                run.sourceVersion(),
                run.targetVersion(),
                run.author(),
                run.note(),
                run.startedAt());
    }

    /**
     * The registration number (the business key) only for those who may open the jobseeker's file
     * (supervisors and administrators across agencies); a process owner sees the case's short id.
     */
    private static java.util.function.Function<ProcessInstance, String> shownNumbers() {
        CurrentUser user = Workbench.owner();
        boolean mayOpenFiles = user.hasRole(Roles.ADMIN) || user.hasRole(Roles.SUPERVISOR);
        return instance -> mayOpenFiles ? instance.getBusinessKey() : null;
    }
}
