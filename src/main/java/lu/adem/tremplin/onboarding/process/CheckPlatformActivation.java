package lu.adem.tremplin.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.CaseVariables;

/** Service task "Check account activation": reads the account's status into {@code platformStatus}. */
@Component("checkPlatformActivation")
public class CheckPlatformActivation implements JavaDelegate {

    private final LearningPlatform platform;

    public CheckPlatformActivation(LearningPlatform platform) {
        this.platform = platform;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String jobseekerId = (String) execution.getVariable(CaseVariables.JOBSEEKER_ID);
        execution.setVariable(
                OnboardingProcess.VAR_PLATFORM_STATUS,
                platform.accountStatus(jobseekerId).name());
    }
}
