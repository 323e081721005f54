package lu.adem.tremplin.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A refresh pushed from a background thread runs under the screen's own user: before, it ran under whatever
 * Camunda authentication the pushing thread carried — another user's, or none (no checks at all).
 */
@SpringBootTest
@ActiveProfiles("test")
class EngineAsUserTests {

    @Autowired
    EngineAsUser asUser;

    @Autowired
    IdentityService identityService;

    @AfterEach
    void signOut() {
        identityService.clearAuthentication();
        SecurityContextHolder.clearContext();
    }

    @Test
    void shouldRunAsTheScreensUserAndGiveTheThreadItsAuthenticationBack() {
        identityService.setAuthentication("someone-else", List.of("process-owner"));
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "anna",
                        null,
                        AuthorityUtils.createAuthorityList(
                                Roles.GROUP_AUTHORITY_PREFIX + "counsellor",
                                Roles.GROUP_AUTHORITY_PREFIX + Agency.WILTZ.groupId())));
        AtomicReference<Authentication> during = new AtomicReference<>();

        asUser.run(() -> during.set(identityService.getCurrentAuthentication()));

        assertThat(during.get().getUserId()).isEqualTo("anna");
        assertThat(during.get().getGroupIds()).containsExactly("counsellor", Agency.WILTZ.groupId());
        assertThat(identityService.getCurrentAuthentication().getUserId()).isEqualTo("someone-else");
    }

    @Test
    void shouldLeaveAThreadWithoutAuthenticationWithoutOne() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "anna", null, AuthorityUtils.createAuthorityList(Roles.GROUP_AUTHORITY_PREFIX + "counsellor")));

        asUser.run(() -> assertThat(identityService.getCurrentAuthentication().getUserId())
                .isEqualTo("anna"));

        assertThat(identityService.getCurrentAuthentication()).isNull();
    }
}
