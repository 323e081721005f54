package lu.adem.tremplin.shared.engine;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.ProcessBeans;
import lu.adem.tremplin.support.ModelerDeployment;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.WebSession;

/**
 * The engine's side doors of issue 13, tried as an attacker would — on the HTTP path first, then at the
 * engine, which must hold whatever the path: query expressions in any branch (CVE-2026-109432),
 * expressions reaching reflection or beans, users starting processes or writing variables, a completion
 * carrying variables outside the task's form, attachments, and errors that confirm a task id.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EngineGuardsIntegrationTests {

    private static final String REFLECTION = "${''.getClass().forName('java.lang.Runtime').getRuntime()}";
    private static final String COUNSELLOR_ESCH = "counsellor2";

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngineConfigurationImpl configuration;

    @Autowired
    TaskService taskService;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    FormService formService;

    @Autowired
    FilterService filterService;

    @Autowired
    IdentityService identityService;

    @Autowired
    Onboarding onboarding;

    @Autowired
    ProcessBeans processBeans;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
    }

    private String proposalTask(String jobseekerId, Agency agency) {
        onboarding.proposeProgramme(jobseekerId, agency);
        return taskService
                .createTaskQuery()
                .processInstanceBusinessKey(jobseekerId)
                .singleResult()
                .getId();
    }

    private void as(String user, String... groups) {
        identityService.setAuthentication(user, List.of(groups));
    }

    private static HttpResponse<String> webappPost(WebSession session, String path, String contentType, String body) {
        session.get("/camunda/app/cockpit/default/");
        return session.send(session.request(path)
                .header("Content-Type", contentType)
                .header("X-XSRF-TOKEN", String.valueOf(session.cookie("XSRF-TOKEN")))
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> engineRest(String method, String path, String user, String json) {
        WebSession session = WebSession.anonymous(port);
        HttpRequest.Builder request = session.request(path).header("Authorization", basic(user, "demo"));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        return session.send(request.method(
                method,
                json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    // --- hole 1: code execution through a task query's or-branch

    @Test
    void shouldRefuseAnOrQueryExpressionSentAsStarSlashJsonThroughTheWebappApi() {
        String body = "{\"orQueries\":[{\"assigneeExpression\":\"" + REFLECTION + "\"}]}";
        WebSession supervisor = WebSession.signedIn(port, "supervisor", "demo");

        assertThat(webappPost(supervisor, "/camunda/api/engine/engine/default/task", "*/json", body)
                        .statusCode())
                .as("a type the guard cannot parse")
                .isEqualTo(415);
        assertThat(webappPost(supervisor, "/camunda/api/engine/engine/default/task", "application/json", body)
                        .statusCode())
                .isEqualTo(400);
        assertThat(webappPost(
                                supervisor,
                                "/camunda/api/engine/engine/default/task",
                                "application/json; charset=UTF-16",
                                "{\"orQueries\":[{\"assigneeExpression\":\"\\u0024{x}\"}]}")
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldCloseTheWebappsAndTheirEngineApiToCounsellors() {
        WebSession counsellor = WebSession.signedIn(port, "counsellor", "demo");

        assertThat(counsellor.get("/camunda/app/tasklist/default/").statusCode())
                .isEqualTo(403);
        HttpResponse<String> page = counsellor.send(counsellor
                .request("/camunda/app/tasklist/default/")
                .header("Accept", "text/html")
                .GET());
        assertThat(page.statusCode())
                .as("a page leads back to Tremplin, which says why")
                .isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/?camunda-refused"));
        assertThat(counsellor
                        .get("/camunda/api/engine/engine/default/task?maxResults=5")
                        .statusCode())
                .isEqualTo(403);
        assertThat(counsellor
                        .send(counsellor
                                .request("/camunda/api/engine/engine/default/task")
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void shouldRefuseAnExpressionInAnyBranchOfATaskQueryWhateverThePath() {
        as("supervisor", "supervisor");
        assertThatThrownBy(() -> taskService
                        .createTaskQuery()
                        .or()
                        .taskAssigneeExpression(REFLECTION)
                        .endOr()
                        .list())
                .isInstanceOf(BadUserRequestException.class)
                .hasMessageContaining("not accepted in queries");
        assertThatThrownBy(() -> taskService
                        .createTaskQuery()
                        .or()
                        .taskName("x")
                        .endOr()
                        .or()
                        .taskCandidateGroupExpression("${currentUserGroups()}")
                        .endOr()
                        .count())
                .isInstanceOf(BadUserRequestException.class);

        identityService.clearAuthentication();
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .or()
                        .processInstanceId("x")
                        .endOr()
                        .list())
                .as("a query without expressions runs")
                .isEmpty();
    }

    @Test
    void shouldNeverEvaluateAnExpressionStoredInAFiltersOrBranch() {
        var query = taskService
                .createTaskQuery()
                .or()
                .taskAssigneeExpression(REFLECTION)
                .endOr();
        var filter =
                filterService.newTaskFilter("attack-" + TestData.uniqueId()).setQuery(query);
        filterService.saveFilter(filter);

        assertThatThrownBy(() -> filterService.list(filter.getId()))
                .isInstanceOf(ProcessEngineException.class)
                .satisfies(refused -> assertThat(causes(refused)).contains("Expressions are not accepted in queries"));
    }

    // --- hole 2: a malformed escape beside an encoded expression

    @Test
    void shouldRefuseAMalformedEscapeRatherThanPassItOnUndecoded() {
        String response = WebSession.anonymous(port)
                .raw(
                        "GET /engine-rest/task?maxResults=5&sortBy=%24%7Bx%7D%ZZ HTTP/1.1" + "\r\nAuthorization: "
                                + basic("processowner", "demo"),
                        null);

        assertThat(response).startsWith("HTTP/1.1 400").contains("Malformed percent-escape");
        assertThat(engineRest("GET", "/engine-rest/task?maxResults=5&sortBy=%24%7Bx%7D", "processowner", null)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void shouldRefuseAnExpressionWhateverTheBodysTransferOrEncoding() throws Exception {
        String query = "{\"orQueries\":[{\"assigneeExpression\":\"" + REFLECTION + "\"}]}";
        WebSession session = WebSession.anonymous(port);
        HttpRequest.Builder task = session.request("/engine-rest/task")
                .header("Authorization", basic("processowner", "demo"))
                .header("Content-Type", "application/json");

        HttpResponse<String> chunked = session.send(task.copy()
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new java.io.ByteArrayInputStream(query.getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
        var zipped = new java.io.ByteArrayOutputStream();
        try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
            gzip.write(query.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        HttpResponse<String> gzip = session.send(task.copy()
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofByteArray(zipped.toByteArray())));
        HttpResponse<String> oversized = session.send(task.copy()
                .POST(HttpRequest.BodyPublishers.ofString("{\"nameLike\":\"" + "x".repeat(6 * 1024 * 1024) + "\"}")));

        assertThat(chunked.statusCode()).as("chunked, no length").isEqualTo(400);
        assertThat(gzip.statusCode()).as("compressed: not readable, not passed").isEqualTo(415);
        assertThat(oversized.statusCode()).as("over 5 MB").isEqualTo(413);
    }

    // --- expressions of deployed diagrams: no reflection, no beans but the delegates

    @Test
    void shouldKeepExpressionsAwayFromReflectionTheEngineAndOtherBeans() {
        String instance = onboarding.proposeProgramme("DE-EL-0001", Agency.WILTZ);

        assertThat(evaluate(instance, "${agency}")).isEqualTo(Agency.WILTZ.code());
        assertThat(evaluate(instance, "${checkEligibility}"))
                .isSameAs(processBeans.get("checkEligibility").orElseThrow());
        assertThat(evaluate(instance, "${execution.getVariable('jobseekerId')}"))
                .isEqualTo("DE-EL-0001");
        assertThat(evaluate(instance, "${dateTime().plusDays(14).toDate()}")).isInstanceOf(java.util.Date.class);
        for (String attack : List.of(
                REFLECTION,
                "${''.class}",
                "${execution.getClass().getClassLoader()}",
                "${execution.processEngineServices.identityService}",
                "${execution.getProcessEngine()}",
                "${checkEligibility.getClass()}",
                "${identityService}",
                "${dataSource}",
                "${applicationContext}")) {
            assertThatThrownBy(() -> evaluate(instance, attack)).as(attack).isInstanceOf(ProcessEngineException.class);
        }
    }

    private Object evaluate(String instanceId, String expression) {
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            ExecutionEntity execution = context.getExecutionManager().findExecutionById(instanceId);
            return configuration
                    .getExpressionManager()
                    .createExpression(expression)
                    .getValue(execution);
        });
    }

    @Test
    void shouldExposeOnlyTheDelegatesOfTheProcessPackagesToExpressions() {
        assertThat(processBeans.names())
                .contains(
                        "checkEligibility",
                        "buildShortlist",
                        "recordRouteDecision",
                        "requirePrivacyNotice",
                        "checkCourseChoice")
                .doesNotContain("identityService", "onboarding", "dataSource", "processEngine", "taskChanges");
    }

    // --- hole 3: counsellors around the programme's rules

    @Test
    void shouldLetNoUserStartAProcessOrWriteVariablesInTheEngine() {
        String task = proposalTask("DE-SIDE-0003", Agency.LUXEMBOURG);
        String instance =
                taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        as("counsellor", "counsellor", Agency.LUXEMBOURG.groupId());

        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey("follow-up"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(
                        OnboardingProcess.KEY,
                        Map.of("jobseekerId", "DE-LUX-1", "agency", Agency.ESCH_SUR_ALZETTE.code())))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.setVariable(task, "proposedRoute", "AUTONOMOUS"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService.setVariable(instance, "agency", Agency.ESCH_SUR_ALZETTE.code()))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtimeService
                        .createMessageCorrelation("anything")
                        .setVariable("agency", "ESCH")
                        .correlateAll())
                .isInstanceOf(AuthorizationException.class);

        identityService.clearAuthentication();
        assertThat(runtimeService.getVariable(instance, "agency")).isEqualTo(Agency.LUXEMBOURG.code());
    }

    @Test
    void shouldCompleteATaskWithTheFieldsOfItsFormOnly() {
        String task = proposalTask("DE-SIDE-0004", Agency.LUXEMBOURG);
        String instance =
                taskService.createTaskQuery().taskId(task).singleResult().getProcessInstanceId();
        as("counsellor", "counsellor", Agency.LUXEMBOURG.groupId());

        assertThatThrownBy(() -> formService.submitTaskForm(
                        task,
                        Map.of(
                                "proposalChannel",
                                "MEETING",
                                "proposalOutcome",
                                "LATER",
                                "agency",
                                Agency.ESCH_SUR_ALZETTE.code())))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("agency");
        assertThatThrownBy(() -> taskService.complete(task, Map.of("proposalOutcome", "LATER", "proposedRoute", "X")))
                .isInstanceOf(AuthorizationException.class)
                .hasMessageContaining("proposedRoute");
        assertThatThrownBy(() -> taskService.handleBpmnError(task, "any", "any", Map.of("agency", "ESCH")))
                .isInstanceOf(AuthorizationException.class);

        taskService.complete(task, Map.of("proposalChannel", "MEETING", "proposalOutcome", "LATER"));
        identityService.clearAuthentication();
        assertThat(runtimeService.getVariable(instance, "agency")).isEqualTo(Agency.LUXEMBOURG.code());
    }

    @Test
    void shouldRefuseAnExtraFieldInASubmittedFormOverHttpEvenToAnAdministrator() {
        String task = proposalTask("DE-SIDE-0005", Agency.LUXEMBOURG);

        HttpResponse<String> response = engineRest(
                "POST",
                "/engine-rest/task/" + task + "/submit-form",
                "admin",
                "{\"variables\":{\"proposalChannel\":{\"value\":\"MEETING\"},\"proposalOutcome\":{\"value\":\"LATER\"},"
                        + "\"agency\":{\"value\":\"ESCH\"}}}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(taskService.createTaskQuery().taskId(task).count())
                .as("still open")
                .isOne();
    }

    @Test
    void shouldRefuseProcessStartsThroughTheEngineApiToAProcessOwner() {
        HttpResponse<String> response =
                engineRest("POST", "/engine-rest/process-definition/key/follow-up/start", "processowner", "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("follow-up")
                        .count())
                .isZero();
    }

    @Test
    void shouldLetAProcessOwnerDeployButNotDeleteTheVersionTheyDeployed() {
        String bpmn = ModelerDeployment.process("owner-delete-check", "");
        as("processowner", "process-owner");
        String deployment = configuration
                .getRepositoryService()
                .createDeployment()
                .name("owner-delete-check")
                .addString("owner-delete-check.bpmn", bpmn)
                .deploy()
                .getId();

        assertThatThrownBy(() -> configuration.getRepositoryService().deleteDeployment(deployment, true))
                .isInstanceOf(AuthorizationException.class);
        assertThat(engineRest("DELETE", "/engine-rest/deployment/" + deployment + "?cascade=true", "processowner", null)
                        .statusCode())
                .isEqualTo(403);
        identityService.clearAuthentication();
        assertThat(configuration
                        .getRepositoryService()
                        .createDeploymentQuery()
                        .deploymentId(deployment)
                        .count())
                .isOne();
    }

    // --- attachments and the existence of task ids

    @Test
    void shouldCloseAttachmentsToUsersInTheEngine() {
        String task = proposalTask("DE-SIDE-0006", Agency.LUXEMBOURG);
        as("supervisor", "supervisor");

        assertThatThrownBy(
                        () -> taskService.createAttachment("url", task, null, "cv", "a cv", "https://example.org/cv"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> taskService.getTaskAttachments(task)).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void shouldAnswerAnInvisibleTaskAsOneThatDoesNotExist() {
        String task = proposalTask("DE-SIDE-0007", Agency.LUXEMBOURG);

        HttpResponse<String> existing =
                engineRest("POST", "/engine-rest/task/" + task + "/complete", "processowner", "{}");
        HttpResponse<String> missing =
                engineRest("POST", "/engine-rest/task/no-such-task/complete", "processowner", "{}");

        assertThat(existing.statusCode()).isEqualTo(missing.statusCode());
        assertThat(existing.body().replace(task, "ID")).isEqualTo(missing.body().replace("no-such-task", "ID"));
        as(COUNSELLOR_ESCH, "counsellor", Agency.ESCH_SUR_ALZETTE.groupId());
        assertThatThrownBy(() -> taskService.claim(task, COUNSELLOR_ESCH)).hasMessageContaining("Cannot find task");
        assertThatThrownBy(() -> taskService.claim("no-such-task", COUNSELLOR_ESCH))
                .hasMessageContaining("Cannot find task");
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append(" | ");
        }
        return messages.toString();
    }
}
