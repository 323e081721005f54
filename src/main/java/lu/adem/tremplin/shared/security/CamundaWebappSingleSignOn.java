package lu.adem.tremplin.shared.security;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lu.adem.tremplin.shared.CurrentUser;

/**
 * Single sign-on into Cockpit, Tasklist and Admin: Camunda's {@code ContainerBasedAuthenticationFilter}
 * asks this provider who is signed in, and it answers with the user of Spring Security's context
 * (the Tremplin session). Camunda instantiates it by class name, hence public with a no-arg
 * constructor.
 */
public class CamundaWebappSingleSignOn implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        return CurrentUser.get()
                .map(user -> {
                    AuthenticationResult result = AuthenticationResult.successful(user.userId());
                    result.setGroups(List.copyOf(user.groupIds()));
                    return result;
                })
                .orElseGet(AuthenticationResult::unsuccessful);
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Unauthenticated requests never get here: Spring Security sends them to Tremplin's login page.
    }
}
