package lu.adem.tremplin.support;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Opens a Flow view over HTTP as Vaadin 24's client does after loading the bootstrap page, without a browser:
 * {@code GET /?v-r=init&location=<route>} creates the UI (an empty container), then a UIDL request with the
 * {@code ui-navigate} event (Flow.js's {@code sendEvent}) makes the server navigate: the view is built on the
 * server and its components come back in the answer.
 */
public final class VaadinUi {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VaadinUi() {}

    /** The UIDL answer to the navigation (the view's components, as JSON behind Vaadin's {@code for(;;);}). */
    public static String open(WebSession session, String route) {
        HttpResponse<String> init =
                session.get("/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=");
        if (init.statusCode() != 200) {
            throw new IllegalStateException("UI init for " + route + " answered " + init.statusCode());
        }
        try {
            JsonNode config = JSON.readTree(init.body()).path("appConfig");
            int uiId = config.path("v-uiId").asInt();
            JsonNode uidl = config.path("uidl");
            ObjectNode data = JSON.createObjectNode()
                    .put("route", route)
                    .put("query", "")
                    .put("appShellTitle", "")
                    .put("trigger", "");
            data.putNull("historyState");
            ObjectNode message = JSON.createObjectNode()
                    .put("csrfToken", uidl.path("Vaadin-Security-Key").asText())
                    .put("syncId", uidl.path("syncId").asInt())
                    .put("clientId", uidl.path("clientId").asInt());
            message.putArray("rpc")
                    .addObject()
                    .put("type", "event")
                    .put("node", 1)
                    .put("event", "ui-navigate")
                    .set("data", data);
            HttpResponse<String> navigated = session.send(session.request("/?v-r=uidl&v-uiId=" + uiId)
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(message))));
            if (navigated.statusCode() != 200) {
                throw new IllegalStateException("Navigation to " + route + " answered " + navigated.statusCode());
            }
            return navigated.body();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("UI init for " + route + " answered no JSON: " + init.body(), e);
        }
    }
}
