package lu.adem.tremplin.shared.security;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.support.ModelerDeployment;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.WebSession;

/**
 * The web layer's answers to attacks that once worked (issue 13), each tried on the HTTP path an
 * attacker would use: forged cross-site requests, forced logout, first-run setup and attachments of
 * Camunda, and what a browser behind an HTTPS proxy gets (cookies, HSTS, CSP, error pages).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class WebHardeningIntegrationTests {

    private static final String EVIL = "https://evil.example";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    TaskService taskService;

    @Autowired
    IdentityService identityService;

    @Autowired
    Environment environment;

    private String ownOrigin() {
        return "http://localhost:" + port;
    }

    // --- CSRF on /engine-rest through Basic credentials the browser cached

    @Test
    void shouldRefuseAnEngineApiWriteThatAPageOfAnotherSiteMadeTheBrowserSend() {
        String name = "forged-" + TestData.uniqueId();

        assertThat(deploy(name, "Origin", EVIL).statusCode()).isEqualTo(403);
        assertThat(deploy(name, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(deploy(name, "Sec-Fetch-Site", "same-site").statusCode()).isEqualTo(403);
        assertThat(deploy(name, "Origin", "null").statusCode())
                .as("a sandboxed page")
                .isEqualTo(403);
        assertThat(repositoryService
                        .createDeploymentQuery()
                        .deploymentName(name)
                        .count())
                .isZero();
    }

    @Test
    void shouldAcceptAnEngineApiWriteFromTheSameOriginAndFromTools() {
        assertThat(deploy("same-origin-" + TestData.uniqueId(), "Origin", ownOrigin())
                        .statusCode())
                .isEqualTo(200);
        assertThat(deploy("typed-" + TestData.uniqueId(), "Sec-Fetch-Site", "none")
                        .statusCode())
                .isEqualTo(200);
        assertThat(deploy("modeler-" + TestData.uniqueId(), "User-Agent", "Camunda Modeler")
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void shouldNotChallengeABrowserToTheEngineApi() {
        WebSession browser = WebSession.anonymous(port);
        HttpResponse<String> navigation = browser.send(browser.request("/engine-rest/engine")
                .header("Sec-Fetch-Mode", "navigate")
                .header("Sec-Fetch-Site", "none"));
        HttpResponse<String> oldBrowser = browser.send(browser.request("/engine-rest/engine")
                .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"));
        HttpResponse<String> wrongPassword = browser.send(browser.request("/engine-rest/engine")
                // an unknown account: a wrong password would pause a real account's sign-in (Camunda's throttling)
                .header("Sec-Fetch-Mode", "cors")
                .header("Authorization", basic("nobody", "wrong")));
        HttpResponse<String> curl =
                browser.send(browser.request("/engine-rest/engine").header("Accept", "*/*"));

        for (HttpResponse<String> response : List.of(navigation, oldBrowser, wrongPassword)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        }
        assertThat(curl.statusCode()).isEqualTo(401);
        assertThat(curl.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }

    /** A process owner's browser with cached Basic credentials, sending a one-process deployment. */
    private HttpResponse<String> deploy(String name, String header, String value) {
        WebSession session = WebSession.anonymous(port);
        return session.send(ModelerDeployment.request(
                        session,
                        name,
                        Map.of(
                                "check.bpmn",
                                ModelerDeployment.process("web-hardening-check", "")
                                        .getBytes(StandardCharsets.UTF_8)))
                .header("Authorization", basic("processowner", "demo"))
                .header(header, value));
    }

    // --- login CSRF

    @Test
    void shouldRefuseALoginPostedFromAnotherSite() {
        for (String[] header : List.of(new String[] {"Origin", EVIL}, new String[] {"Sec-Fetch-Site", "cross-site"})) {
            WebSession victim = WebSession.anonymous(port);
            HttpResponse<String> login = login(victim, "supervisor", header[0], header[1]);

            assertThat(login.statusCode()).isEqualTo(403);
            assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("TREMPLIN_SESSION="));
            assertThat(victim.get("/cockpit").statusCode()).as("not signed in").isEqualTo(302);
        }
    }

    @Test
    void shouldSignInFromTheLoginPageOfTheSameOrigin() {
        WebSession browser = WebSession.anonymous(port);
        HttpResponse<String> login = browser.send(loginRequest(browser, "supervisor")
                .header("Origin", ownOrigin())
                .header("Sec-Fetch-Site", "same-origin")
                .header("Sec-Fetch-Mode", "navigate"));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
        assertThat(browser.get("/cockpit").statusCode()).isEqualTo(200);
    }

    private static HttpResponse<String> login(WebSession session, String user, String header, String value) {
        return session.send(loginRequest(session, user).header(header, value));
    }

    private static HttpRequest.Builder loginRequest(WebSession session, String user) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        return session.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
    }

    // --- forced logout through Camunda's CSRF filter

    @Test
    void shouldRefuseAForgedWebappRequestWithoutEndingTheSession() {
        WebSession supervisor = WebSession.signedIn(port, "supervisor", "demo");
        supervisor.get("/camunda/app/cockpit/default/");
        String token = supervisor.cookie("XSRF-TOKEN");
        HttpRequest.Builder count = supervisor
                .request("/camunda/api/engine/engine/default/process-instance/count")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"));

        HttpResponse<String> withoutToken = supervisor.send(count.copy());
        HttpResponse<String> wrongToken = supervisor.send(count.copy().header("X-XSRF-TOKEN", "0123456789ABCDEF"));

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
        assertThat(wrongToken.statusCode()).isEqualTo(403);
        assertThat(supervisor.get("/camunda/api/admin/auth/user/default").body())
                .contains("\"userId\":\"supervisor\"");
        assertThat(supervisor.get("/cockpit").statusCode())
                .as("still signed into Tremplin")
                .isEqualTo(200);
        assertThat(supervisor.send(count.copy().header("X-XSRF-TOKEN", token)).statusCode())
                .isEqualTo(200);
    }

    // --- upstream holes of Camunda 7.24: first-run setup (CVE-2026-77226) and attachments

    @Test
    void shouldCloseCamundaAdminsFirstRunSetupToEveryone() {
        String userId = TestData.userId("intruder");
        String user = "{\"profile\":{\"id\":\"" + userId
                + "\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@n.example\"},"
                + "\"credentials\":{\"password\":\"a-long-password-1\"}}";
        String setup = "/camunda/api/admin/setup/default/user/create";

        WebSession anonymous = WebSession.anonymous(port);
        HttpResponse<String> anonymousTry = anonymous.send(anonymous
                .request(setup)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)));
        WebSession admin = WebSession.signedIn(port, "admin", "demo");
        admin.get("/camunda/app/admin/default/");
        HttpResponse<String> adminTry = admin.send(admin.request(setup)
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", admin.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(user)));

        assertThat(anonymousTry.statusCode()).isEqualTo(302);
        assertThat(adminTry.statusCode()).isEqualTo(403);
        assertThat(adminTry.body()).contains("closed");
        assertThat(identityService.createUserQuery().userId(userId).count()).isZero();
    }

    @Test
    void shouldCloseTaskAttachmentsOnTheEngineApiAndTheWebappApi() {
        String taskId = taskService.createTaskQuery().list().get(0).getId();
        WebSession tool = WebSession.anonymous(port);
        WebSession supervisor = WebSession.signedIn(port, "supervisor", "demo");
        supervisor.get("/camunda/app/cockpit/default/");

        List<HttpRequest.Builder> attempts = List.of(
                tool.request("/engine-rest/task/" + taskId + "/attachment").GET(),
                tool.request("/engine-rest/engine/default/task/" + taskId + "/attachment/create")
                        .header("Content-Type", "multipart/form-data; boundary=x")
                        .POST(HttpRequest.BodyPublishers.ofString("--x--\r\n")),
                tool.request("/engine-rest/task/" + taskId + "/attachm%65nt/some-id")
                        .DELETE());
        for (HttpRequest.Builder attempt : attempts) {
            HttpResponse<String> response = tool.send(attempt.header("Authorization", basic("admin", "demo")));
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(403);
        }
        HttpResponse<String> webapp = supervisor.send(supervisor
                .request("/camunda/api/engine/engine/default/task/" + taskId + "/attachment/create")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", supervisor.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"attachmentName\":\"x\",\"url\":\"https://evil.example\"}")));
        assertThat(webapp.statusCode()).isEqualTo(403);
        assertThat(supervisor
                        .get("/camunda/api/engine/engine/default/task/" + taskId + "/attachment")
                        .statusCode())
                .isEqualTo(403);
        assertThat(taskService.getTaskAttachments(taskId)).isEmpty();
    }

    // --- refusals are logged with who asked

    @Test
    void shouldLogEveryRefusalWithTheUserTheMethodAndThePath(CapturedOutput output) {
        WebSession tool = WebSession.anonymous(port);
        tool.send(tool.request("/engine-rest/engine").header("Authorization", basic("counsellor", "demo")));
        deploy("logged-" + TestData.uniqueId(), "Origin", EVIL);
        login(WebSession.anonymous(port), "supervisor", "Origin", EVIL);
        WebSession supervisor = WebSession.signedIn(port, "supervisor", "demo");
        supervisor.send(supervisor.request("/logout").POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(output.getOut())
                .contains("Refused GET /engine-rest/engine to counsellor")
                .contains("Refused POST /engine-rest/deployment/create to processowner: cross-site request")
                .contains("Refused POST /login to anonymous: cross-site request")
                .contains("Refused POST /logout to supervisor")
                .doesNotContain("from user null");
    }

    // --- headers, proxies, cookies, sessions, error pages

    @Test
    void shouldSendTheContentSecurityPolicyOnTremplinsPagesOnly() {
        HttpResponse<String> login = WebSession.anonymous(port).get("/login");
        WebSession supervisor = WebSession.signedIn(port, "supervisor", "demo");
        HttpResponse<String> cockpit = supervisor.get("/camunda/app/cockpit/default/");
        WebSession tool = WebSession.anonymous(port);
        HttpResponse<String> engine =
                tool.send(tool.request("/engine-rest/engine").header("Authorization", basic("processowner", "demo")));

        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp -> assertThat(csp)
                        .contains(
                                "default-src 'self'",
                                "frame-ancestors 'self'",
                                "object-src 'none'",
                                "base-uri 'self'",
                                "form-action 'self'"));
        assertThat(supervisor.get("/cockpit").headers().firstValue("Content-Security-Policy"))
                .hasValue(ContentSecurityPolicy.POLICY);
        assertThat(cockpit.headers().allValues("Content-Security-Policy"))
                .as("Camunda's own")
                .isNotEmpty()
                .doesNotContain(ContentSecurityPolicy.POLICY);
        assertThat(engine.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void shouldMarkTheSessionCookieSecureAndSendHstsWhenTheProxySaysHttps() {
        WebSession browser = WebSession.anonymous(port);
        HttpResponse<String> login = browser.send(loginRequest(browser, "supervisor")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7"));

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).startsWith("https://"));
        assertThat(sessionCookie(login)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .hasValueSatisfying(v -> assertThat(v).contains("max-age="));
    }

    @Test
    void shouldNeitherMarkTheCookieSecureNorSendHstsOverPlainHttp() {
        HttpResponse<String> login = WebSession.anonymous(port).login("supervisor", "demo");

        assertThat(sessionCookie(login))
                .doesNotContain("Secure")
                .contains("HttpOnly")
                .contains("SameSite=Lax")
                .contains("Path=/");
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void shouldTrustForwardedHeadersFromTomcatsPrivateRangesByDefault() {
        assertThat(environment.getProperty("server.forward-headers-strategy")).isEqualTo("native");
        assertThat(environment.getProperty("server.tomcat.remoteip.internal-proxies"))
                .isEqualTo(new ServerProperties().getTomcat().getRemoteip().getInternalProxies());
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("TREMPLIN_SESSION="))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void shouldChangeTheSessionIdAtLogin() {
        WebSession browser = WebSession.anonymous(port);
        browser.get("/login");
        String before = browser.cookie("TREMPLIN_SESSION");

        browser.login("supervisor", "demo");

        assertThat(before).isNotNull();
        assertThat(browser.cookie("TREMPLIN_SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void shouldShowNoStackTraceOnErrorPages() {
        WebSession supervisor = WebSession.signedIn(port, "supervisor", "demo");
        List<HttpResponse<String>> failures = List.of(
                supervisor.get("/VAADIN/no-such-file.js"),
                supervisor.get("/a//b"),
                supervisor.get("/%2e%2e/etc/passwd"),
                // a heartbeat for a UI id that is no number: the server fails (500)
                supervisor.send(
                        supervisor.request("/?v-r=heartbeat&v-uiId=abc").POST(HttpRequest.BodyPublishers.noBody())));

        for (HttpResponse<String> failure : failures) {
            assertThat(failure.statusCode()).as(failure.uri().toString()).isGreaterThanOrEqualTo(400);
            assertThat(failure.body())
                    .as(failure.uri().toString())
                    .doesNotContain("Exception")
                    .doesNotContain("at org.")
                    .doesNotContain("at com.")
                    .doesNotContain("at java.");
        }
    }
}
