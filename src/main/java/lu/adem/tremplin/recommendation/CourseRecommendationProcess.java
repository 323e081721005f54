package lu.adem.tremplin.recommendation;

import java.util.List;
import java.util.Set;

import lu.adem.tremplin.shared.ProcessContract;
import lu.adem.tremplin.shared.ProcessContract.Element;
import lu.adem.tremplin.shared.ProcessContract.Kind;

/** Ids of {@code bpmn/course-recommendation.bpmn} and its variables. */
public final class CourseRecommendationProcess {

    public static final String KEY = "course-recommendation";
    public static final String RESOURCE = "bpmn/course-recommendation.bpmn";

    public static final String START_ENROLLED = "JobseekerEnrolled";
    public static final String TASK_BUILD_SHORTLIST = "BuildShortlist";
    public static final String TASK_CHOOSE_COURSE = "ChooseCourse";
    public static final String TIMER_NO_CHOICE = "NoChoiceYet";
    public static final String TASK_REMIND = "RemindToChoose";
    public static final String END_REMINDED = "Reminded";
    public static final String GATEWAY_CHOSEN = "CourseChosen";
    public static final String TASK_ENROL = "EnrolInCourse";
    public static final String END_ENROLLED = "CourseEnrolled";
    public static final String TASK_SEND_CHOICE_LINK = "SendCourseChoiceLink";
    public static final String GATEWAY_AWAIT_JOBSEEKER_CHOICE = "AwaitJobseekerChoice";
    public static final String EVENT_CHOSEN_BY_JOBSEEKER = "CourseChosenByJobseeker";
    public static final String EVENT_CHOICE_LINK_EXPIRED = "CourseChoiceLinkExpired";

    public static final String FORM_CHOOSE_COURSE = "choose-course";

    /** Started by onboarding's message. */
    public static final String MESSAGE_JOBSEEKER_ENROLLED = "jobseeker-enrolled";
    /** Sent when the jobseeker is enrolled in a course; follow-up starts on it. */
    public static final String MESSAGE_COURSE_ENROLLED = "course-enrolled";

    /** Correlated by the jobseeker's course choice page when they choose a course through their personal link. */
    public static final String MESSAGE_CHOSEN_BY_JOBSEEKER = "course-chosen-by-jobseeker";
    /** Path of the public course choice page; the token follows it. */
    public static final String CHOICE_PATH = "course-choice";

    /** Platform ids of the shortlist, best first, separated by commas. */
    public static final String VAR_SHORTLIST = "shortlist";
    /** CHOSEN, RESTART or ONLINE (the jobseeker chooses through a personal link). */
    public static final String VAR_COURSE_CHOICE = "courseChoice";

    public static final String VAR_CHOSEN_COURSE = "chosenCourseId";

    public static final String CHOICE_CHOSEN = "CHOSEN";
    public static final String CHOICE_RESTART = "RESTART";
    public static final String CHOICE_ONLINE = "ONLINE";

    /** Who chose the course: absent for the counsellor's choice, {@link #CHOSEN_BY_JOBSEEKER} for the link's. */
    public static final String VAR_CHOICE_SOURCE = "courseChoiceSource";

    public static final String CHOSEN_BY_JOBSEEKER = "CHOSEN_BY_JOBSEEKER";
    /** ISO-8601 duration for which a course choice link stays valid (an input of the send task). */
    public static final String VAR_LINK_VALIDITY = "linkValidity";
    /** When the case stops waiting for the jobseeker's choice (the timer reads it). */
    public static final String VAR_LINK_EXPIRES_AT = "courseChoiceLinkExpiresAt";

    /**
     * What Tremplin's code relies on in the diagram; the workbench refuses a version that breaks it. The
     * single list: a new use of an id above in {@code src/main} belongs here too.
     */
    public static final ProcessContract CONTRACT = new ProcessContract(
            RESOURCE,
            KEY,
            List.of(new Element(
                    TASK_CHOOSE_COURSE, Kind.USER_TASK, "Tremplin's own course choice screen (CourseChoice)")),
            Set.of(MESSAGE_JOBSEEKER_ENROLLED, MESSAGE_COURSE_ENROLLED, MESSAGE_CHOSEN_BY_JOBSEEKER),
            Set.of(),
            // the send task's input parameter (SendCourseChoiceLink)
            Set.of(VAR_LINK_VALIDITY));

    private CourseRecommendationProcess() {}
}
