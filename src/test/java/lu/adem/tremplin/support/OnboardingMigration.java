package lu.adem.tremplin.support;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

import lu.adem.tremplin.shared.Agency;

/**
 * Issue 19's onboarding version 2, and the cases it moves: the version renames "Refer to basic digital
 * training" (id kept) and removes "Decide on language support" (the route goes straight to the decision
 * gateway). Neither is in {@code OnboardingProcess.CONTRACT}, so the workbench deploys it.
 */
public final class OnboardingMigration {

    /** Every user task of onboarding version 1. */
    public static final List<String> USER_TASKS = List.of(
            "ProposeProgramme",
            "GivePrivacyNotice",
            "BookGuidedStart",
            "ConfirmAttendance",
            "ContactAboutMissedSessions",
            "ReferToBasicTraining",
            "DecideLanguageSupport",
            "CallAboutActivation");

    public static final String RENAMED = "ReferToBasicTraining";
    public static final String NEW_NAME = "Refer to a basic digital course";
    public static final String REMOVED = "DecideLanguageSupport";

    private OnboardingMigration() {}

    /** Version 2 from version 1's file. */
    public static String version2(String onboarding) {
        String changed = onboarding
                .replace("name=\"Refer to basic digital training\"", "name=\"" + NEW_NAME + "\"")
                .replace("targetRef=\"DecideLanguageSupport\"", "targetRef=\"LanguageDecision\"")
                .replace(
                        "<bpmn:incoming>Flow_ToLanguageDecision</bpmn:incoming>",
                        "<bpmn:incoming>Flow_LanguageSupport</bpmn:incoming>");
        changed = remove(changed, "<bpmn:userTask id=\"DecideLanguageSupport\".*?</bpmn:userTask>");
        changed = remove(changed, "<bpmn:sequenceFlow id=\"Flow_ToLanguageDecision\"[^>]*/>");
        changed = remove(changed, "<bpmndi:BPMNShape id=\"DecideLanguageSupport_di\".*?</bpmndi:BPMNShape>");
        changed = remove(changed, "<bpmndi:BPMNEdge id=\"Flow_ToLanguageDecision_di\".*?</bpmndi:BPMNEdge>");
        if (changed.contains("DecideLanguageSupport") || !changed.contains(NEW_NAME)) {
            throw new IllegalStateException("onboarding.bpmn changed: version 2 no longer applies");
        }
        return changed;
    }

    private static String remove(String xml, String regex) {
        return Pattern.compile(regex, Pattern.DOTALL).matcher(xml).replaceFirst("");
    }

    /** A new jobseeker's case of this onboarding version, waiting at the activity (run as Tremplin). */
    public static String caseWaitingAt(
            TestData data, ApplicationContext context, String definitionId, String activity) {
        String number = data.jobseeker(Agency.WILTZ);
        return data.asTremplin(() -> context.getBean(RuntimeService.class)
                .createProcessInstanceById(definitionId)
                .businessKey(number)
                .setVariables(Map.of(
                        "jobseekerId", number, "agency", Agency.WILTZ.code(), "guidedStartLastSession", new Date()))
                .startBeforeActivity(activity)
                .execute()
                .getId());
    }

    /** The latest onboarding version's id. */
    public static String latest(ApplicationContext context) {
        return context.getBean(RepositoryService.class)
                .createProcessDefinitionQuery()
                .processDefinitionKey("onboarding")
                .latestVersion()
                .singleResult()
                .getId();
    }

    /**
     * Puts the shared database back: the batch deleted if it still runs, every case on version 2 moved back to
     * version 1 (the demo cases a view test moved with its own), version 2 deleted.
     */
    public static void undo(TestData data, ApplicationContext context, String batchId, String version2Deployment) {
        RuntimeService runtime = context.getBean(RuntimeService.class);
        ManagementService management = context.getBean(ManagementService.class);
        data.asTremplin(() -> {
            if (batchId != null
                    && management.createBatchQuery().batchId(batchId).count() > 0) {
                management.deleteBatch(batchId, true);
            }
            if (version2Deployment == null) {
                return null;
            }
            RepositoryService repository = context.getBean(RepositoryService.class);
            var version2 = repository
                    .createProcessDefinitionQuery()
                    .deploymentId(version2Deployment)
                    .singleResult();
            String previous = repository
                    .createProcessDefinitionQuery()
                    .processDefinitionKey("onboarding")
                    .processDefinitionVersion(version2.getVersion() - 1)
                    .singleResult()
                    .getId();
            if (runtime.createProcessInstanceQuery()
                            .processDefinitionId(version2.getId())
                            .count()
                    > 0) {
                runtime.newMigration(runtime.createMigrationPlan(version2.getId(), previous)
                                .mapEqualActivities()
                                .build())
                        .processInstanceQuery(
                                runtime.createProcessInstanceQuery().processDefinitionId(version2.getId()))
                        .execute();
            }
            repository.deleteDeployment(version2Deployment, true);
            return null;
        });
    }

    /** Runs the batch's seed, migration and monitor jobs as the job executor would, until the batch is gone. */
    public static void runBatch(TestData data, ApplicationContext context, String batchId) {
        ManagementService management = context.getBean(ManagementService.class);
        data.asTremplin(() -> {
            for (int round = 0; round < 20; round++) {
                Batch batch = management.createBatchQuery().batchId(batchId).singleResult();
                if (batch == null) {
                    return null;
                }
                for (String definition : List.of(
                        batch.getSeedJobDefinitionId(),
                        batch.getBatchJobDefinitionId(),
                        batch.getMonitorJobDefinitionId())) {
                    for (Job job : management
                            .createJobQuery()
                            .jobDefinitionId(definition)
                            .list()) {
                        management.executeJob(job.getId());
                    }
                }
            }
            throw new IllegalStateException("Batch " + batchId + " still runs after 20 rounds");
        });
    }
}
