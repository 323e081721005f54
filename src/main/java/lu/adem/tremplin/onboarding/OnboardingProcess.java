package lu.adem.tremplin.onboarding;

import java.util.List;
import java.util.Set;

import lu.adem.tremplin.shared.CaseVariables;
import lu.adem.tremplin.shared.ProcessContract;
import lu.adem.tremplin.shared.ProcessContract.Element;
import lu.adem.tremplin.shared.ProcessContract.Kind;

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
    public static final String GATEWAY_ROUTE = "ByRoute";
    public static final String TASK_BOOK_GUIDED_START = "BookGuidedStart";
    public static final String TASK_BOOK_SESSIONS = "BookSessions";
    public static final String BOUNDARY_NO_FREE_SEATS = "NoFreeSeats";
    /** Thrown when a club emploi session has too few free seats: the counsellor chooses again. */
    public static final String ERROR_NO_FREE_SEATS = "NO_FREE_SEATS";

    public static final String TASK_CONFIRM_ATTENDANCE = "ConfirmAttendance";
    public static final String GATEWAY_ATTENDED = "Attended";
    public static final String TASK_MISSED_SESSIONS = "ContactAboutMissedSessions";
    public static final String GATEWAY_AFTER_MISSED = "AfterMissedSessions";
    public static final String TASK_REFER_BASIC_TRAINING = "ReferToBasicTraining";
    public static final String TIMER_REASSESS = "ReassessAfterTraining";
    public static final String TASK_DECIDE_LANGUAGE_SUPPORT = "DecideLanguageSupport";
    public static final String GATEWAY_LANGUAGE_DECISION = "LanguageDecision";
    public static final String TIMER_REASSESS_LANGUAGE = "ReassessAfterLanguageSupport";
    public static final String TASK_INVITE = "InviteToLearningPlatform";
    public static final String SUBPROCESS_AWAIT_ACTIVATION = "AwaitActivation";
    public static final String TASK_CHECK_ACTIVATION = "CheckActivation";
    public static final String GATEWAY_ACTIVATED = "Activated";
    public static final String TIMER_CHECK_AGAIN = "CheckAgainTomorrow";
    public static final String TIMER_ACTIVATION_OVERDUE = "ActivationOverdue";
    public static final String TASK_CALL_ABOUT_ACTIVATION = "CallAboutActivation";
    public static final String TIMER_REMINDER_DUE = "ActivationReminderDue";
    public static final String TASK_REMIND = "RemindToActivate";
    public static final String END_ENROLLED = "Enrolled";
    /** Sent when a jobseeker is enrolled; the course recommendation process starts on it. */
    public static final String MESSAGE_ENROLLED = "jobseeker-enrolled";

    public static final String END_WITHDRAWN = "Withdrawn";
    public static final String END_NOT_ELIGIBLE = "NotEligible";
    public static final String END_DECLINED = "ProgrammeDeclined";

    public static final String FORM_PROPOSE_PROGRAMME = "propose-the-programme";
    public static final String FORM_PRIVACY_NOTICE = "privacy-notice";
    public static final String FORM_BOOK_GUIDED_START = "book-guided-start";
    public static final String FORM_CONFIRM_ATTENDANCE = "confirm-guided-start-attendance";
    public static final String FORM_MISSED_SESSIONS = "missed-guided-start";
    public static final String FORM_REFER_BASIC_TRAINING = "refer-basic-training";
    public static final String FORM_LANGUAGE_SUPPORT = "language-support-decision";
    public static final String FORM_CALL_ABOUT_ACTIVATION = "call-about-activation";

    public static final String VAR_PROPOSAL_CHANNEL = "proposalChannel";
    public static final String VAR_PROPOSAL_OUTCOME = "proposalOutcome";
    public static final String VAR_DECLINE_REASON = "declineReason";
    public static final String VAR_ELIGIBLE = "eligible";
    /** {@link Eligibility.Reason} when not eligible. */
    public static final String VAR_INELIGIBLE_REASON = "ineligibleReason";

    public static final String VAR_PRIVACY_NOTICE_GIVEN = "privacyNoticeGiven";
    public static final String VAR_PRIVACY_NOTICE_CHANNEL = "privacyNoticeChannel";
    public static final String VAR_GUIDED_START_CLUB = "guidedStartClub";
    public static final String VAR_GUIDED_START_SESSIONS = "guidedStartSessions";
    public static final String VAR_GUIDED_START_FIRST_SESSION = "guidedStartFirstSession";
    /** The booked session starts, for display. */
    public static final String VAR_GUIDED_START_BOOKINGS = "guidedStartBookings";

    public static final String VAR_GUIDED_START_LAST_SESSION = "guidedStartLastSession";
    public static final String VAR_ATTENDED_SESSIONS = "attendedSessions";
    /** REBOOK, CONTINUE or WITHDRAW after missed sessions. */
    public static final String VAR_MISSED_OUTCOME = "missedSessionsOutcome";
    /** The learning-platform account: NOT_INVITED, INVITED or ACTIVE. */
    public static final String VAR_PLATFORM_STATUS = "platformStatus";
    /** REASSESS or WITHDRAW, after language support. */
    public static final String VAR_LANGUAGE_DECISION = "languageDecision";

    public static final String VAR_WITHDRAW_REASON = "withdrawReason";

    public static final String OUTCOME_ACCEPTED = "ACCEPTED";
    public static final String OUTCOME_LATER = "LATER";
    public static final String OUTCOME_DECLINED = "DECLINED";

    /**
     * What Tremplin's code relies on in the diagram; the workbench refuses a version that breaks it. The
     * single list: a new use of an id above in {@code src/main} belongs here too.
     */
    public static final ProcessContract CONTRACT = new ProcessContract(
            RESOURCE,
            KEY,
            List.of(
                    new Element(
                            TASK_INVITE,
                            Kind.SERVICE_TASK,
                            "pilot review: when the jobseeker was invited (PilotFacts)"),
                    new Element(
                            END_ENROLLED,
                            Kind.MESSAGE_END_EVENT,
                            "pilot review: when the account was activated (PilotFacts); starts course recommendation"),
                    new Element(
                            TIMER_CHECK_AGAIN,
                            Kind.TIMER_EVENT,
                            "brought forward when the platform reports an activation" + " (ActivationNoticed)")),
            Set.of(MESSAGE_ENROLLED),
            Set.of(ERROR_NO_FREE_SEATS),
            // from the assessment's output mapping, handed on to course recommendation (AnnounceEnrolment)
            Set.of(CaseVariables.ROUTE, CaseVariables.WEEKLY_HOURS_ANSWER));

    private OnboardingProcess() {}
}
