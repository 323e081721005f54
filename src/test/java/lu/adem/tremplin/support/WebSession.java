package lu.adem.tremplin.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A browser-like HTTP session against the running test server: cookies kept, redirects not followed. */
public final class WebSession {

    private final int port;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;

    private WebSession(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public static WebSession anonymous(int port) {
        return new WebSession(port);
    }

    /** Signs in through Tremplin's login form, as the login view does. */
    public static WebSession signedIn(int port, String user, String password) {
        WebSession session = new WebSession(port);
        HttpResponse<String> response = session.login(user, password);
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login of " + user + " failed: " + response.statusCode() + " "
                    + response.headers().firstValue("Location").orElse(""));
        }
        return session;
    }

    public HttpResponse<String> login(String user, String password) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    public HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Sends a request exactly as written, over a plain socket: for what {@link java.net.URI} refuses to
     * build (a malformed percent-escape). {@code head} is the request line and headers, without the final
     * empty line; the answer is the raw response (status line, headers, body).
     */
    public String raw(String head, String body) {
        try (var socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(20_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            String request = head + "\r\nHost: localhost:" + port + "\r\nConnection: close\r\nContent-Length: "
                    + content.length + "\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The value of a cookie the server set in this session, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name))
                .map(java.net.HttpCookie::getValue)
                .findFirst()
                .orElse(null);
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
