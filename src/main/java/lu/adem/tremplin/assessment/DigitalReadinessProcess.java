package lu.adem.tremplin.assessment;

import java.util.List;
import java.util.Set;

import lu.adem.tremplin.shared.ProcessContract;

/** Ids of {@code bpmn/digital-readiness.bpmn} and {@code bpmn/digital-readiness.dmn}, and their variables. */
public final class DigitalReadinessProcess {

    public static final String KEY = "digital-readiness";
    public static final String RESOURCE = "bpmn/digital-readiness.bpmn";
    public static final String DECISION_RESOURCE = "bpmn/digital-readiness.dmn";
    public static final String DECISION_KEY = "digital-readiness-route";

    public static final String GATEWAY_HOW = "HowToAssess";
    public static final String TASK_SEND_LINK = "SendSelfAssessmentLink";
    public static final String BOUNDARY_NO_EMAIL = "NoEmailAddress";
    public static final String GATEWAY_AWAIT_ANSWERS = "AwaitSelfAssessment";
    public static final String EVENT_ANSWERS_RECEIVED = "SelfAssessmentAnswered";
    public static final String EVENT_LINK_EXPIRED = "SelfAssessmentLinkExpired";
    public static final String TASK_INTERVIEW = "RunInterview";
    public static final String TASK_SCORE = "ScoreAnswers";
    public static final String TASK_PROPOSE_ROUTE = "ProposeRoute";
    public static final String TASK_VALIDATE_ROUTE = "ValidateRoute";
    public static final String END_ROUTE_DECIDED = "RouteDecided";

    public static final String FORM_INTERVIEW = "digital-readiness-interview";
    public static final String FORM_VALIDATE_ROUTE = "validate-readiness-route";

    /** Message that carries the jobseeker's self-assessment answers into the waiting case. */
    public static final String MESSAGE_SELF_ASSESSMENT = "self-assessment-answered";
    /** Error thrown when a self-assessment link cannot be sent (no email address). */
    public static final String ERROR_NO_EMAIL = "NO_EMAIL";
    /** Path of the public self-assessment page; the token follows it. */
    public static final String SELF_ASSESSMENT_PATH = "self-assessment";

    /** INTERVIEW (default) or SELF, chosen by the counsellor with the privacy notice. */
    public static final String VAR_ASSESSMENT_MODE = "assessmentMode";

    public static final String MODE_SELF = "SELF";
    public static final String MODE_INTERVIEW = "INTERVIEW";
    /** ISO-8601 duration for which a self-assessment link stays valid (an input of the send task). */
    public static final String VAR_LINK_VALIDITY = "linkValidity";
    /** When the case stops waiting for self-assessment answers (the timer reads it). */
    public static final String VAR_LINK_EXPIRES_AT = "selfAssessmentExpiresAt";
    /** Who gave the answers: the jobseeker by self-assessment, or (absent) the interview. */
    public static final String VAR_ANSWERED_BY = "answeredBy";

    public static final String ANSWERED_BY_JOBSEEKER = "JOBSEEKER";

    public static final String VAR_LANGUAGE_SCORE = "languageScore";
    public static final String VAR_ACCESS_SCORE = "accessScore";
    public static final String VAR_SKILLS_SCORE = "skillsScore";
    public static final String VAR_CONDITIONS_SCORE = "conditionsScore";
    public static final String VAR_CONFIDENCE = "confidence";
    public static final String VAR_PROPOSED_ROUTE = "proposedRoute";
    /** CONFIRM or OVERRIDE, chosen by the counsellor. */
    public static final String VAR_ROUTE_DECISION = "routeDecision";

    public static final String VAR_OVERRIDE_ROUTE = "overrideRoute";
    public static final String VAR_OVERRIDE_REASON = "overrideReason";
    public static final String VAR_ROUTE_DECIDED_BY = "routeDecidedBy";
    public static final String VAR_ROUTE_OVERRIDDEN = "routeOverridden";

    public static final String DECISION_CONFIRM = "CONFIRM";
    public static final String DECISION_OVERRIDE = "OVERRIDE";

    /**
     * What Tremplin's code relies on in the diagram; the workbench refuses a version that breaks it. The
     * single list: a new use of an id above in {@code src/main} belongs here too.
     */
    public static final ProcessContract CONTRACT = new ProcessContract(
            RESOURCE,
            KEY,
            List.of(new ProcessContract.Element(
                    TASK_PROPOSE_ROUTE,
                    ProcessContract.Kind.BUSINESS_RULE_TASK,
                    "demo: the demo's route decisions start cases there (DemoRouteDecisions)")),
            Set.of(MESSAGE_SELF_ASSESSMENT),
            Set.of(ERROR_NO_EMAIL),
            // the send task's input parameter (SendSelfAssessmentLink) and the decision's result (RouteDecision)
            Set.of(VAR_LINK_VALIDITY, VAR_PROPOSED_ROUTE));

    private DigitalReadinessProcess() {}
}
