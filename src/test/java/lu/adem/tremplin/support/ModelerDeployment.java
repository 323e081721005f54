package lu.adem.tremplin.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What Camunda Modeler's "deploy" sends to {@code /engine-rest/deployment/create}: multipart, one part
 * per file, a deployment name and source. Callers add the {@code Authorization} header (and whatever an
 * attacker's page would add).
 */
public final class ModelerDeployment {

    private ModelerDeployment() {}

    /** A process with the given elements after its start event, and a history time to live. */
    public static String process(String id, String elements) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="https://tremplin.test">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="30">
                    <bpmn:startEvent id="start"/>
                    %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(id, elements);
    }

    /** The request deploying these files under this deployment name. */
    public static HttpRequest.Builder request(WebSession session, String deploymentName, Map<String, byte[]> files) {
        String boundary = "----tremplin" + TestData.uniqueId();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
                        + deploymentName + "\r\n--" + boundary
                        + "\r\nContent-Disposition: form-data; name=\"deployment-source\"\r\n\r\n"
                        + "Camunda Modeler\r\n")
                .getBytes(StandardCharsets.UTF_8));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                            + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.request("/engine-rest/deployment/create")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    /** The request deploying one process with just a start event. */
    public static HttpRequest.Builder request(WebSession session, String processId) {
        return request(
                session,
                processId,
                Map.of(processId + ".bpmn", process(processId, "").getBytes(StandardCharsets.UTF_8)));
    }
}
