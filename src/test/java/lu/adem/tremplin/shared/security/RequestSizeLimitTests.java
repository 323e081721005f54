package lu.adem.tremplin.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;

/** The body limit with a limit of 10 bytes: declared, or counted while a reader reads it. */
class RequestSizeLimitTests {

    private final RequestSizeLimit limit = new RequestSizeLimit(10);

    /** A body sent chunked: no length known before it is read. */
    private static MockHttpServletRequest chunked(int bytes) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/deployment/create") {
            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[bytes]);
        return request;
    }

    /** What the engine REST API does with a broken upload: reads it all, and answers 400 when reading fails. */
    private static final FilterChain READER = (request, response) -> {
        try {
            request.getInputStream().readAllBytes();
            ((HttpServletResponse) response).setStatus(200);
            response.getWriter().write("read");
        } catch (IOException broken) {
            ((HttpServletResponse) response).setStatus(400);
            response.getOutputStream().write("broken upload".getBytes());
            response.flushBuffer();
        }
    };

    @Test
    void shouldRefuseADeclaredLengthOverTheLimitWithoutReadingIt() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/engine-rest/deployment/create");
        request.setContent(new byte[11]);
        AtomicBoolean called = new AtomicBoolean();
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(request, response, (req, res) -> called.set(true));

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(called).isFalse();
    }

    @Test
    void shouldCutOffAChunkedBodyAtTheLimitWhateverTheReaderAnswers() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(chunked(11), response, READER);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("larger than").doesNotContain("broken upload");
    }

    @Test
    void shouldPassABodyWithinTheLimit() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();

        limit.doFilter(chunked(10), response, READER);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("read");
    }
}
