package lu.adem.tremplin.shared.logging;

/**
 * The names of the fields a log line carries about who and what it concerns (the logging context, SLF4J's
 * MDC). Dotted names nest in JSON: {@code user.name} is the Elastic Common Schema's own field, Tremplin's
 * fields sit under {@code tremplin} so that they never collide with the schema's ({@code process} is the JVM's).
 */
public final class LogFields {

    /** The signed-in user's id, for the request being served. */
    public static final String USER = "user.name";

    /** The case (process instance) the engine is working on. */
    public static final String CASE_ID = "tremplin.caseId";

    /** The jobseeker's registration number: the case's business key. */
    public static final String REGISTRATION_NUMBER = "tremplin.registrationNumber";

    /** The process (its key) and the step (activity id) the engine is at. */
    public static final String PROCESS = "tremplin.process";

    public static final String STEP = "tremplin.step";

    private LogFields() {}
}
