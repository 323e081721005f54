package lu.adem.tremplin.shared.security;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses {@code ${…}} and {@code #{…}} in query input that reaches the engine REST API or the
 * Camunda webapps' APIs: path, query string and JSON bodies (decoded, so URL and unicode escapes do
 * not slip through). Camunda 7.24 receives no more community security fixes, and JUEL injection
 * through task-query parameters is the known way in; see docs/adr/0003.
 *
 * <p>Multipart requests (deployments from Camunda Modeler) are not inspected: BPMN files carry
 * expressions by design, and deploying needs the process-owner role.
 */
class ExpressionInjectionGuard extends OncePerRequestFilter {

    static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    private static final int MAX_INSPECTED_BODY = 5 * 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(ExpressionInjectionGuard.class);

    private final ObjectMapper json = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> offending = inPath(request).or(() -> inQueryString(request.getQueryString()));
        HttpServletRequest forwarded = request;
        if (offending.isEmpty() && isJson(request)) {
            byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
            if (body.length > MAX_INSPECTED_BODY) {
                reject(request, response, "body", "request body too large to inspect");
                return;
            }
            offending = inJsonBody(body);
            forwarded = new CachedBodyRequest(request, body);
        }
        if (offending.isPresent()) {
            reject(request, response, offending.get(), "expression");
            return;
        }
        chain.doFilter(forwarded, response);
    }

    private static Optional<String> inPath(HttpServletRequest request) {
        String path = URLDecoder.decode(request.getRequestURI().replace("+", "%2B"), StandardCharsets.UTF_8);
        return EXPRESSION.matcher(path).find() ? Optional.of("path") : Optional.empty();
    }

    static Optional<String> inQueryString(String queryString) {
        if (queryString == null || queryString.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : queryString.split("&")) {
            String decoded = decodeLeniently(pair);
            if (EXPRESSION.matcher(decoded).find()) {
                int equals = decoded.indexOf('=');
                return Optional.of(equals > 0 ? decoded.substring(0, equals) : decoded);
            }
        }
        return Optional.empty();
    }

    Optional<String> inJsonBody(byte[] body) {
        try {
            return find(json.readTree(body), "body");
        } catch (JsonProcessingException e) {
            // Not JSON after all: let the engine answer it, but still refuse a raw expression.
            String text = new String(body, StandardCharsets.UTF_8);
            return EXPRESSION.matcher(text).find() ? Optional.of("body") : Optional.empty();
        } catch (IOException e) {
            return Optional.of("body");
        }
    }

    private static Optional<String> find(JsonNode node, String path) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isTextual()) {
            return EXPRESSION.matcher(node.asText()).find() ? Optional.of(path) : Optional.empty();
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                Optional<String> found = find(node.get(i), path + "[" + i + "]");
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String fieldPath = path.equals("body") ? field.getKey() : path + "." + field.getKey();
            if (EXPRESSION.matcher(field.getKey()).find()) {
                return Optional.of(fieldPath);
            }
            Optional<String> found = find(field.getValue(), fieldPath);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String decodeLeniently(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformedEscape) {
            return value;
        }
    }

    private static boolean isJson(HttpServletRequest request) {
        String contentType = request.getContentType();
        if (contentType == null || "GET".equals(request.getMethod())) {
            return false;
        }
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, String where, String what)
            throws IOException {
        log.warn("Refused {} {} from user {}: {} in '{}'", request.getMethod(), request.getRequestURI(),
                request.getRemoteUser(), what, where);
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String message = what.equals("expression")
                ? "Expressions such as ${...} or #{...} are not accepted in queries (found in '" + where + "')."
                : "The request body is too large to be checked.";
        response.getWriter().write("{\"type\":\"InvalidRequestException\",\"message\":\""
                + message.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
