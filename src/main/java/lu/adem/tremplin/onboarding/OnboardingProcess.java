package lu.adem.tremplin.onboarding;

/** Ids of {@code bpmn/onboarding.bpmn}, its variables and their values, as the diagram names them. */
public final class OnboardingProcess {

    public static final String KEY = "onboarding";
    public static final String RESOURCE = "bpmn/onboarding.bpmn";

    public static final String START = "JobseekerIdentified";
    public static final String TASK_PROPOSE_PROGRAMME = "ProposeProgramme";
    public static final String GATEWAY_ANSWER = "JobseekerAnswer";
    public static final String TIMER_ASK_AGAIN = "AskAgainLater";
    public static final String TASK_CHECK_ELIGIBILITY = "CheckEligibility";
    public static final String GATEWAY_ELIGIBLE = "Eligible";
    public static final String TASK_PRIVACY_NOTICE = "GivePrivacyNotice";
    public static final String CALL_ASSESSMENT = "AssessDigitalReadiness";
    public static final String END_ASSESSED = "ReadinessAssessed";
    public static final String END_NOT_ELIGIBLE = "NotEligible";
    public static final String END_DECLINED = "ProgrammeDeclined";

    public static final String FORM_PROPOSE_PROGRAMME = "propose-the-programme";
    public static final String FORM_PRIVACY_NOTICE = "privacy-notice";

    /** Adem registration number: the only identifier a case carries, never personal data. */
    public static final String VAR_JOBSEEKER_ID = "jobseekerId";
    /** Agency code ({@link lu.adem.tremplin.shared.Agency#code()}): the candidate group of the case's tasks. */
    public static final String VAR_AGENCY = "agency";
    public static final String VAR_PROPOSAL_CHANNEL = "proposalChannel";
    public static final String VAR_PROPOSAL_OUTCOME = "proposalOutcome";
    public static final String VAR_DECLINE_REASON = "declineReason";
    public static final String VAR_ELIGIBLE = "eligible";
    /** {@link Eligibility.Reason} when not eligible. */
    public static final String VAR_INELIGIBLE_REASON = "ineligibleReason";
    public static final String VAR_PRIVACY_NOTICE_GIVEN = "privacyNoticeGiven";
    public static final String VAR_PRIVACY_NOTICE_CHANNEL = "privacyNoticeChannel";
    /** Set by the assessment (call activity): the route in force. */
    public static final String VAR_ROUTE = "route";

    public static final String OUTCOME_ACCEPTED = "ACCEPTED";
    public static final String OUTCOME_LATER = "LATER";
    public static final String OUTCOME_DECLINED = "DECLINED";

    private OnboardingProcess() {
    }
}
