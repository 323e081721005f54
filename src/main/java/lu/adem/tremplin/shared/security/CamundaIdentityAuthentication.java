package lu.adem.tremplin.shared.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.shared.Roles;

/**
 * Checks user name and password against Camunda's identity service, through Tremplin's throttle of
 * failed attempts per account and per client address ({@link SignInThrottle}; the form login and HTTP
 * Basic on the engine API and actuator all come here), and turns the user's Camunda groups into Spring
 * Security authorities: {@code ROLE_x} for Tremplin's role groups and {@code GROUP_<id>} for every group.
 */
@Component
class CamundaIdentityAuthentication implements AuthenticationProvider {

    private final IdentityService identityService;
    private final SignInThrottle throttle;

    CamundaIdentityAuthentication(IdentityService identityService, SignInThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        String clientAddress =
                authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        SignInThrottle.Attempt attempt = throttle.admit(userId, clientAddress);
        boolean valid = false;
        try {
            valid = userId != null
                    && !userId.isBlank()
                    && authentication.getCredentials() instanceof String password
                    && passwordMatches(userId, password);
        } finally {
            if (valid) {
                throttle.succeeded(attempt);
            } else {
                throttle.failed(attempt);
            }
        }
        if (!valid) {
            throw new BadCredentialsException("Bad credentials");
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
    }

    private boolean passwordMatches(String userId, String password) {
        try {
            return identityService.checkPassword(userId, password);
        } catch (OptimisticLockingException concurrentFailure) {
            // Camunda still counts failures on the user's row; two failures at once collide there.
            return false;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    List<GrantedAuthority> authoritiesOf(String userId) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group :
                identityService.createGroupQuery().groupMember(userId).list()) {
            authorities.add(new SimpleGrantedAuthority(Roles.GROUP_AUTHORITY_PREFIX + group.getId()));
            Roles.forGroup(group.getId())
                    .ifPresent(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        }
        return authorities;
    }
}
