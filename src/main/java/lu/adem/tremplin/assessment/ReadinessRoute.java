package lu.adem.tremplin.assessment;

/** Where the assessment sends a jobseeker first (PROGRAMME.md, "Digital-readiness questionnaire"). */
public enum ReadinessRoute {
    /** Cannot yet follow a course in French, English or Spanish: the counsellor decides. */
    LANGUAGE_SUPPORT,
    /** Basic digital training first, then a new assessment. */
    BASIC_TRAINING,
    /** Two to four supported sessions at a club emploi. */
    GUIDED_START,
    /** Online learning alone. */
    AUTONOMOUS
}
