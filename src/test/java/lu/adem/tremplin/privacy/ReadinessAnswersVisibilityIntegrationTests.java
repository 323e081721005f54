package lu.adem.tremplin.privacy;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.assessment.DigitalReadinessProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.Questionnaire;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.WebSession;

/**
 * The digital-readiness answers and scores, read on the attacker's path: a supervisor and a process owner
 * hold READ_HISTORY and READ_INSTANCE on every process, yet the engine API returns none of a case's variables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadinessAnswersVisibilityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    private String assessedCase(Agency agency) {
        String number = TestData.registrationNumber();
        String instance = runtimeService
                .startProcessInstanceByKey(
                        DigitalReadinessProcess.KEY, number, Map.of("jobseekerId", number, "agency", agency.code()))
                .getId();
        identityService.setAuthentication("counsellor", List.of("counsellor", agency.groupId()));
        try {
            taskService.complete(
                    taskService
                            .createTaskQuery()
                            .processInstanceId(instance)
                            .singleResult()
                            .getId(),
                    Questionnaire.basicTraining());
            String validate = taskService
                    .createTaskQuery()
                    .processInstanceId(instance)
                    .singleResult()
                    .getId();
            assertThat(taskService.getVariable(validate, DigitalReadinessProcess.VAR_ACCESS_SCORE))
                    .as("the agency's counsellor reads the scores of their task")
                    .isNotNull();
        } finally {
            identityService.clearAuthentication();
        }
        return instance;
    }

    private static final List<String> PATHS = List.of(
            "history/variable-instance?maxResults=50&processInstanceId=",
            "history/detail?maxResults=50&processInstanceId=",
            "variable-instance?maxResults=50&processInstanceIdIn=",
            "history/decision-instance?maxResults=50&includeInputs=true&processInstanceId=");

    private static void assertNoAnswers(String who, String path, int status, String body) {
        assertThat(status).as(who + " " + path + " " + body).isIn(200, 403);
        assertThat(body).as(who + " " + path).doesNotContain("\"a1\"", "accessScore", "skillsScore", "languageScore");
    }

    @Test
    void shouldGiveAProcessOwnerNoneOfTheAnswersOverTheEngineRestApi() {
        String instance = assessedCase(Agency.DIEKIRCH);
        String owner = new TestData(context).processOwner();
        for (String path : PATHS) {
            WebSession session = WebSession.anonymous(port);
            var response = session.send(session.request("/engine-rest/" + path + instance)
                    .header("Authorization", basic(owner, TestData.PASSWORD))
                    .GET());
            assertNoAnswers(owner, path, response.statusCode(), response.body());
        }
    }

    @Test
    void shouldGiveASupervisorNoneOfTheAnswersOverTheWebappsEngineApi() {
        String instance = assessedCase(Agency.DIEKIRCH);
        String supervisor = new TestData(context).supervisor();
        WebSession session = WebSession.signedIn(port, supervisor, TestData.PASSWORD);
        session.get("/camunda/app/cockpit/default/");
        for (String path : PATHS) {
            var response = session.get("/camunda/api/engine/engine/default/" + path + instance);
            assertNoAnswers(supervisor, path, response.statusCode(), response.body());
        }
    }
}
