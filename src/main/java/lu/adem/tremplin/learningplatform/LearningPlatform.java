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

    /** A short name for logs and screens, e.g. "OpenClassrooms API" or "simulator". */
    String name();

    /** What the platform receives about a jobseeker: no more than it needs. */
    record Member(String externalId, String email, String language, String team) {
    }

    record Invitation(String externalId, AccountStatus status) {
    }

    enum AccountStatus {
        NOT_INVITED, INVITED, ACTIVE
    }
}
