package lu.adem.tremplin.inbox.caseload;

/** What a counsellor should look at for a jobseeker of their caseload; {@link Caseload} says exactly when each is set. */
public enum CaseloadFlag {
    /** A case runs, yet for 14 days no case started, no user task was completed and no learning was reported. */
    NO_PROGRESS,
    /** A course completed in the last 30 days (the pilot's course facts). */
    COURSE_COMPLETED,
    /** A "Record the certificate" task of a follow-up is open. */
    CERTIFICATE_TO_RECORD,
    /** The latest self-assessment link expired unanswered while its assessment still runs. */
    LINK_EXPIRED
}
