package lu.adem.tremplin.shared.security;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.support.ModelerDeployment;
import lu.adem.tremplin.support.WebSession;

/** One login for the app, the engine REST API and Camunda's webapps, and the hardening around them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    private HttpResponse<String> engineRest(String path, String user) {
        WebSession session = WebSession.anonymous(port);
        HttpRequest.Builder request = session.request(path);
        if (user != null) {
            request.header("Authorization", basic(user, "demo"));
        }
        return session.send(request.GET());
    }

    @Test
    void shouldSendAnonymousVisitorsOfAViewToTheLogin() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/inbox");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void shouldServeTremplinsLoginViewNotSpringSecuritysDefaultPage() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/login");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("window.Vaadin").doesNotContain("Please sign in");
    }

    @Test
    void shouldOpenTheSelfAssessmentPageToJobseekersWithoutAnAccount() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/self-assessment/an-unknown-token");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void shouldOpenTheCourseChoicePageToJobseekersWithoutAnAccount() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/course-choice/an-unknown-token");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void shouldOpenTheSurveyPageToJobseekersWithoutAnAccount() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/survey/an-unknown-token");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void shouldSendAnonymousVisitorsOfCockpitToTremplinsLogin() {
        HttpResponse<String> response = WebSession.anonymous(port).get("/camunda/app/cockpit/default/");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void shouldRefuseAWrongPassword() {
        // An account of its own: failures count against the account (SignInThrottle).
        HttpResponse<String> response = WebSession.anonymous(port).login("nobody", "wrong");

        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).contains("/login?error"));
    }

    @Test
    void shouldChallengeAnonymousCallsToTheEngineApi() {
        HttpResponse<String> response = engineRest("/engine-rest/engine", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    @Test
    void shouldRefuseTheEngineApiToACounsellor() {
        assertThat(engineRest("/engine-rest/engine", "counsellor").statusCode()).isEqualTo(403);
    }

    @Test
    void shouldOpenTheEngineApiToAProcessOwnerAndAnAdministrator() {
        HttpResponse<String> response = engineRest("/engine-rest/engine", "processowner");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"name\":\"default\"");
        assertThat(engineRest("/engine-rest/process-definition/count", "admin").statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldAcceptADeploymentFromCamundaModelerOnlyFromAProcessOwner() {
        assertThat(deployFromModeler("processowner").statusCode()).isEqualTo(200);
        assertThat(deployFromModeler("counsellor").statusCode()).isEqualTo(403);
    }

    /** What Camunda Modeler's "deploy" sends: multipart with Basic authentication. */
    private HttpResponse<String> deployFromModeler(String user) {
        WebSession session = WebSession.anonymous(port);
        return session.send(
                ModelerDeployment.request(session, "modeler-check").header("Authorization", basic(user, "demo")));
    }

    @Test
    void shouldRefuseAnExpressionInAnEngineApiQueryParameter() {
        HttpResponse<String> response = engineRest("/engine-rest/task?nameLike=%24%7BcurrentUser()%7D", "processowner");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not accepted").contains("nameLike");
    }

    @Test
    void shouldRefuseAnExpressionInAWebappApiQueryBody() {
        WebSession session = WebSession.signedIn(port, "supervisor", "demo");
        session.get("/camunda/app/cockpit/default/");
        HttpResponse<String> response = session.send(session.request("/camunda/api/engine/engine/default/task")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", String.valueOf(session.cookie("XSRF-TOKEN")))
                .POST(HttpRequest.BodyPublishers.ofString("{\"orQueries\":[{\"assigneeExpression\":\"#{x}\"}]}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("orQueries[0].assigneeExpression");
    }

    @Test
    void shouldOpenHealthToLoadBalancersAndTheRestToAdministrators() {
        assertThat(engineRest("/actuator/health", null).statusCode()).isEqualTo(200);
        assertThat(engineRest("/actuator/metrics", null).statusCode()).isEqualTo(401);
        assertThat(engineRest("/actuator/metrics", "counsellor").statusCode()).isEqualTo(403);
        assertThat(engineRest("/actuator/metrics", "admin").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNotServeTheH2Console() {
        assertThat(context.containsBean("h2Console")).isFalse();
        HttpResponse<String> response =
                WebSession.signedIn(port, "admin", "demo").get("/h2-console/");
        assertThat(response.body()).doesNotContain("H2 Console");
    }

    @Test
    void shouldKeepTheSessionCookieFromScriptsAndOtherSites() {
        HttpResponse<String> response = WebSession.anonymous(port).login("counsellor", "demo");

        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("TREMPLIN_SESSION=")
                        .contains("HttpOnly")
                        .contains("SameSite=Lax"));
    }

    @Test
    void shouldRefuseAStateChangeWithoutItsCsrfToken() {
        WebSession session = WebSession.signedIn(port, "supervisor", "demo");

        HttpResponse<String> logout =
                session.send(session.request("/logout").POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(logout.statusCode()).isEqualTo(403);

        session.get("/camunda/app/cockpit/default/");
        HttpRequest.Builder query = session.request("/camunda/api/engine/engine/default/process-instance/count")
                .header("Content-Type", "application/json");
        assertThat(session.send(query.copy()
                                .header("X-XSRF-TOKEN", session.cookie("XSRF-TOKEN"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .statusCode())
                .isEqualTo(200);

        // The forged request is refused before Camunda's own CSRF filter, which would end the session with it.
        HttpResponse<String> forged = session.send(query.copy().POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        assertThat(session.send(query.copy()
                                .header("X-XSRF-TOKEN", session.cookie("XSRF-TOKEN"))
                                .POST(HttpRequest.BodyPublishers.ofString("{}")))
                        .statusCode())
                .as("the session lives on")
                .isEqualTo(200);
    }

    @Test
    void shouldSignAUserIntoCamundasWebappsWithoutASecondLogin() {
        WebSession session = WebSession.signedIn(port, "supervisor", "demo");

        assertThat(session.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = session.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body())
                .contains("\"userId\":\"supervisor\"")
                .contains("cockpit")
                .doesNotContain("tasklist");
    }

    @Test
    void shouldOpenCockpitToSupervisorsAndAdminToAdministrators() {
        WebSession supervisor = WebSession.signedIn(port, "supervisor", "demo");
        assertThat(supervisor.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        assertThat(supervisor.get("/camunda/api/admin/auth/user/default").body())
                .contains("cockpit")
                .doesNotContain("\"admin\"");
        WebSession admin = WebSession.signedIn(port, "admin", "demo");
        assertThat(admin.get("/camunda/app/admin/default/").statusCode()).isEqualTo(200);
        assertThat(admin.get("/camunda/api/admin/auth/user/default").body())
                .contains("\"admin\"")
                .contains("cockpit")
                .contains("tasklist");
    }
}
