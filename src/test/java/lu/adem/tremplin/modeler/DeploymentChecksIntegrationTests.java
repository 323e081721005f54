package lu.adem.tremplin.modeler;

import static lu.adem.tremplin.support.WebSession.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

import lu.adem.tremplin.followup.FollowUpProcess;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.ProcessBeans;
import lu.adem.tremplin.support.ModelerDeployment;
import lu.adem.tremplin.support.TestSignIn;
import lu.adem.tremplin.support.WebSession;

/**
 * The attacks of issue 13 on deployment, over real HTTP as Camunda Modeler deploys (multipart, HTTP
 * Basic as a process owner) and through the Java API: each refused with 400 and its reason, nothing
 * deployed; a diagram that keeps the rules still deploys.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DeploymentChecksIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repositoryService;

    @Autowired
    IdentityService identityService;

    @Autowired
    ProcessBeans processBeans;

    @Autowired
    Workbench workbench;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        identityService.clearAuthentication();
    }

    /** A process with one element after its start event; the process id is the file's stem. */
    static String diagram(String id, String element) {
        return ModelerDeployment.process(id, element);
    }

    /** What Camunda Modeler's "deploy" sends: multipart with Basic authentication, one part per file. */
    private HttpResponse<String> deployFromModeler(String user, Map<String, byte[]> files) {
        WebSession session = WebSession.anonymous(port);
        return session.send(ModelerDeployment.request(session, "deployment-checks", files)
                .header("Authorization", basic(user, "demo")));
    }

    private HttpResponse<String> deployFromModeler(String user, String name, String content) {
        return deployFromModeler(user, Map.of(name, content.getBytes(StandardCharsets.UTF_8)));
    }

    /** 400, the rule and the element named, and no deployment more than before. */
    private void assertRefused(String name, String content, String rule, String elementId) {
        long before = repositoryService.createDeploymentQuery().count();

        HttpResponse<String> response = deployFromModeler("processowner", name, content);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains("\"type\":\"ParseException\"").contains(rule);
        if (elementId != null) {
            assertThat(response.body())
                    .contains(rule + " at " + elementId)
                    .contains("\"mainElementId\":\"" + elementId + "\"");
        }
        assertThat(repositoryService.createDeploymentQuery().count())
                .as("nothing deployed")
                .isEqualTo(before);
    }

    @Test
    void shouldDeployADiagramThatKeepsTheRulesAndListItInTheWorkbench() {
        assertThat(processBeans.allows("checkEligibility")).isTrue();
        String bpmn = diagram("deployment-checks-valid", """
                <bpmn:serviceTask id="Check" camunda:delegateExpression="${checkEligibility}"/>
                <bpmn:userTask id="Call" camunda:candidateGroups="agency-${agency}" camunda:formRef="deployment-checks-form" camunda:formRefBinding="latest"
                    camunda:dueDate="${dateTime().plusDays(3).toDate()}"/>""");
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("deployment-checks-valid.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));
        files.put(
                "deployment-checks-form.form",
                "{\"id\": \"deployment-checks-form\", \"components\": [{\"type\": \"textfield\", \"key\": \"note\"}]}"
                        .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> response = deployFromModeler("processowner", files);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        TestSignIn.as(identityService, "processowner");
        assertThat(workbench.definitions())
                .extracting(Workbench.Definition::resourceName)
                .contains("bpmn/deployment-checks-valid.bpmn", "forms/deployment-checks-form.form");
    }

    @Test
    void shouldRefuseAFileOverFiveMegabytes() {
        String huge = diagram(
                "deployment-checks-huge",
                "<bpmn:documentation>" + "x".repeat(6 * 1024 * 1024) + "</bpmn:documentation>");

        assertRefused("deployment-checks-huge.bpmn", huge, "too-large", null);
    }

    @Test
    void shouldRefuseAnExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
                + diagram("deployment-checks-xxe", "<bpmn:endEvent id=\"end\" name=\"&secret;\"/>")
                        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");

        assertRefused("deployment-checks-xxe.bpmn", xxe, "doctype", null);
    }

    @Test
    void shouldRefuseEntityExpansion() {
        String laughs =
                "<?xml version=\"1.0\"?>\n<!DOCTYPE d [<!ENTITY a \"lol\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                        + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>\n"
                        + diagram("deployment-checks-laughs", "<bpmn:endEvent id=\"end\" name=\"&d;\"/>")
                                .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");

        assertRefused("deployment-checks-laughs.bpmn", laughs, "doctype", null);
    }

    @Test
    void shouldRefuseReflectionInAServiceTaskExpression() {
        assertRefused(
                "deployment-checks-reflection.bpmn",
                diagram(
                        "deployment-checks-reflection",
                        "<bpmn:serviceTask id=\"Run\" camunda:expression=\"${''.getClass().forName('java.lang.Runtime')}\"/>"),
                "expression-forbidden",
                "Run");
    }

    @Test
    void shouldRefuseADelegateThatIsNotOneOfTremplins() {
        assertRefused(
                "deployment-checks-bean.bpmn",
                diagram(
                        "deployment-checks-bean",
                        "<bpmn:serviceTask id=\"Users\" camunda:delegateExpression=\"${identityService}\"/>"),
                "delegate-bean",
                "Users");
    }

    @Test
    void shouldRefuseAJavaClass() {
        assertRefused(
                "deployment-checks-class.bpmn",
                diagram(
                        "deployment-checks-class",
                        "<bpmn:serviceTask id=\"Run\" camunda:class=\"org.camunda.bpm.engine.impl.util.ReflectUtil\"/>"),
                "java-class",
                "Run");
    }

    @Test
    void shouldRefuseAScriptTask() {
        assertRefused(
                "deployment-checks-script.bpmn",
                diagram(
                        "deployment-checks-script",
                        "<bpmn:scriptTask id=\"Run\" scriptFormat=\"javascript\"><bpmn:script>java.lang.Runtime.getRuntime()</bpmn:script>"
                                + "</bpmn:scriptTask>"),
                "script",
                "Run");
    }

    @Test
    void shouldRefuseJuelInADecision() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="deployment-checks-juel" name="D" namespace="https://tremplin.test" expressionLanguage="juel">
                  <decision id="juel-decision" name="Route" camunda:historyTimeToLive="30">
                    <literalExpression id="value"><text>${identityService}</text></literalExpression>
                  </decision>
                </definitions>
                """;

        assertRefused("deployment-checks-juel.dmn", dmn, "expression-language", "deployment-checks-juel");
    }

    @Test
    void shouldRefuseAFormConditionFeelCannotReadAndDeployOneItCan() {
        String form = "{\"id\": \"deployment-checks-feel\", \"components\": [{\"type\": \"number\", \"key\": \"age\"},"
                + " {\"type\": \"textfield\", \"key\": \"guardian\", \"conditional\": {\"hide\": \"%s\"}}]}";

        assertRefused("deployment-checks-feel.form", form.formatted("=age >"), "form-feel", "guardian");
        HttpResponse<String> valid = deployFromModeler(
                "processowner",
                "deployment-checks-feel.form",
                form.formatted("=age > 18 or list contains(skills, \\\"email\\\")"));
        assertThat(valid.statusCode()).as(valid.body()).isEqualTo(200);
    }

    @Test
    void shouldRefuseAFormComponentTremplinDoesNotRender() {
        assertRefused(
                "deployment-checks-upload.form",
                "{\"id\": \"deployment-checks-upload\", \"components\": [{\"type\": \"filepicker\", \"key\": \"upload\"}]}",
                "form-component",
                "upload");
    }

    @Test
    void shouldRefuseAResourceOfAnotherKind() {
        assertRefused("payload.js", "java.lang.Runtime.getRuntime().exec('id')", "resource-kind", null);
    }

    @Test
    void shouldStillRefuseACounsellor() {
        assertThat(deployFromModeler(
                                "counsellor",
                                "deployment-checks-counsellor.bpmn",
                                diagram("deployment-checks-counsellor", ""))
                        .statusCode())
                .isEqualTo(403);
    }

    /** Issue 14: what the code relies on holds on Camunda Modeler's path too (the file named as Modeler names it). */
    @Test
    void shouldRefuseAnOnboardingWithTheInvitationTaskRenamed() throws IOException {
        String onboarding;
        try (InputStream in = getClass().getResourceAsStream("/" + OnboardingProcess.RESOURCE)) {
            onboarding = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String renamed = onboarding.replace("\"" + OnboardingProcess.TASK_INVITE + "\"", "\"InviteToPlatform\"");

        assertRefused("onboarding.bpmn", renamed, "contract-element", OnboardingProcess.TASK_INVITE);
    }

    @Test
    void shouldRefuseAFollowUpWhoseWeeklyTimerBecameATask() throws IOException {
        String followUp;
        try (InputStream in = getClass().getResourceAsStream("/" + FollowUpProcess.RESOURCE)) {
            followUp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String retyped = followUp.replaceFirst(
                        "(?s)<bpmn:intermediateCatchEvent id=\"" + FollowUpProcess.TIMER_WEEK
                                + "\"(.*?)</bpmn:intermediateCatchEvent>",
                        "<bpmn:task id=\"" + FollowUpProcess.TIMER_WEEK + "\"$1</bpmn:task>")
                .replaceFirst(
                        "(?s)(<bpmn:task id=\"" + FollowUpProcess.TIMER_WEEK
                                + "\".*?)<bpmn:timerEventDefinition.*?</bpmn:timerEventDefinition>",
                        "$1");

        assertRefused("follow-up.bpmn", retyped, "contract-kind", FollowUpProcess.TIMER_WEEK);
    }

    @Test
    void shouldRefuseTheSameThroughTheJavaApi() {
        long before = repositoryService.createDeploymentQuery().count();

        assertThatThrownBy(() -> repositoryService
                        .createDeployment()
                        .name("java-api")
                        .addString(
                                "deployment-checks-java.bpmn",
                                diagram(
                                        "deployment-checks-java",
                                        "<bpmn:serviceTask id=\"Users\" camunda:expression=\"${identityService.createUserQuery().list()}\"/>"))
                        .deploy())
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("expression-bean at Users: identityService");
        assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    /**
     * 30 MB declared: 413 while the client has sent a few bytes of it, so nothing was buffered (a raw
     * socket, which stops sending after the headers and reads the answer).
     */
    @Test
    void shouldAnswer413ToA30MegabyteBodyBeforeReadingIt() throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /engine-rest/deployment/create HTTP/1.1\r\nHost: localhost\r\n"
                            + "Authorization: " + basic("processowner", "demo") + "\r\n"
                            + "Content-Type: multipart/form-data; boundary=x\r\nContent-Length: " + 30 * 1024 * 1024
                            + "\r\n\r\n--x\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();

            assertThat(statusLine(socket.getInputStream())).startsWith("HTTP/1.1 413");
        }
    }

    /** No declared length (chunked): counted as it is read, and cut off at the limit. */
    @Test
    void shouldAnswer413ToAChunkedBodyOverTheLimit() {
        byte[] head = ("--x\r\nContent-Disposition: form-data; name=\"data\"; filename=\"big.bpmn\"\r\n\r\n<a>")
                .getBytes(StandardCharsets.US_ASCII);
        long size = 30L * 1024 * 1024;
        WebSession session = WebSession.anonymous(port);
        HttpResponse<String> response = session.send(session.request("/engine-rest/deployment/create")
                .header("Authorization", basic("processowner", "demo"))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
                            private long sent;

                            @Override
                            public int read() {
                                return sent++ < size ? 'x' : -1;
                            }

                            @Override
                            public int read(byte[] b, int off, int len) {
                                int n = (int) Math.min(len, size - sent);
                                if (n <= 0) {
                                    return -1;
                                }
                                Arrays.fill(b, off, off + n, (byte) 'x');
                                sent += n;
                                return n;
                            }
                        }))));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    private static String statusLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c >= 0 && c != '\r'; c = in.read()) {
            line.append((char) c);
        }
        return line.toString();
    }
}
