package lu.adem.tremplin.onboarding;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.learningplatform.AccountActivated;
import lu.adem.tremplin.shared.CaseHandover;

/**
 * When Tremplin hears at once that an account was activated, the waiting case checks now instead
 * of at its next daily check: the timer "check again tomorrow" is brought forward. The check itself
 * still asks the platform, so nothing is taken on trust.
 */
@Component
class ActivationNoticed {

    private final CaseHandover handover;

    ActivationNoticed(CaseHandover handover) {
        this.handover = handover;
    }

    @EventListener
    void checkNow(AccountActivated activated) {
        handover.bringTimerForward(OnboardingProcess.KEY, activated.externalId(), OnboardingProcess.TIMER_CHECK_AGAIN);
    }
}
