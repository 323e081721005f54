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

    public static final String FORM_CHOOSE_COURSE = "choose-course";

    /** Started by onboarding's message. */
    public static final String MESSAGE_JOBSEEKER_ENROLLED = "jobseeker-enrolled";
    /** Sent when the jobseeker is enrolled in a course; follow-up starts on it. */
    public static final String MESSAGE_COURSE_ENROLLED = "course-enrolled";

    /** Platform ids of the shortlist, best first, separated by commas. */
    public static final String VAR_SHORTLIST = "shortlist";
    /** CHOSEN or RESTART. */
    public static final String VAR_COURSE_CHOICE = "courseChoice";

    public static final String VAR_CHOSEN_COURSE = "chosenCourseId";

    public static final String CHOICE_CHOSEN = "CHOSEN";
    public static final String CHOICE_RESTART = "RESTART";

    /**
     * What Tremplin's code relies on in the diagram; the workbench refuses a version that breaks it. The
     * single list: a new use of an id above in {@code src/main} belongs here too.
     */
    public static final ProcessContract CONTRACT = new ProcessContract(
            RESOURCE,
            KEY,
            List.of(new Element(
                    TASK_CHOOSE_COURSE, Kind.USER_TASK, "Tremplin's own course choice screen (CourseChoice)")),
            Set.of(MESSAGE_JOBSEEKER_ENROLLED, MESSAGE_COURSE_ENROLLED),
            Set.of(),
            Set.of());

    private CourseRecommendationProcess() {}
}
