package lu.adem.tremplin.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ExpressionInjectionGuardTests {

    private final ExpressionInjectionGuard guard = new ExpressionInjectionGuard();

    private MockHttpServletResponse send(MockHttpServletRequest request, MockFilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, chain);
        return response;
    }

    private static MockHttpServletRequest get(String query) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/engine-rest/task");
        request.setQueryString(query);
        return request;
    }

    private static MockHttpServletRequest postJson(String body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void shouldRefuseAnUrlEncodedExpressionInTheQueryString() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = send(get("firstResult=0&nameLike=%24%7BcurrentUser()%7D"), chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString())
                .contains("InvalidRequestException")
                .contains("'nameLike'");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void shouldRefuseADeferredExpressionWithAPlusEncodedSpace() throws Exception {
        assertThat(send(get("assigneeExpression=#{+execution}"), new MockFilterChain())
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void shouldRefuseAnExpressionHiddenInANestedOrQueryBody() throws Exception {
        MockHttpServletResponse response =
                send(postJson("{\"orQueries\":[{\"nameLike\":\"\\u0024{x}\"}]}"), new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("orQueries[0].nameLike");
    }

    @Test
    void shouldPassOrdinaryQueriesAndLetTheEngineReadTheBodyAgain() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = send(postJson("{\"nameLike\":\"%Propose%\",\"maxResults\":5}"), chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(new String(chain.getRequest().getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .isEqualTo("{\"nameLike\":\"%Propose%\",\"maxResults\":5}");
    }

    @Test
    void shouldPassADollarSignThatStartsNoExpression() throws Exception {
        MockFilterChain chain = new MockFilterChain();

        assertThat(send(get("nameLike=cost%20in%20%24"), chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    @Test
    void shouldNotInspectMultipartDeployments() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/deployment/create");
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent("--x\r\n\r\n<conditionExpression>${ok}</conditionExpression>\r\n--x--".getBytes());
        MockFilterChain chain = new MockFilterChain();

        assertThat(send(request, chain).getStatus()).isEqualTo(200);
    }

    private static MockHttpServletRequest post(String contentType, byte[] body) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/camunda/api/engine/engine/default/task");
        request.setContentType(contentType);
        request.setContent(body);
        return request;
    }

    @Test
    void shouldRefuseABodyInATypeItCannotParseInsteadOfPassingItUnread() throws Exception {
        byte[] attack = "{\"orQueries\":[{\"assigneeExpression\":\"${x}\"}]}".getBytes(StandardCharsets.UTF_8);

        for (String type : new String[] {"*/json", "application/*", "json", "application/json; charset=UTF-7"}) {
            MockFilterChain chain = new MockFilterChain();
            assertThat(send(post(type, attack), chain).getStatus()).as(type).isEqualTo(415);
            assertThat(chain.getRequest()).as(type).isNull();
        }
        MockHttpServletRequest untyped = post(null, attack);
        assertThat(send(untyped, new MockFilterChain()).getStatus()).isEqualTo(415);
    }

    @Test
    void shouldReadEveryBodyButMultipartWhateverItsDeclaredType() throws Exception {
        byte[] attack = "{\"nameLike\":\"${x}\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(send(post("text/plain", attack), new MockFilterChain()).getStatus())
                .isEqualTo(400);
        assertThat(send(post("application/vnd.camunda+json", attack), new MockFilterChain())
                        .getStatus())
                .isEqualTo(400);
        assertThat(send(
                                post(
                                        "application/json",
                                        "{\"nameLike\":\"\\u0024{x}\"}".getBytes(StandardCharsets.UTF_16LE)),
                                new MockFilterChain())
                        .getStatus())
                .as("UTF-16 without a charset, as Jackson detects it")
                .isEqualTo(400);
        assertThat(send(
                                post(
                                        "application/x-www-form-urlencoded",
                                        "a=1&b=%24%7Bx%7D".getBytes(StandardCharsets.UTF_8)),
                                new MockFilterChain())
                        .getStatus())
                .isEqualTo(400);
    }

    @Test
    void shouldRefuseACompressedBodyItCannotInspect() throws Exception {
        MockHttpServletRequest gzip = post("application/json", new byte[] {0x1f, (byte) 0x8b, 8, 0});
        gzip.addHeader("Content-Encoding", "gzip");

        assertThat(send(gzip, new MockFilterChain()).getStatus()).isEqualTo(415);
    }

    @Test
    void shouldRefuseABodyTooLargeToInspect() throws Exception {
        byte[] large = new byte[5 * 1024 * 1024 + 1];
        java.util.Arrays.fill(large, (byte) ' ');

        assertThat(send(post("application/json", large), new MockFilterChain()).getStatus())
                .isEqualTo(413);
    }

    @Test
    void shouldRefuseAMalformedEscapeInsteadOfCheckingItUndecoded() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletResponse response = send(get("sortBy=%24%7Bx%7D%ZZ"), chain);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Malformed percent-escape");
        assertThat(chain.getRequest()).isNull();
        assertThat(send(get("sortBy=%2"), new MockFilterChain()).getStatus()).isEqualTo(400);
    }

    @Test
    void shouldPassAnEmptyBodyWithoutAType() throws Exception {
        MockFilterChain chain = new MockFilterChain();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/task/1/claim");

        assertThat(send(request, chain).getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }
}
