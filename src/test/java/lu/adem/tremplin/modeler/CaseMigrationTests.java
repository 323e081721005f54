package lu.adem.tremplin.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.modeler.CaseMigration.CaseCheck;
import lu.adem.tremplin.modeler.CaseMigration.CaseResult;
import lu.adem.tremplin.modeler.CaseMigration.Outcome;
import lu.adem.tremplin.modeler.CaseMigration.Proposal;
import lu.adem.tremplin.modeler.CaseMigration.Reason;
import lu.adem.tremplin.modeler.CaseMigration.Step;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.OnboardingMigration;
import lu.adem.tremplin.support.TestData;

/**
 * Issue 19, point 4: cases waiting at each user task of onboarding move from the version they run on to a
 * version that renames one task (they move) and removes another (the case waiting there is reported and
 * stays). The other cases of the shared database (demo data, other tests) are counted before and after, and
 * never moved; version 2 and this test's cases are deleted afterwards.
 */
class CaseMigrationTests extends KaribuViewTest {

    private String version2Deployment;
    private String batchId;
    private final Map<String, String> caseAt = new LinkedHashMap<>();

    private CaseMigration migration() {
        return context.getBean(CaseMigration.class);
    }

    /** Version 2 of onboarding deployed through the workbench by a new process owner; returns version 1's id. */
    private String deployVersion2(String owner) {
        String version1 = OnboardingMigration.latest(context);
        signIn(owner);
        Workbench workbench = context.getBean(Workbench.class);
        String content = workbench.open("bpmn/onboarding.bpmn").content();
        version2Deployment = workbench
                .deploy(
                        "bpmn/onboarding.bpmn",
                        OnboardingMigration.version2(content),
                        "Clearer name for the referral; no separate language-support decision",
                        false)
                .deploymentId();
        return version1;
    }

    @AfterEach
    void deleteVersion2AndTheCases() {
        identityService.clearAuthentication();
        RuntimeService runtime = context.getBean(RuntimeService.class);
        data.asTremplin(() -> {
            caseAt.values()
                    .forEach(id -> runtime.deleteProcessInstanceIfExists(id, "test over", true, true, true, true));
            return null;
        });
        OnboardingMigration.undo(data, context, batchId, version2Deployment);
    }

    @Test
    void shouldMoveCasesAtEveryUserTaskButTheRemovedOneAndReportIt() {
        String owner = data.processOwner();
        String version1 = deployVersion2(owner);
        Proposal before = migration().propose(version1);
        for (String task : OnboardingMigration.USER_TASKS) {
            caseAt.put(task, OnboardingMigration.caseWaitingAt(data, context, version1, task));
        }
        signIn(owner);

        Proposal proposal = migration().propose(version1);

        assertThat(proposal.targetVersion()).isEqualTo(proposal.sourceVersion() + 1);
        assertThat(proposal.invalid()).isEmpty();
        assertThat(proposal.steps()).extracting(Step::activityId).doesNotContain(OnboardingMigration.REMOVED);
        assertThat(proposal.steps())
                .filteredOn(step -> step.activityId().equals(OnboardingMigration.RENAMED))
                .singleElement()
                .satisfies(step -> {
                    assertThat(step.name()).isEqualTo("Refer to basic digital training");
                    assertThat(step.targetName()).isEqualTo(OnboardingMigration.NEW_NAME);
                });
        Map<String, Long> movableBefore = movableByStep(before);
        for (Step step : proposal.steps()) {
            long added = OnboardingMigration.USER_TASKS.contains(step.activityId()) ? 1 : 0;
            assertThat(step.movable())
                    .as("cases that can move at %s", step.activityId())
                    .isEqualTo(movableBefore.getOrDefault(step.activityId(), 0L) + added);
        }
        assertThat(proposal.staying()).hasSize(before.staying().size() + 1);
        Map<String, CaseCheck> mine = mine(proposal.cases(), CaseCheck::caseId);
        assertThat(mine).hasSize(8);
        CaseCheck stuck = mine.get(caseAt.get(OnboardingMigration.REMOVED));
        assertThat(stuck.movable()).isFalse();
        assertThat(stuck.blockedAt()).isEqualTo(OnboardingMigration.REMOVED);
        assertThat(stuck.blockedAtName()).isEqualTo("Decide on language support");
        assertThat(stuck.reason()).isEqualTo(Reason.STEP_REMOVED);
        assertThat(mine.values()).filteredOn(CaseCheck::movable).hasSize(7);
        assertThat(mine.values())
                .as("a process owner may not open the jobseekers' files")
                .extracting(CaseCheck::registrationNumber)
                .containsOnlyNulls();

        CaseMigration.Run run = migration().run(version1, caseAt.values(), "Cases follow the clearer referral");
        batchId = run.batchId();

        assertThat(run.author()).isEqualTo(owner);
        assertThat(run.note()).isEqualTo("Cases follow the clearer referral");
        assertThat(migration().progress(run.batchId())).isEqualTo(new CaseMigration.Progress(7, 0, 0, false));
        assertThatThrownBy(() -> migration().run(version1, caseAt.values(), "Twice"))
                .as("a second click while the batch runs")
                .isInstanceOfSatisfying(
                        Workbench.Rejected.class,
                        r -> assertThat(r.problems()).extracting(Problem::rule).containsExactly("migration-running"));

        OnboardingMigration.runBatch(data, context, run.batchId());
        signIn(owner);

        assertThat(migration().progress(run.batchId())).isEqualTo(new CaseMigration.Progress(7, 7, 0, true));
        Map<String, CaseResult> results = mine(migration().results(run.batchId()), CaseResult::caseId);
        assertThat(results).hasSize(8);
        caseAt.forEach((task, id) -> {
            CaseResult result = results.get(id);
            if (task.equals(OnboardingMigration.REMOVED)) {
                assertThat(result.outcome()).isEqualTo(Outcome.STAYED);
                assertThat(result.version()).isEqualTo(proposal.sourceVersion());
                assertThat(result.reason()).isEqualTo(Reason.STEP_REMOVED);
                assertThat(result.activityName()).isEqualTo("Decide on language support");
            } else {
                assertThat(result.outcome()).as(task).isEqualTo(Outcome.MOVED);
                assertThat(result.version()).isEqualTo(proposal.targetVersion());
            }
        });
        RuntimeService runtime = context.getBean(RuntimeService.class);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionId(proposal.targetDefinitionId())
                        .count())
                .as("only this test's cases moved")
                .isEqualTo(7);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(caseAt.get(OnboardingMigration.RENAMED))
                        .activityIdIn(OnboardingMigration.RENAMED)
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(proposal.targetDefinitionId());
        assertThat(migration().lastRun(version1))
                .hasValueSatisfying(last -> assertThat(last.batchId()).isEqualTo(run.batchId()));
    }

    @Test
    void shouldRequireANoteAndSomethingToMove() {
        String owner = data.processOwner();
        String version1 = deployVersion2(owner);
        caseAt.put(
                OnboardingMigration.REMOVED,
                OnboardingMigration.caseWaitingAt(data, context, version1, "DecideLanguageSupport"));
        signIn(owner);

        assertThatThrownBy(() -> migration().run(version1, caseAt.values(), " "))
                .isInstanceOfSatisfying(
                        Workbench.Rejected.class,
                        r -> assertThat(r.problems()).extracting(Problem::rule).containsExactly("note-required"));
        assertThatThrownBy(() -> migration().run(version1, caseAt.values(), "Only a case that cannot move"))
                .isInstanceOfSatisfying(
                        Workbench.Rejected.class,
                        r -> assertThat(r.problems()).extracting(Problem::rule).containsExactly("nothing-to-move"));
    }

    @Test
    void shouldRefuseTheMoveToACounsellorInTremplinAndInTheEngine() {
        String version1 = deployVersion2(data.processOwner());
        String waiting = OnboardingMigration.caseWaitingAt(data, context, version1, "ProposeProgramme");
        caseAt.put("ProposeProgramme", waiting);
        String version2 = OnboardingMigration.latest(context);
        MigrationPlan plan = data.asTremplin(() -> context.getBean(RuntimeService.class)
                .createMigrationPlan(version1, version2)
                .mapEqualActivities()
                .build());
        String counsellor = data.counsellor(Agency.WILTZ);
        signIn(counsellor);

        assertThatThrownBy(() -> migration().propose(version1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> migration().run(version1, List.of(waiting), "Not mine to do"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> context.getBean(RuntimeService.class)
                        .newMigration(plan)
                        .processInstanceIds(waiting)
                        .executeAsync())
                .as("the engine itself, whatever the path")
                .isInstanceOf(AuthorizationException.class);
        identityService.clearAuthentication();
        assertThat(context.getBean(RuntimeService.class)
                        .createProcessInstanceQuery()
                        .processInstanceId(waiting)
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(version1);
    }

    /** A process of its own whose step "wait" is the given element. */
    private static String waitingProcess(String key, String wait) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://tremplin.test">
                  <bpmn:message id="go" name="go-%1$s"/>
                  <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
                    %2$s
                    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
                    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="wait"/>
                    <bpmn:sequenceFlow id="f2" sourceRef="wait" targetRef="end"/>
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, wait);
    }

    private static final String RECEIVE_TASK = "<bpmn:receiveTask id=\"wait\" name=\"Wait\" messageRef=\"go\"/>";
    private static final String TIMER = "<bpmn:intermediateCatchEvent id=\"wait\" name=\"Wait\">"
            + "<bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition>"
            + "</bpmn:intermediateCatchEvent>";

    private List<CaseMigration.InvalidStep> lastInvalid;

    /** The one case of a process of its own, waiting at "wait" as {@code before} has it, once {@code after} is deployed. */
    private CaseCheck caseAtAChangedStep(String before, String after) {
        String key = "migration-step-" + TestData.uniqueId().toLowerCase(java.util.Locale.ROOT);
        RepositoryService repository = context.getBean(RepositoryService.class);
        List<String> deployments = new java.util.ArrayList<>();
        try {
            String version1 = data.asTremplin(() -> {
                deployments.add(repository
                        .createDeployment()
                        .addString("bpmn/" + key + ".bpmn", waitingProcess(key, before))
                        .deploy()
                        .getId());
                String first = repository
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(key)
                        .singleResult()
                        .getId();
                context.getBean(RuntimeService.class).startProcessInstanceById(first);
                deployments.add(repository
                        .createDeployment()
                        .addString("bpmn/" + key + ".bpmn", waitingProcess(key, after))
                        .deploy()
                        .getId());
                return first;
            });
            signIn(data.processOwner());

            Proposal proposal = migration().propose(version1);

            assertThat(proposal.steps()).extracting(Step::activityId).doesNotContain("wait");
            assertThat(proposal.cases()).hasSize(1);
            lastInvalid = proposal.invalid();
            return proposal.cases().get(0);
        } finally {
            identityService.clearAuthentication();
            data.asTremplin(() -> {
                deployments.forEach(id -> repository.deleteDeployment(id, true));
                return null;
            });
        }
    }

    @Test
    void shouldKeepACaseWaitingAtAStepThatChangedKind() {
        CaseCheck check = caseAtAChangedStep(RECEIVE_TASK, TIMER);

        assertThat(check.movable()).isFalse();
        assertThat(check.blockedAt()).isEqualTo("wait");
        assertThat(check.blockedAtName()).isEqualTo("Wait");
        assertThat(check.reason()).isEqualTo(Reason.STEP_CHANGED);
        assertThat(lastInvalid).isEmpty();
    }

    private Map<String, Long> movableByStep(Proposal proposal) {
        return proposal.steps().stream().collect(Collectors.toMap(Step::activityId, Step::movable));
    }

    private <T> Map<String, T> mine(List<T> all, Function<T, String> caseId) {
        return all.stream()
                .filter(item -> caseAt.containsValue(caseId.apply(item)))
                .collect(Collectors.toMap(caseId, Function.identity()));
    }
}
