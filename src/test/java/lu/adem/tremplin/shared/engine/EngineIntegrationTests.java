package lu.adem.tremplin.shared.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.Questionnaire;

/** The engine as Tremplin configures it: hardened, authorizations on, bpmn/ and forms/ deployed once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineIntegrationTests {

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessResourceDeployment startupDeployment;

    @Autowired
    Onboarding onboarding;

    @Autowired
    RoleGroups roleGroups;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    @Test
    void shouldRunWithTheSecuritySettingsOfAdr0003() {
        assertThat(configuration.isAuthorizationEnabled()).isTrue();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
        assertThat(configuration.isEnableExpressionsInStoredQueries()).isFalse();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.getQueryMaxResultsLimit()).isEqualTo(2000);
    }

    @Test
    void shouldRefuseExpressionsInAdhocTaskQueries() {
        assertThatThrownBy(() -> taskService
                        .createTaskQuery()
                        .taskAssigneeExpression("${currentUser()}")
                        .count())
                .isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void shouldRefuseJavaSerializedVariables() {
        String instance = onboarding.proposeProgramme("DE-TEST-SER1", Agency.WILTZ);

        assertThatThrownBy(() -> configuration
                        .getRuntimeService()
                        .setVariable(
                                instance,
                                "payload",
                                Variables.serializedObjectValue("rO0ABXQAAA==")
                                        .serializationDataFormat(SerializationDataFormats.JAVA)
                                        .objectTypeName("java.lang.String")
                                        .create()))
                .isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void shouldRefuseUnboundedQueriesOfSignedInUsers() {
        identityService.setAuthentication("supervisor", List.of("supervisor"));

        assertThatThrownBy(
                        () -> repositoryService.createProcessDefinitionQuery().list())
                .isInstanceOf(BadUserRequestException.class);
    }

    @Test
    void shouldDeployBpmnAndFormsUnderStableNamesOnlyOnce() throws Exception {
        ProcessDefinition onboardingDefinition = latestOnboarding();
        assertThat(repositoryService.getDeploymentResourceNames(onboardingDefinition.getDeploymentId()))
                .contains(OnboardingProcess.RESOURCE);
        assertThat(onboardingDefinition.getResourceName()).isEqualTo(OnboardingProcess.RESOURCE);
        long versions = repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .count();

        startupDeployment.run(null);

        assertThat(repositoryService
                        .createProcessDefinitionQuery()
                        .processDefinitionKey(OnboardingProcess.KEY)
                        .count())
                .isEqualTo(versions);
    }

    @Test
    void shouldNotShadowAVersionDeployedLaterWhenRestarting() throws Exception {
        String changed = new String(getClass()
                        .getResourceAsStream("/" + OnboardingProcess.RESOURCE)
                        .readAllBytes())
                .replace("name=\"Propose the programme\"", "name=\"Propose the OpenClassrooms programme\"");
        var workbench = repositoryService
                .createDeployment()
                .name("workbench")
                .addString(OnboardingProcess.RESOURCE, changed)
                .deployWithResult();
        try {
            startupDeployment.run(null);

            assertThat(latestOnboarding().getDeploymentId()).isEqualTo(workbench.getId());
        } finally {
            repositoryService.deleteDeployment(workbench.getId(), true);
        }
    }

    @Test
    void shouldResolveTheTaskFormOfTheFirstStep() throws Exception {
        onboarding.proposeProgramme("DE-TEST-FORM1", Agency.WILTZ);
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey("DE-TEST-FORM1")
                .singleResult();

        try (var form = configuration.getFormService().getDeployedTaskForm(task.getId())) {
            assertThat(new String(form.readAllBytes())).contains("\"id\": \"propose-the-programme\"");
        }
    }

    @Test
    void shouldLetOnlyTheCaseAgencysCounsellorsSeeAndCompleteItsTask() {
        onboarding.proposeProgramme("DE-TEST-AUTH1", Agency.LUXEMBOURG);
        Task task = taskService
                .createTaskQuery()
                .processInstanceBusinessKey("DE-TEST-AUTH1")
                .singleResult();

        identityService.setAuthentication("counsellor2", List.of("counsellor", Agency.ESCH_SUR_ALZETTE.groupId()));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
        // another agency's task answers as a task that does not exist
        assertThatThrownBy(() -> taskService.complete(task.getId(), Map.of("proposalOutcome", "DECLINED")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageContaining("Cannot find task with id " + task.getId());

        identityService.setAuthentication("counsellor", List.of("counsellor", Agency.LUXEMBOURG.groupId()));
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isOne();
        taskService.complete(task.getId(), Map.of("proposalChannel", "MEETING", "proposalOutcome", "ACCEPTED"));
    }

    @Test
    void shouldRunTheDigitalReadinessAssessmentWithTheApplicationsDelegates() {
        var runtime = configuration.getRuntimeService();
        String instance = runtime.startProcessInstanceByKey(
                        "digital-readiness", Map.of("jobseekerId", "DE-TEST-DR1", "agency", Agency.LUXEMBOURG.code()))
                .getId();
        identityService.setAuthentication("counsellor", List.of("counsellor", Agency.LUXEMBOURG.groupId()));
        Map<String, Object> answers = Questionnaire.basicTraining();

        taskService.complete(
                taskService
                        .createTaskQuery()
                        .processInstanceId(instance)
                        .singleResult()
                        .getId(),
                answers);
        Task validate =
                taskService.createTaskQuery().processInstanceId(instance).singleResult();
        assertThat(taskService.getVariable(validate.getId(), "proposedRoute")).isEqualTo("BASIC_TRAINING");
        taskService.complete(validate.getId(), Map.of("routeDecision", "CONFIRM"));

        identityService.clearAuthentication();
        var history = configuration
                .getHistoryService()
                .createHistoricVariableInstanceQuery()
                .processInstanceId(instance);
        assertThat(history.variableName("route").singleResult().getValue()).isEqualTo("BASIC_TRAINING");
        assertThat(configuration
                        .getHistoryService()
                        .createHistoricVariableInstanceQuery()
                        .processInstanceId(instance)
                        .variableName("routeDecidedBy")
                        .singleResult()
                        .getValue())
                .isEqualTo("counsellor");
    }

    @Test
    void shouldGiveEachRoleExactlyTheGrantsOfItsTableAndTakeBackOlderOnes() throws Exception {
        // a database of an earlier release: counsellors had Tasklist and could start any process
        var tasklist = configuration.getAuthorizationService().createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        tasklist.setGroupId("counsellor");
        tasklist.setResource(Resources.APPLICATION);
        tasklist.setResourceId("tasklist");
        tasklist.addPermission(Permissions.ACCESS);
        configuration.getAuthorizationService().saveAuthorization(tasklist);
        var owners = configuration
                .getAuthorizationService()
                .createAuthorizationQuery()
                .groupIdIn("process-owner")
                .resourceType(Resources.PROCESS_DEFINITION)
                .resourceId("*")
                .singleResult();
        owners.addPermission(Permissions.ALL);
        configuration.getAuthorizationService().saveAuthorization(owners);

        roleGroups.run(null);

        for (String role : RoleGrants.ROLE_GROUPS) {
            var granted =
                    configuration.getAuthorizationService().createAuthorizationQuery().groupIdIn(role).list().stream()
                            .filter(a -> "*".equals(a.getResourceId())
                                    || a.getResourceType() == Resources.APPLICATION.resourceType())
                            .map(a -> a.getResourceType() + "/" + a.getResourceId() + "/"
                                    + ((org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity) a)
                                            .getPermissions())
                            .sorted()
                            .toList();
            var table = RoleGrants.of(role).stream()
                    .map(g -> g.resource().resourceType() + "/" + g.resourceId() + "/"
                            + g.permissions().stream()
                                    .mapToInt(p -> p.getValue())
                                    .reduce(0, (a, b) -> a | b))
                    .sorted()
                    .toList();
            assertThat(granted).as(role).isEqualTo(table);
        }
        assertThat(RoleGrants.of("counsellor"))
                .as("counsellors work through each task's candidate group")
                .isEmpty();
        assertThat(configuration.getDefaultUserPermissionForTask()).isEqualTo(Permissions.TASK_WORK);
    }

    @Test
    void shouldRefuseASecondOnboardingForTheSameJobseeker() {
        onboarding.proposeProgramme("DE-TEST-TWICE", Agency.WILTZ);

        assertThatThrownBy(() -> onboarding.proposeProgramme("DE-TEST-TWICE", Agency.WILTZ))
                .isInstanceOf(Onboarding.OnboardingAlreadyRunning.class);
    }

    private ProcessDefinition latestOnboarding() {
        return repositoryService
                .createProcessDefinitionQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .latestVersion()
                .singleResult();
    }
}
