package lu.adem.tremplin.inbox.caseload;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * One jobseeker of a counsellor's caseload: the current steps of their running cases (in the user's
 * language), the earliest due date of their open tasks, their last contact and their flags.
 *
 * @param nextDue null when no open task has a due date
 * @param lastContact null when no user task was ever completed on their cases
 */
public record CaseloadLine(
        String registrationNumber,
        String name,
        List<String> currentSteps,
        Instant nextDue,
        LastContact lastContact,
        Set<CaseloadFlag> flags) {

    /** The latest completed user task on any of the jobseeker's cases: which step, who completed it, when. */
    public record LastContact(String step, String by, Instant at) {}
}
