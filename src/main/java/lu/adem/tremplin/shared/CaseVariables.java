package lu.adem.tremplin.shared;

/**
 * The variables a jobseeker's case carries from one process to the next (into the called assessment and
 * back, and with the start messages of course recommendation and follow-up): one name each, for every
 * process and screen that reads them. Variables of one process only are named by its {@code XxxProcess}
 * class.
 */
public final class CaseVariables {

    /** Adem registration number: the only identifier a case carries, never personal data. */
    public static final String JOBSEEKER_ID = "jobseekerId";
    /** Agency code ({@link Agency#code()}): the candidate group of the case's tasks. */
    public static final String AGENCY = "agency";
    /**
     * The readiness route in force (AUTONOMOUS, GUIDED_START, BASIC_TRAINING, LANGUAGE_SUPPORT): decided by
     * the assessment, handed back to onboarding, then on to course recommendation and follow-up.
     */
    public static final String ROUTE = "route";
    /** The questionnaire's L2 (hours a week: 0 under 2, 1 from 2 to 5, 2 over 5), for course recommendation. */
    public static final String WEEKLY_HOURS_ANSWER = "weeklyHoursAnswer";
    /** The learning-platform id of the course the jobseeker is enrolled in, handed from recommendation to follow-up. */
    public static final String ENROLLED_COURSE = "enrolledCourseId";

    private CaseVariables() {}
}
