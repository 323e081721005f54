package lu.adem.tremplin.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.onboarding.OnboardingProcess;

/**
 * Completion of "Give the privacy notice": refused (the task stays open, nothing changes) unless the
 * counsellor confirms the notice was given and says how.
 */
@Component("requirePrivacyNotice")
public class RequirePrivacyNotice implements TaskListener {

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(OnboardingProcess.VAR_PRIVACY_NOTICE_GIVEN))) {
            throw new IllegalArgumentException("Confirm that the privacy notice was given before going on");
        }
        Object channel = task.getVariable(OnboardingProcess.VAR_PRIVACY_NOTICE_CHANNEL);
        if (!(channel instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("Say how the privacy notice was given");
        }
    }
}
