package lu.adem.tremplin.outbox;

/** What Tremplin writes to jobseekers; texts in {@code messages/outbox*.properties}. */
public enum MessageKind {
    PLATFORM_INVITATION,
    ACTIVATION_REMINDER,
    /** {1} is the personal link, {2} the date it expires. */
    SELF_ASSESSMENT_LINK,
    COURSE_CHOICE_REMINDER,
    /** {1} is the personal link to choose a course, {2} the date it expires. */
    COURSE_CHOICE_LINK,
    PROGRESS_REMINDER,
    /** {1} is the personal link to the satisfaction survey, {2} the date it expires. */
    SATISFACTION_SURVEY
}
