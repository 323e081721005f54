package lu.adem.tremplin.followup;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.EngineAsSystem;

/** Counsellor actions on a jobseeker's follow-up that are not tasks. */
@Service
public class FollowUp {

    private final RuntimeService runtimeService;
    private final Jobseekers jobseekers;
    private final EngineAsSystem asSystem;

    FollowUp(RuntimeService runtimeService, Jobseekers jobseekers, EngineAsSystem asSystem) {
        this.runtimeService = runtimeService;
        this.jobseekers = jobseekers;
        this.asSystem = asSystem;
    }

    /** Whether this jobseeker (whom the user may see) is being followed up now. */
    public boolean isRunningFor(String registrationNumber) {
        return jobseekers.find(registrationNumber).isPresent()
                && asSystem.call(() -> runtimeService
                                .createProcessInstanceQuery()
                                .processDefinitionKey(FollowUpProcess.KEY)
                                .processInstanceBusinessKey(registrationNumber)
                                .count()
                        > 0);
    }

    /**
     * The jobseeker found a job: their follow-up ends. Only for a jobseeker the user may see; the case
     * is moved on Tremplin's behalf (counsellors hold no grant on whole process instances).
     *
     * @return whether a running follow-up was ended
     */
    public boolean jobFound(String registrationNumber) {
        if (jobseekers.find(registrationNumber).isEmpty()) {
            throw new IllegalArgumentException("No visible jobseeker " + registrationNumber);
        }
        return asSystem.call(() -> !runtimeService
                .createMessageCorrelation(FollowUpProcess.MESSAGE_JOB_FOUND)
                .processInstanceBusinessKey(registrationNumber)
                .correlateAllWithResult()
                .isEmpty());
    }
}
