package lu.adem.tremplin.support;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import lu.adem.tremplin.shared.Roles;

/**
 * What Tremplin's filters do for a signed-in request, for tests that call services directly: Spring
 * Security's user (authorities from the Camunda groups) and Camunda's authentication.
 */
public final class TestSignIn {

    private TestSignIn() {}

    /** Signs the user in on this thread; returns the authorities given. */
    public static List<GrantedAuthority> as(IdentityService identityService, String userId) {
        identityService.clearAuthentication();
        List<String> groups = identityService.createGroupQuery().groupMember(userId).listPage(0, 100).stream()
                .map(Group::getId)
                .toList();
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String group : groups) {
            authorities.add(new SimpleGrantedAuthority(Roles.GROUP_AUTHORITY_PREFIX + group));
            Roles.forGroup(group).ifPresent(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities));
        identityService.setAuthentication(userId, groups);
        return authorities;
    }
}
