package lu.adem.tremplin.shared;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs work that is not a request of its own — a screen refreshed by server push, from a background
 * thread — as the signed-in user of that screen, so that Camunda's authorization checks apply to them and
 * to no one else. (A request has its user set by {@code EngineAuthentication}; a pushed refresh would
 * otherwise run with whatever authentication, or none, the pushing thread carries.)
 */
@Component
public class EngineAsUser {

    private final IdentityService identityService;

    public EngineAsUser(IdentityService identityService) {
        this.identityService = identityService;
    }

    /** Runs the work as {@link CurrentUser#require()}, restoring the thread's authentication after it. */
    public void run(Runnable work) {
        CurrentUser user = CurrentUser.require();
        Authentication before = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.userId(), user.groupIds());
        try {
            work.run();
        } finally {
            if (before != null) {
                identityService.setAuthentication(before);
            } else {
                identityService.clearAuthentication();
            }
        }
    }
}
