package lu.adem.tremplin.followup;

import java.util.List;
import java.util.Set;

import lu.adem.tremplin.shared.ProcessContract;
import lu.adem.tremplin.shared.ProcessContract.Element;
import lu.adem.tremplin.shared.ProcessContract.Kind;

/** Ids of {@code bpmn/follow-up.bpmn} and its variables. */
public final class FollowUpProcess {

    public static final String KEY = "follow-up";
    public static final String RESOURCE = "bpmn/follow-up.bpmn";

    public static final String TASK_PREPARE = "PrepareFollowUp";
    public static final String SUBPROCESS_FOLLOW = "FollowCourse";
    public static final String SUBPROCESS_LEARNING = "Learning";
    public static final String TASK_SYNC = "SyncProgress";
    public static final String TIMER_WEEK = "WaitAWeek";
    public static final String END_PROGRESSED = "LearningProgressed";
    public static final String TIMER_14_DAYS = "NoProgress14Days";
    public static final String TIMER_28_DAYS = "NoProgress28Days";
    public static final String TIMER_60_DAYS = "NoProgress60Days";
    public static final String TASK_REMIND = "RemindToLearn";
    public static final String TASK_CALL = "CallJobseeker";
    public static final String TASK_REVIEW = "ReviewProgress";
    public static final String END_SWITCH = "SwitchCourse";
    public static final String END_GUIDED_START = "ReferredToGuidedStart";
    public static final String END_WITHDRAWN = "Withdrawn";
    public static final String TASK_RECORD_CERTIFICATE = "RecordCertificate";
    public static final String TASK_OFFER_NEXT = "OfferNextCourse";
    public static final String END_NEXT_COURSE = "StartNextCourse";
    public static final String END_COURSE_FINISHED = "CourseFinished";
    public static final String BOUNDARY_JOB_FOUND = "JobFound";
    public static final String BOUNDARY_PILOT_ENDS = "PilotEnds";
    public static final String END_FOLLOW_UP = "FollowUpEnded";
    public static final String END_JOB = "EndedWithAJob";
    public static final String END_PILOT = "EndedWithThePilot";

    public static final String MESSAGE_COURSE_ENROLLED = "course-enrolled";
    public static final String MESSAGE_JOB_FOUND = "job-found";
    /** Sent to choose a next course (course recommendation starts on it). */
    public static final String MESSAGE_CHOOSE_AGAIN = "jobseeker-enrolled";

    public static final String VAR_PILOT_ENDS_AT = "pilotEndsAt";
    public static final String VAR_PROGRESS = "progressPercent";
    public static final String VAR_MINUTES = "minutesSpent";
    public static final String VAR_LAST_ACTIVITY = "lastActivityAt";
    public static final String VAR_PROGRESSED = "progressed";
    public static final String VAR_COMPLETED = "courseCompleted";
    public static final String VAR_CERTIFICATE = "certificateReceived";
    /** CONTINUE, SWITCH_COURSE, GUIDED_START or WITHDRAW. */
    public static final String VAR_REVIEW_OUTCOME = "reviewOutcome";
    /** NEXT_COURSE or DONE. */
    public static final String VAR_NEXT_COURSE = "nextCourseOutcome";

    /**
     * What Tremplin's code relies on in the diagram; the workbench refuses a version that breaks it. The
     * single list: a new use of an id above in {@code src/main} belongs here too.
     */
    public static final ProcessContract CONTRACT = new ProcessContract(
            RESOURCE,
            KEY,
            List.of(
                    new Element(
                            TIMER_WEEK,
                            Kind.TIMER_EVENT,
                            "brought forward when the platform reports progress (ProgressNoticed)"),
                    new Element(END_JOB, Kind.END_EVENT, "pilot review: when the jobseeker found a job (PilotFacts)"),
                    new Element(
                            END_SWITCH,
                            Kind.END_EVENT,
                            "satisfaction survey: the course was abandoned at the review (PilotFacts)"),
                    new Element(
                            END_GUIDED_START,
                            Kind.END_EVENT,
                            "satisfaction survey: the course was abandoned at the review (PilotFacts)"),
                    new Element(
                            END_WITHDRAWN,
                            Kind.END_EVENT,
                            "satisfaction survey: the course was abandoned at the review (PilotFacts)"),
                    new Element(
                            TASK_RECORD_CERTIFICATE,
                            Kind.USER_TASK,
                            "my caseload: an open one flags \"certificate to record\" (Caseload)")),
            Set.of(MESSAGE_COURSE_ENROLLED, MESSAGE_JOB_FOUND, MESSAGE_CHOOSE_AGAIN),
            Set.of(),
            Set.of());

    private FollowUpProcess() {}
}
