package lu.adem.tremplin.assessment;

/** Ids of {@code bpmn/digital-readiness.bpmn} and {@code bpmn/digital-readiness.dmn}, and their variables. */
public final class DigitalReadinessProcess {

    public static final String KEY = "digital-readiness";
    public static final String RESOURCE = "bpmn/digital-readiness.bpmn";
    public static final String DECISION_RESOURCE = "bpmn/digital-readiness.dmn";
    public static final String DECISION_KEY = "digital-readiness-route";

    public static final String TASK_INTERVIEW = "RunInterview";
    public static final String TASK_SCORE = "ScoreAnswers";
    public static final String TASK_PROPOSE_ROUTE = "ProposeRoute";
    public static final String TASK_VALIDATE_ROUTE = "ValidateRoute";
    public static final String END_ROUTE_DECIDED = "RouteDecided";

    public static final String FORM_INTERVIEW = "digital-readiness-interview";
    public static final String FORM_VALIDATE_ROUTE = "validate-readiness-route";

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
    /** The route in force after validation, and who decided it. */
    public static final String VAR_ROUTE = "route";
    public static final String VAR_ROUTE_DECIDED_BY = "routeDecidedBy";
    public static final String VAR_ROUTE_OVERRIDDEN = "routeOverridden";

    public static final String DECISION_CONFIRM = "CONFIRM";
    public static final String DECISION_OVERRIDE = "OVERRIDE";

    private DigitalReadinessProcess() {
    }
}
