package lu.adem.tremplin.shared.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What a request tells about the browser that sent it. Browsers add {@code Origin} to
 * cross-origin requests and to every POST, and {@code Sec-Fetch-*} to every request; a page of
 * another site can set neither. Desktop tools (Camunda Modeler) and scripts send none of them.
 */
final class BrowserRequest {

    private BrowserRequest() {}

    /** A request sent by a browser rather than a tool: it could show a password prompt. */
    static boolean isBrowser(HttpServletRequest request) {
        return request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Site") != null
                || prefersHtml(request.getHeader("Accept"));
    }

    /**
     * Why the request comes from a page of another origin, if it does: its {@code Sec-Fetch-Site}
     * is neither {@code same-origin} nor {@code none} (typed by the user), or its {@code Origin} is
     * not this server's. The server's own origin is the one the request reached, as Tomcat sees it
     * behind a trusted proxy ({@code X-Forwarded-Proto}, {@code X-Forwarded-Host}).
     */
    static Optional<String> foreignOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return Optional.of("Sec-Fetch-Site is " + site);
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return Optional.empty();
        }
        String own = ownOrigin(request);
        return normalised(origin).filter(own::equals).isPresent()
                ? Optional.empty()
                : Optional.of("Origin " + origin + " is not this server's (" + own + ")");
    }

    static String ownOrigin(HttpServletRequest request) {
        return origin(request.getScheme(), request.getServerName(), request.getServerPort());
    }

    /** The origin in one spelling (lower case, default port left out); empty for "null" or garbage. */
    static Optional<String> normalised(String origin) {
        try {
            URI uri = new URI(origin.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return Optional.empty();
            }
            return Optional.of(origin(uri.getScheme(), uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String origin(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort =
                port < 0 || (lowerScheme.equals("http") && port == 80) || (lowerScheme.equals("https") && port == 443);
        return lowerScheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** {@code text/html} is among the media types the client accepts most (a page navigation). */
    static boolean prefersHtml(String accept) {
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            var types = MediaType.parseMediaTypes(accept);
            double best =
                    types.stream().mapToDouble(MediaType::getQualityValue).max().orElse(0);
            return best > 0
                    && types.stream()
                            .anyMatch(type ->
                                    MediaType.TEXT_HTML.equalsTypeAndSubtype(type) && type.getQualityValue() == best);
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
