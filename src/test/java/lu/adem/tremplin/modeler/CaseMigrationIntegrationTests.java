package lu.adem.tremplin.modeler;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.WebSession;

/**
 * Moving cases between versions is for process owners (ADR 0012, issue 19): a counsellor posting a migration
 * batch to the engine REST API is refused and nothing moves; a supervisor, who may use Cockpit's API, is
 * refused by the engine itself; a process owner's request goes through (what the workbench's move needs).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CaseMigrationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    private TestData data;
    private String version1;
    private String version2;
    private String waiting;

    @BeforeEach
    void twoVersionsAndACaseOnTheFirst() {
        data = new TestData(context);
        RepositoryService repository = context.getBean(RepositoryService.class);
        data.asTremplin(() -> {
            String name = "Inform " + TestData.uniqueId();
            version1 = deploy(repository, WorkbenchTests.sample(name));
            version2 = deploy(repository, WorkbenchTests.sample(name + " and the pilot"));
            waiting = runtime.startProcessInstanceById(version1).getId();
            return null;
        });
    }

    private static String deploy(RepositoryService repository, String content) {
        return repository
                .createDeployment()
                .addString(WorkbenchTests.SAMPLE, content)
                .deployWithResult()
                .getDeployedProcessDefinitions()
                .get(0)
                .getId();
    }

    private String migration() {
        return """
                {"migrationPlan": {"sourceProcessDefinitionId": "%s", "targetProcessDefinitionId": "%s",
                  "instructions": [{"sourceActivityIds": ["Inform"], "targetActivityIds": ["Inform"]}]},
                 "processInstanceIds": ["%s"]}""".formatted(version1, version2, waiting);
    }

    private HttpResponse<String> postToEngineRest(String user) {
        WebSession session = WebSession.anonymous(port);
        return session.send(session.request("/engine-rest/migration/executeAsync")
                .header("Authorization", basic(user, TestData.PASSWORD))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(migration())));
    }

    private void assertNothingMoved(long batchesBefore) {
        assertThat(management.createBatchQuery().count()).isEqualTo(batchesBefore);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(waiting)
                        .singleResult()
                        .getProcessDefinitionId())
                .isEqualTo(version1);
    }

    @Test
    void shouldRefuseACounsellorsMigrationBatchOnTheEngineRestApi() {
        long batches = management.createBatchQuery().count();

        HttpResponse<String> response = postToEngineRest(data.counsellor(Agency.WILTZ));

        assertThat(response.statusCode()).isEqualTo(403);
        assertNothingMoved(batches);
    }

    @Test
    void shouldHaveTheEngineRefuseASupervisorsMigrationBatchThroughCockpitsApi() {
        long batches = management.createBatchQuery().count();
        WebSession supervisor = WebSession.signedIn(port, data.supervisor(), TestData.PASSWORD);
        supervisor.get("/camunda/app/cockpit/default/");

        HttpResponse<String> response = supervisor.send(supervisor
                .request("/camunda/api/engine/engine/default/migration/executeAsync")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", String.valueOf(supervisor.cookie("XSRF-TOKEN")))
                .POST(HttpRequest.BodyPublishers.ofString(migration())));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("AuthorizationException");
        assertNothingMoved(batches);
    }

    @Test
    void shouldAcceptAProcessOwnersMigrationBatch() {
        HttpResponse<String> response = postToEngineRest(data.processOwner());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"type\":\"instance-migration\"");
        management.createBatchQuery().list().forEach(batch -> management.deleteBatch(batch.getId(), true));
    }
}
