package lu.adem.tremplin.onboarding;

import java.util.Map;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.AlreadyDone;
import lu.adem.tremplin.shared.CaseAlreadyRunning;
import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.EngineAsSystem;
import lu.adem.tremplin.shared.Roles;

/**
 * Starts onboarding cases. A jobseeker has at most one running onboarding, by construction: the
 * engine's one-running-case guard refuses a second start whatever its path (docs/adr/0022); the
 * case's business key is the registration number.
 */
@Service
public class Onboarding {

    /** Adem registration numbers as Tremplin stores them: letters, digits and dashes. */
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Onboarding.class);

    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("[A-Za-z0-9-]{3,32}");

    private final RuntimeService runtimeService;
    private final EngineAsSystem asSystem;

    Onboarding(RuntimeService runtimeService, EngineAsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
    }

    /**
     * Proposes the programme to a jobseeker of an agency: starts {@code onboarding}, whose first task
     * waits in the agency's inbox. A signed-in user must be a counsellor of that agency, or an
     * administrator; the case is then started on Tremplin's behalf (no user may start processes in the
     * engine, docs/adr/0012). Without a signed-in user, Tremplin itself starts it (demo cases).
     *
     * @throws IllegalArgumentException when the registration number is malformed
     * @throws AccessDeniedException when the signed-in user may not propose it to this agency's jobseeker
     * @throws OnboardingAlreadyRunning when this jobseeker already has a running onboarding
     */
    public String proposeProgramme(String jobseekerId, Agency agency) {
        if (jobseekerId == null || !REGISTRATION_NUMBER.matcher(jobseekerId).matches()) {
            throw new IllegalArgumentException("Malformed registration number: " + jobseekerId);
        }
        CurrentUser.get().ifPresent(user -> {
            boolean counsellorOfAgency =
                    user.hasRole(Roles.COUNSELLOR) && user.agencies().contains(agency);
            if (!counsellorOfAgency && !user.hasRole(Roles.ADMIN)) {
                throw new AccessDeniedException(
                        user.userId() + " may not propose the programme to jobseekers of " + agency.code());
            }
        });
        ProcessInstance instance;
        try {
            instance = asSystem.call(() -> runtimeService.startProcessInstanceByKey(
                    OnboardingProcess.KEY,
                    jobseekerId,
                    Map.of(CaseVariables.JOBSEEKER_ID, jobseekerId, CaseVariables.AGENCY, agency.code())));
        } catch (CaseAlreadyRunning alreadyRunning) {
            // the engine's one-running-case guard (docs/adr/0022) refused it: nothing was started
            String running = alreadyRunning.runningInstanceId() != null
                    ? alreadyRunning.runningInstanceId()
                    : runningCaseOf(jobseekerId);
            log.info("Onboarding of jobseeker {} already proposed: {}", jobseekerId, running);
            throw new OnboardingAlreadyRunning(jobseekerId, running);
        }
        log.info(
                "Onboarding {} of jobseeker {} proposed by {}",
                instance.getId(),
                jobseekerId,
                CurrentUser.get().map(CurrentUser::userId).orElse("Tremplin"));
        return instance.getId();
    }

    /**
     * Whether the jobseeker has a running onboarding, whoever may see it: counsellors hold no read
     * grant on whole process instances, and a check under their name would always say no.
     */
    public boolean isRunningFor(String jobseekerId) {
        return asSystem.call(() -> runtimeService
                        .createProcessInstanceQuery()
                        .processDefinitionKey(OnboardingProcess.KEY)
                        .processInstanceBusinessKey(jobseekerId)
                        .count()
                > 0);
    }

    /** The id of the jobseeker's running onboarding, or null. */
    private String runningCaseOf(String jobseekerId) {
        return asSystem.call(() -> runtimeService
                .createProcessInstanceQuery()
                .processDefinitionKey(OnboardingProcess.KEY)
                .processInstanceBusinessKey(jobseekerId)
                .list()
                .stream()
                .map(ProcessInstance::getId)
                .findFirst()
                .orElse(null));
    }

    /**
     * The programme was already proposed: the jobseeker has a running onboarding (its id in
     * {@link #runningInstanceId()}), and nothing was started.
     */
    public static class OnboardingAlreadyRunning extends AlreadyDone {

        private final transient String runningInstanceId;

        public OnboardingAlreadyRunning(String jobseekerId, String runningInstanceId) {
            super("Onboarding already running for jobseeker " + jobseekerId);
            this.runningInstanceId = runningInstanceId;
        }

        /** The running onboarding's process instance id (null only if it ended in the meantime). */
        public String runningInstanceId() {
            return runningInstanceId;
        }
    }
}
