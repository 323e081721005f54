package lu.adem.tremplin.shared.engine;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.CaseAlreadyRunning;
import lu.adem.tremplin.shared.CaseHandover;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.WebSession;

/** One running onboarding per jobseeker by construction, whatever the path (docs/adr/0022). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NoDuplicateIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    Onboarding onboarding;

    @Autowired
    RuntimeService runtimeService;

    @Autowired
    EngineAsSystem asSystem;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CaseHandover handover;

    @Autowired
    ApplicationContext context;

    private long running(String jobseekerId) {
        return asSystem.call(() -> runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(jobseekerId)
                .count());
    }

    private long rows(String jobseekerId) {
        return jdbc.sql("select count(*) from running_case where process_key = 'onboarding' and business_key = :key")
                .param("key", jobseekerId)
                .query(Long.class)
                .single();
    }

    @Test
    void shouldAnswerASecondProposalAsAlreadyDoneWithTheRunningCase() {
        String first = onboarding.proposeProgramme("DE-DUP-0001", Agency.WILTZ);

        assertThatThrownBy(() -> onboarding.proposeProgramme("DE-DUP-0001", Agency.WILTZ))
                .isInstanceOfSatisfying(
                        Onboarding.OnboardingAlreadyRunning.class,
                        done -> assertThat(done.runningInstanceId()).isEqualTo(first));
        assertThat(running("DE-DUP-0001")).isOne();
        assertThat(rows("DE-DUP-0001")).isOne();
    }

    @Test
    void shouldRefuseASecondStartAtTheEngineItself() {
        String first = onboarding.proposeProgramme("DE-DUP-0002", Agency.WILTZ);

        assertThatThrownBy(() -> asSystem.call(() -> runtimeService.startProcessInstanceByKey(
                        OnboardingProcess.KEY,
                        "DE-DUP-0002",
                        Map.of("jobseekerId", "DE-DUP-0002", "agency", Agency.WILTZ.code()))))
                .isInstanceOfSatisfying(
                        CaseAlreadyRunning.class,
                        done -> assertThat(done.runningInstanceId()).isEqualTo(first));
        assertThat(running("DE-DUP-0002")).isOne();
    }

    @Test
    void shouldFreeTheKeyWhenTheCaseIsDeletedEvenWithoutCustomListeners() {
        String first = onboarding.proposeProgramme("DE-DUP-0003", Agency.WILTZ);
        asSystem.run(() -> runtimeService.deleteProcessInstance(first, "test", true));
        assertThat(rows("DE-DUP-0003")).isZero();

        String second = onboarding.proposeProgramme("DE-DUP-0003", Agency.WILTZ);

        assertThat(second).isNotEqualTo(first);
        assertThat(rows("DE-DUP-0003")).isOne();
    }

    @Test
    void shouldReplaceARowWhoseCaseNoLongerRuns() {
        jdbc.sql("insert into running_case (process_key, business_key, process_instance_id, started_at) "
                        + "values ('onboarding', 'DE-DUP-0004', 'gone', current_timestamp)")
                .update();

        String started = onboarding.proposeProgramme("DE-DUP-0004", Agency.WILTZ);

        assertThat(jdbc.sql("select process_instance_id from running_case where business_key = 'DE-DUP-0004'")
                        .query(String.class)
                        .single())
                .isEqualTo(started);
    }

    @Test
    void shouldAnswerADuplicateStartOverTheEngineRestApiWithTheRunningCase() throws Exception {
        String body = "{\"businessKey\":\"DE-DUP-0005\",\"variables\":{"
                + "\"jobseekerId\":{\"value\":\"DE-DUP-0005\",\"type\":\"String\"},"
                + "\"agency\":{\"value\":\"wiltz\",\"type\":\"String\"}}}";

        HttpResponse<String> first = start(body);
        HttpResponse<String> second = start(body);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        assertThat(first.headers().firstValue(AlreadyRunningAnswer.HEADER)).isEmpty();
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        assertThat(second.headers().firstValue(AlreadyRunningAnswer.HEADER)).contains("true");
        JsonNode started = new ObjectMapper().readTree(first.body());
        JsonNode answered = new ObjectMapper().readTree(second.body());
        assertThat(answered.get("id").asText()).isEqualTo(started.get("id").asText());
        assertThat(answered.get("definitionId").asText())
                .isEqualTo(started.get("definitionId").asText());
        assertThat(answered.get("businessKey").asText()).isEqualTo("DE-DUP-0005");
        assertThat(answered.get("ended").asBoolean()).isFalse();
        assertThat(answered.get("suspended").asBoolean()).isFalse();
        assertThat(answered.get("links").get(0).get("href").asText())
                .isEqualTo(started.get("links").get(0).get("href").asText());
        assertThat(running("DE-DUP-0005")).isOne();
    }

    @Test
    void shouldKeepOneRunningFollowUpPerJobseekerAndCourse() {
        String first = followUp("DE-DUP-0006", "7100001");

        assertThatThrownBy(() -> followUp("DE-DUP-0006", "7100001"))
                .isInstanceOfSatisfying(CaseAlreadyRunning.class, done -> {
                    assertThat(done.runningInstanceId()).isEqualTo(first);
                    assertThat(done.businessKey()).isEqualTo("DE-DUP-0006:7100001");
                });
        // the announcing step run again: answered as done, its job does not fail
        assertThat(handover.startNext("course-enrolled", "DE-DUP-0006", followUpVariables("DE-DUP-0006", "7100001")))
                .isFalse();
        assertThat(followUps("DE-DUP-0006")).isOne();
        // another course is another follow-up
        assertThat(followUp("DE-DUP-0006", "7100002")).isNotEqualTo(first);
        assertThat(followUps("DE-DUP-0006")).isEqualTo(2);

        asSystem.run(() -> runtimeService.deleteProcessInstance(first, "test", true));
        assertThat(handover.startNext("course-enrolled", "DE-DUP-0006", followUpVariables("DE-DUP-0006", "7100001")))
                .isTrue();
        assertThat(followUps("DE-DUP-0006")).isEqualTo(2);
    }

    @Test
    void shouldKeepOneRunningCourseRecommendationPerJobseeker() {
        String number = new TestData(context).courseChoice(TestData.newJobseeker(Agency.WILTZ));
        Map<String, Object> variables = Map.of(
                CaseVariables.JOBSEEKER_ID,
                number,
                CaseVariables.AGENCY,
                Agency.WILTZ.code(),
                CaseVariables.ROUTE,
                "GUIDED_START",
                CaseVariables.WEEKLY_HOURS_ANSWER,
                1);

        assertThat(handover.startNext("jobseeker-enrolled", number, variables)).isFalse();
        assertThatThrownBy(() -> asSystem.call(() -> runtimeService
                        .createMessageCorrelation("jobseeker-enrolled")
                        .processInstanceBusinessKey(number)
                        .setVariables(variables)
                        .correlateStartMessage()))
                .isInstanceOf(CaseAlreadyRunning.class);
        assertThat(asSystem.call(() -> runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey("course-recommendation")
                        .processInstanceBusinessKey(number)
                        .count()))
                .isOne();
    }

    private String followUp(String jobseekerId, String course) {
        return asSystem.call(() -> runtimeService
                .createMessageCorrelation("course-enrolled")
                .processInstanceBusinessKey(jobseekerId)
                .setVariables(followUpVariables(jobseekerId, course))
                .correlateStartMessage()
                .getId());
    }

    private static Map<String, Object> followUpVariables(String jobseekerId, String course) {
        return Map.of(
                CaseVariables.JOBSEEKER_ID,
                jobseekerId,
                CaseVariables.AGENCY,
                Agency.WILTZ.code(),
                CaseVariables.ROUTE,
                "AUTONOMOUS",
                CaseVariables.ENROLLED_COURSE,
                course);
    }

    private long followUps(String jobseekerId) {
        return asSystem.call(() -> runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey("follow-up")
                .processInstanceBusinessKey(jobseekerId)
                .count());
    }

    private HttpResponse<String> start(String body) {
        WebSession session = WebSession.anonymous(port);
        return session.send(session.request("/engine-rest/process-definition/key/onboarding/start")
                .header("Authorization", basic("admin", "demo"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
