package lu.adem.tremplin.shared;

/**
 * A process that allows one running case per business key was started again for a key whose case
 * still runs: nothing was started (docs/adr/0022). Carries the running case's id when the start could
 * read it; a start that lost a race on the database's constraint cannot (its transaction is spoiled),
 * and the caller reads it afterwards. Not a {@code ProcessEngineException}: the engine REST API wraps
 * those into a 500, while this one reaches Tremplin's own answer (a 200 with the running case).
 */
public class CaseAlreadyRunning extends AlreadyDone {

    private final String processKey;
    private final String businessKey;
    private final String runningInstanceId;

    public CaseAlreadyRunning(String processKey, String businessKey, String runningInstanceId) {
        super("A " + processKey + " case already runs for " + businessKey
                + (runningInstanceId == null ? "" : ": " + runningInstanceId));
        this.processKey = processKey;
        this.businessKey = businessKey;
        this.runningInstanceId = runningInstanceId;
    }

    public String processKey() {
        return processKey;
    }

    /**
     * The case's key: the business key, or for a process keyed by more (follow-up: one per jobseeker and
     * course) the business key and the rest, as in {@code running_case}.
     */
    public String businessKey() {
        return businessKey;
    }

    /** The running case's process instance id, or null when the start could not read it. */
    public String runningInstanceId() {
        return runningInstanceId;
    }
}
