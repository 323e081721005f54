package lu.adem.tremplin.shared;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls on Tremplin's own behalf rather than the signed-in user's: Camunda's
 * authorization checks are off for the call and the user's authentication is restored after it.
 * Use it only where Tremplin has already decided that the call is allowed (a jobseeker's personal
 * link, a process step announcing its outcome, data of tasks the engine already let the user see).
 */
@Component
public class EngineAsSystem {

    private final IdentityService identityService;

    public EngineAsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication current = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identityService.setAuthentication(current);
            }
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
