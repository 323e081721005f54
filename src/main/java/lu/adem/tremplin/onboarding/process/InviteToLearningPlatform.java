package lu.adem.tremplin.onboarding.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.learningplatform.LearningPlatform;
import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.pilot.Pilot;
import lu.adem.tremplin.shared.CaseVariables;

/**
 * Service task "Invite to the learning platform" (asynchronous, with a retry cycle in the BPMN): a
 * platform that is down throws, Camunda retries, then raises an incident that a retry resumes. The
 * jobseeker's message about it goes to the outbox in the same transaction, once per jobseeker: a
 * second run finds it queued and queues nothing more.
 */
@Component("inviteToLearningPlatform")
public class InviteToLearningPlatform implements JavaDelegate {

    /** The invitation message's idempotency key, before the registration number. */
    public static final String INVITATION = "invitation:";

    private final Jobseekers jobseekers;
    private final LearningPlatform platform;
    private final Pilot pilot;
    private final Outbox outbox;

    public InviteToLearningPlatform(Jobseekers jobseekers, LearningPlatform platform, Pilot pilot, Outbox outbox) {
        this.jobseekers = jobseekers;
        this.platform = platform;
        this.pilot = pilot;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String jobseekerId = (String) execution.getVariable(CaseVariables.JOBSEEKER_ID);
        String agency = (String) execution.getVariable(CaseVariables.AGENCY);
        var contact = jobseekers
                .platformContactOf(jobseekerId)
                .orElseThrow(() -> new IllegalStateException("Jobseeker " + jobseekerId + " is no longer registered"));
        var invitation = platform.invite(
                new LearningPlatform.Member(jobseekerId, contact.email(), contact.language(), pilot.teamOf(agency)));
        execution.setVariable(
                OnboardingProcess.VAR_PLATFORM_STATUS, invitation.status().name());
        // one invitation per jobseeker, however often this step runs (docs/adr/0022)
        outbox.enqueueOnce(INVITATION + jobseekerId, jobseekerId, MessageKind.PLATFORM_INVITATION);
    }
}
