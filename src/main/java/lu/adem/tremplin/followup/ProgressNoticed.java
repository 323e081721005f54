package lu.adem.tremplin.followup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import lu.adem.tremplin.learningplatform.ProgressReported;
import lu.adem.tremplin.shared.CaseHandover;

/**
 * When Tremplin hears at once of progress, the follow-up reads it now instead of at its next weekly
 * reading (the timer "a week later" is brought forward); the reading itself still asks the platform.
 */
@Component
class ProgressNoticed {

    private final CaseHandover handover;

    ProgressNoticed(CaseHandover handover) {
        this.handover = handover;
    }

    @EventListener
    void readNow(ProgressReported reported) {
        handover.bringTimerForward(FollowUpProcess.KEY, reported.externalId(), FollowUpProcess.TIMER_WEEK);
    }
}
