package lu.adem.tremplin.onboarding;

import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.EngineAsSystem;

/**
 * Starts onboarding cases. A jobseeker has at most one running onboarding; the case's business key
 * is the registration number.
 */
@Service
public class Onboarding {

    /** Adem registration numbers as Tremplin stores them: letters, digits and dashes. */
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Za-z0-9-]{3,32}");

    private final RuntimeService runtimeService;
    private final EngineAsSystem asSystem;

    Onboarding(RuntimeService runtimeService, EngineAsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    /**
     * Proposes the programme to a jobseeker of an agency: starts {@code onboarding}, whose first task
     * waits in the agency's inbox.
     *
     * @throws IllegalArgumentException when the registration number is malformed
     * @throws OnboardingAlreadyRunning when this jobseeker already has a running onboarding
     */
    public String proposeProgramme(String jobseekerId, Agency agency) {
        if (jobseekerId == null || !REGISTRATION_NUMBER.matcher(jobseekerId).matches()) {
            throw new IllegalArgumentException("Malformed registration number: " + jobseekerId);
        }
        if (isRunningFor(jobseekerId)) {
            throw new OnboardingAlreadyRunning(jobseekerId);
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(OnboardingProcess.KEY, jobseekerId,
                Map.of(OnboardingProcess.VAR_JOBSEEKER_ID, jobseekerId,
                        OnboardingProcess.VAR_AGENCY, agency.code()));
        return instance.getId();
    }

    /**
     * Whether the jobseeker has a running onboarding, whoever may see it: counsellors hold no read
     * grant on whole process instances, and a check under their name would always say no.
     */
    public boolean isRunningFor(String jobseekerId) {
        return asSystem.call(() -> runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(jobseekerId)
                .count() > 0);
    }

    /** The jobseeker already has a running onboarding case. */
    public static class OnboardingAlreadyRunning extends RuntimeException {
        public OnboardingAlreadyRunning(String jobseekerId) {
            super("Onboarding already running for jobseeker " + jobseekerId);
        }
    }
}
