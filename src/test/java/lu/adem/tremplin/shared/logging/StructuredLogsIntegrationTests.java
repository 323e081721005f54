package lu.adem.tremplin.shared.logging;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.Questionnaire;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.WebSession;

/**
 * Production's JSON logs (the {@code ecs} format the postgres profile sets): a case driven from proposal to
 * the platform invitation, and a counsellor's refused claim over the engine API, leave lines that carry the
 * case, its registration number and the user as fields, and nothing of the jobseeker's name, e-mail or phone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.structured.format.console=ecs", "logging.structured.ecs.service.name=tremplin"})
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    Onboarding onboarding;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ManagementService managementService;

    @Test
    void shouldLogTheCaseTheNumberAndTheUserAsFieldsAndNoContactDetails(CapturedOutput output) throws Exception {
        TestData data = new TestData(context);
        String number = TestData.registrationNumber();
        String firstName = "Zéphyrine" + TestData.uniqueId();
        String lastName = "Quennehen" + TestData.uniqueId();
        String email = "zephyrine." + TestData.uniqueId().toLowerCase() + "@example.lu";
        String phone = "+352 621 987 654";
        data.register(new Jobseeker(
                null,
                number,
                firstName,
                lastName,
                Agency.WILTZ,
                null,
                EnumSet.of(Language.FR),
                email,
                phone,
                null,
                null));
        String counsellor = data.counsellor(Agency.WILTZ);
        String otherAgency = data.counsellor(Agency.DIEKIRCH);
        int linesBefore = output.getOut().split("\n").length;

        String instance = data.asTremplin(() -> onboarding.proposeProgramme(number, Agency.WILTZ));
        String proposal = data.openTask(number);
        int refused = WebSession.anonymous(port)
                .send(WebSession.anonymous(port)
                        .request("/engine-rest/task/" + proposal + "/claim")
                        .header("Authorization", basic(otherAgency, TestData.PASSWORD))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\":\"" + otherAgency + "\"}")))
                .statusCode();
        complete(
                counsellor,
                number,
                OnboardingProcess.TASK_PROPOSE_PROGRAMME,
                Map.of(
                        OnboardingProcess.VAR_PROPOSAL_CHANNEL,
                        "PHONE",
                        OnboardingProcess.VAR_PROPOSAL_OUTCOME,
                        OnboardingProcess.OUTCOME_ACCEPTED));
        complete(
                counsellor,
                number,
                OnboardingProcess.TASK_PRIVACY_NOTICE,
                Map.of(
                        OnboardingProcess.VAR_PRIVACY_NOTICE_GIVEN,
                        true,
                        OnboardingProcess.VAR_PRIVACY_NOTICE_CHANNEL,
                        "IN_PERSON",
                        "assessmentMode",
                        "INTERVIEW"));
        complete(counsellor, number, "RunInterview", Questionnaire.autonomous());
        complete(counsellor, number, "ValidateRoute", Map.of("routeDecision", "CONFIRM"));
        data.asTremplin(() -> {
            managementService.executeJob(managementService
                    .createJobQuery()
                    .processInstanceId(instance)
                    .activityId(OnboardingProcess.TASK_INVITE)
                    .singleResult()
                    .getId());
            return null;
        });
        LoggerFactory.getLogger(StructuredLogsIntegrationTests.class)
                .warn("A mail server refused {} (call {})", email, phone);

        assertThat(refused).isEqualTo(403);
        List<JsonNode> lines = jsonLinesAfter(output.getOut(), linesBefore);
        assertThat(lines).isNotEmpty();
        assertThat(lines)
                .as("a line of the engine running the invitation, with the case's fields")
                .anySatisfy(line -> {
                    JsonNode tremplin = line.path("tremplin");
                    assertThat(tremplin.path("caseId").asText()).isEqualTo(instance);
                    assertThat(tremplin.path("registrationNumber").asText()).isEqualTo(number);
                    assertThat(tremplin.path("process").asText()).isEqualTo(OnboardingProcess.KEY);
                    assertThat(tremplin.path("step").asText()).isEqualTo(OnboardingProcess.TASK_INVITE);
                });
        assertThat(lines)
                .as("the refused claim over the engine API, with the user")
                .anySatisfy(line -> {
                    assertThat(line.path("user").path("name").asText()).isEqualTo(otherAgency);
                    assertThat(line.path("message").asText()).contains(proposal);
                });
        assertThat(lines)
                .as("the line quoting an address and a number, masked")
                .anySatisfy(line -> assertThat(line.path("message").asText())
                        .isEqualTo("A mail server refused [e-mail] (call [phone])"));
        assertThat(output.getAll()).as("every line written").doesNotContain("failed to append");
        String all = String.join("\n", lines.stream().map(JsonNode::toString).toList());
        assertThat(all).doesNotContain(firstName, lastName, email, phone);
    }

    private void complete(String counsellor, String number, String step, Map<String, Object> variables) {
        identityService.setAuthentication(counsellor, List.of("counsellor", Agency.WILTZ.groupId()));
        try {
            Task task = taskService
                    .createTaskQuery()
                    .processInstanceBusinessKey(number)
                    .singleResult();
            assertThat(task.getTaskDefinitionKey()).isEqualTo(step);
            taskService.complete(task.getId(), variables);
        } finally {
            identityService.clearAuthentication();
        }
    }

    /** Every line written since the mark is one JSON object (nothing else reaches the console in production). */
    private static List<JsonNode> jsonLinesAfter(String out, int mark) throws Exception {
        String[] all = out.split("\n");
        List<JsonNode> lines = new ArrayList<>();
        for (int i = mark; i < all.length; i++) {
            if (all[i].isBlank()) {
                continue;
            }
            assertThat(all[i]).as("line %d is JSON", i).startsWith("{");
            lines.add(JSON.readTree(all[i]));
        }
        return lines;
    }
}
