package lu.adem.tremplin.learningplatform;

/**
 * What Tremplin asks of the learning platform. Every call either answers or throws
 * {@link PlatformUnavailable}: callers (service tasks) let Camunda retry and then raise an incident.
 */
public interface LearningPlatform {

    /** Invites a jobseeker into a team. Inviting someone already invited answers their current status. */
    Invitation invite(Member member);

    /** Where a jobseeker's account stands on the platform. */
    AccountStatus accountStatus(String externalId);

    /**
     * Enrols an (invited) jobseeker in a course. Enrolling again in the same course answers the same
     * enrolment, so a retried service task does no harm.
     */
    Enrolment enrol(String externalId, String courseId);

    /** Where a jobseeker stands in a course: progress, time spent, completion and certificate. */
    Progress progress(String externalId, String courseId);

    /** A short name for logs and screens, e.g. "OpenClassrooms API" or "simulator". */
    String name();

    /** What the platform receives about a jobseeker: no more than it needs. */
    record Member(String externalId, String email, String language, String team) {}

    record Invitation(String externalId, AccountStatus status) {}

    record Enrolment(String externalId, String courseId) {}

    /**
     * Progress in one course, as the platform reports it (only this comes back to Tremplin).
     *
     * @param percent 0–100
     * @param lastActivityAt when the jobseeker last worked on the course, null if never
     * @param completedAt when the course was completed, null if not
     * @param certificateAt when the certificate of achievement was issued, null if none
     */
    record Progress(
            String externalId,
            String courseId,
            int percent,
            int minutesSpent,
            java.time.Instant lastActivityAt,
            java.time.Instant completedAt,
            java.time.Instant certificateAt) {}

    enum AccountStatus {
        NOT_INVITED,
        INVITED,
        ACTIVE
    }
}
