package lu.adem.tremplin.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ClosedEndpointsTests {

    private final ClosedEndpoints guard = new ClosedEndpoints();

    /** A request as Tomcat maps it: decoded servlet path and path info. */
    private int status(String method, String servletPath, String pathInfo) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest(method, servletPath + pathInfo);
        request.setServletPath(servletPath);
        request.setPathInfo(pathInfo);
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard.doFilter(request, response, new MockFilterChain());
        return response.getStatus();
    }

    @Test
    void shouldCloseTheFirstRunSetupWhateverTheMethod() throws Exception {
        assertThat(status("POST", "/camunda/api/admin", "/setup/default/user/create"))
                .isEqualTo(403);
        assertThat(status("GET", "/camunda/api/admin", "/setup/default/user/create"))
                .isEqualTo(403);
        assertThat(status("POST", "/camunda/api/admin", "/setup/")).isEqualTo(403);
    }

    @Test
    void shouldCloseTaskAttachmentsOnBothApisWithOrWithoutAnEngineName() throws Exception {
        assertThat(status("GET", "/engine-rest", "/task/42/attachment")).isEqualTo(403);
        assertThat(status("POST", "/engine-rest", "/task/42/attachment/create")).isEqualTo(403);
        assertThat(status("DELETE", "/engine-rest", "/engine/default/task/42/attachment/7"))
                .isEqualTo(403);
        assertThat(status("GET", "/engine-rest", "/task/42/Attachment/7/data")).isEqualTo(403);
        assertThat(status("POST", "/camunda/api/engine", "/engine/default/task/42/attachment/create"))
                .isEqualTo(403);
        assertThat(status("GET", "/camunda/api/engine", "/engine/default/task/42/attachment/"))
                .isEqualTo(403);
    }

    @Test
    void shouldCloseCamundasOwnPasswordChecksButNotSingleSignOn() throws Exception {
        assertThat(status("POST", "/engine-rest", "/identity/verify")).isEqualTo(403);
        assertThat(status("POST", "/engine-rest", "/engine/default/identity/verify"))
                .isEqualTo(403);
        assertThat(status("POST", "/camunda/api/engine", "/engine/default/identity/verify"))
                .isEqualTo(403);
        assertThat(status("POST", "/camunda/api/admin", "/auth/user/default/login/cockpit"))
                .isEqualTo(403);
        assertThat(status("POST", "/camunda/api/admin", "/auth/user/default/logout"))
                .isEqualTo(200);
    }

    @Test
    void shouldLeaveTheRestOfTheApisOpen() throws Exception {
        assertThat(status("GET", "/engine-rest", "/task/42/comment")).isEqualTo(200);
        assertThat(status("GET", "/engine-rest", "/task")).isEqualTo(200);
        assertThat(status("GET", "/camunda/api/admin", "/auth/user/default")).isEqualTo(200);
        assertThat(status("GET", "/engine-rest", "/task/attachment"))
                .as("a task whose id is 'attachment'")
                .isEqualTo(200);
    }
}
