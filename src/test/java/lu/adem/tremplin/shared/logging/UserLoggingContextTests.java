package lu.adem.tremplin.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

class UserLoggingContextTests {

    private final List<String> seen = new ArrayList<>();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
        MDC.clear();
    }

    private void serve() throws Exception {
        new UserLoggingContext.UserInLoggingContext()
                .doFilter(
                        new MockHttpServletRequest("GET", "/inbox"),
                        new MockHttpServletResponse(),
                        (request, response) -> seen.add(MDC.get(LogFields.USER)));
    }

    @Test
    void shouldCarryTheSignedInUserWhileTheRequestIsServedAndNotAfter() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated("counsellor7", null, List.of()));

        serve();

        assertThat(seen).containsExactly("counsellor7");
        assertThat(MDC.get(LogFields.USER)).isNull();
    }

    @Test
    void shouldCarryNoUserForAnAnonymousRequest() throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "key", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));

        serve();

        assertThat(seen).containsExactly((String) null);
    }
}
