package lu.adem.tremplin.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.onboarding.Eligibility;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.CaseVariables;

/** Service task "Check eligibility": sets {@code eligible} and, when not, {@code ineligibleReason}. */
@Component("checkEligibility")
public class CheckEligibility implements JavaDelegate {

    private final Eligibility eligibility;

    public CheckEligibility(Eligibility eligibility) {
        this.eligibility = eligibility;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var reason = eligibility.check((String) execution.getVariable(CaseVariables.JOBSEEKER_ID));
        execution.setVariable(OnboardingProcess.VAR_ELIGIBLE, reason.isEmpty());
        reason.ifPresent(r -> execution.setVariable(OnboardingProcess.VAR_INELIGIBLE_REASON, r.name()));
    }
}
