package lu.adem.tremplin.shared.security;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

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
 * Refuses {@code ${…}} and {@code #{…}} in what reaches the engine REST API or the Camunda webapps'
 * APIs, decoded exactly as they decode it: the path and every query pair (a malformed percent-escape
 * is refused, 400, never passed on), and every body but multipart, whatever its declared type — JSON
 * parsed as Jackson reads it (so {@code \u0024{}, UTF-16 and UTF-32 are seen), forms decoded, anything
 * else as text. A body in a type that cannot be parsed (such as {@code *}{@code /json}), a charset that
 * is not a Unicode one, or a compressed body is refused with 415: the guard never lets through what it
 * could not read. Bodies over 5 MB get 413.
 *
 * <p>This is the first line; the engine refuses any query expression itself (docs/security.md).
 * Multipart bodies (deployments from Camunda Modeler) are not inspected here: BPMN carries expressions by
 * design, and every deployment passes the deployment checks. Refusals are logged with the signed-in
 * user; the guard runs after Spring Security, so only authenticated requests reach it.
 */
class ExpressionInjectionGuard extends OncePerRequestFilter {

    static final Pattern EXPRESSION = Pattern.compile("[$#]\\{");
    private static final int MAX_INSPECTED_BODY = 5 * 1024 * 1024;
    private static final Set<Charset> READABLE = Set.of(
            StandardCharsets.UTF_8,
            StandardCharsets.US_ASCII,
            StandardCharsets.ISO_8859_1,
            StandardCharsets.UTF_16,
            StandardCharsets.UTF_16BE,
            StandardCharsets.UTF_16LE,
            Charset.forName("UTF-32"),
            Charset.forName("UTF-32BE"),
            Charset.forName("UTF-32LE"));

    private final ObjectMapper json = new ObjectMapper();

    /** A refusal: HTTP status, and the message for the client. */
    private record Refusal(int status, String message) {
        static Refusal expression(String where) {
            return new Refusal(
                    400,
                    "Expressions such as ${...} or #{...} are not accepted in queries (found in '" + where + "').");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Refusal> refusal;
        HttpServletRequest forwarded = request;
        try {
            refusal = inPath(request).or(() -> inPairs(request.getQueryString(), "query"));
            if (refusal.isEmpty() && !isMultipart(request)) {
                byte[] body = request.getInputStream().readNBytes(MAX_INSPECTED_BODY + 1);
                refusal = inBody(request, body);
                forwarded = new CachedBodyRequest(request, body);
            }
        } catch (StrictDecoding.MalformedEscape malformed) {
            refusal = Optional.of(new Refusal(400, malformed.getMessage() + "."));
        }
        if (refusal.isPresent()) {
            reject(request, response, refusal.get());
            return;
        }
        chain.doFilter(forwarded, response);
    }

    private static Optional<Refusal> inPath(HttpServletRequest request) {
        String path = StrictDecoding.decode(request.getRequestURI(), false);
        return EXPRESSION.matcher(path).find() ? Optional.of(Refusal.expression("path")) : Optional.empty();
    }

    private static Optional<Refusal> inPairs(String encoded, String what) {
        for (String[] pair : StrictDecoding.pairs(encoded)) {
            if (EXPRESSION.matcher(pair[0]).find()
                    || EXPRESSION.matcher(pair[1]).find()) {
                return Optional.of(Refusal.expression(pair[0].isEmpty() ? what : pair[0]));
            }
        }
        return Optional.empty();
    }

    private Optional<Refusal> inBody(HttpServletRequest request, byte[] body) {
        if (body.length == 0) {
            return Optional.empty();
        }
        if (body.length > MAX_INSPECTED_BODY) {
            return Optional.of(new Refusal(413, "The request body is too large to be checked."));
        }
        String encoding = request.getHeader("Content-Encoding");
        if (encoding != null && !encoding.isBlank() && !encoding.trim().equalsIgnoreCase("identity")) {
            return Optional.of(new Refusal(415, "Compressed request bodies are not accepted."));
        }
        MediaType type;
        Charset charset;
        try {
            type = MediaType.parseMediaType(request.getContentType());
            charset = type.getCharset() == null ? StandardCharsets.UTF_8 : type.getCharset();
        } catch (IllegalArgumentException unparsable) {
            // no type, "*/json", an unknown charset: what the guard cannot read does not pass
            return Optional.of(new Refusal(415, "Unsupported Content-Type: " + request.getContentType()));
        }
        if (type.isWildcardType() || type.isWildcardSubtype() || !READABLE.contains(charset)) {
            return Optional.of(new Refusal(415, "Unsupported Content-Type: " + request.getContentType()));
        }
        if (type.isCompatibleWith(MediaType.APPLICATION_FORM_URLENCODED)) {
            return inPairs(new String(body, charset), "body");
        }
        return inJson(body, charset);
    }

    /** As JSON, read the way Jackson reads a body (it detects UTF-8, -16 and -32 itself); else as text. */
    private Optional<Refusal> inJson(byte[] body, Charset charset) {
        try {
            return find(json.readTree(body), "body").map(Refusal::expression);
        } catch (JsonProcessingException notJson) {
            String text = new String(body, charset);
            return EXPRESSION.matcher(text).find()
                            || EXPRESSION
                                    .matcher(text.replace("\\u0024", "$")
                                            .replace("\\u0023", "#")
                                            .replace("\\u007b", "{")
                                            .replace("\\u007B", "{"))
                                    .find()
                    ? Optional.of(Refusal.expression("body"))
                    : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.of(Refusal.expression("body"));
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
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
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

    private static boolean isMultipart(HttpServletRequest request) {
        String contentType = request.getContentType();
        return contentType != null
                && contentType.trim().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, Refusal refusal)
            throws IOException {
        Refusals.answer(request, response, refusal.status(), "InvalidRequestException", refusal.message());
    }
}
