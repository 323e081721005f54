package lu.adem.tremplin.ownership;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import lu.adem.tremplin.shared.Agency;

/**
 * Who gets a new task of a jobseeker's case: the one rule, for every process and every task, whether a
 * counsellor's completion or a timer created it (README, "Who gets a task"). In this order:
 * <ol>
 * <li>the jobseeker's <b>referent counsellor</b>, when they may work the task;</li>
 * <li>otherwise the counsellor who <b>completed the case's previous task</b> (the latest completed task of
 * any of the jobseeker's cases), when they may work the task;</li>
 * <li>otherwise nobody: the task stays with the <b>agency's group</b>, as the diagram says.</li>
 * </ol>
 * "May work the task" means a member of the counsellors' group and of the agency group the task names as
 * candidate: a task is <b>never assigned across agencies</b>, and a task whose candidates are not one
 * agency is left alone. A counsellor chosen so who is <b>absent</b> that day gets nothing: their covering
 * colleague gets the task, and the absent counsellor stays its owner ("covering for …"); when the colleague
 * may not work it or is absent too, the task stays with the agency's group. A task the diagram already
 * assigns is left alone.
 */
public final class AssignmentRule {

    /** What the rule needs to know, answered from the jobseekers, the engine's history and the absences. */
    public interface Facts {

        /** The jobseeker's referent counsellor (a user id), if any. */
        Optional<String> referentOf(String caseKey);

        /** The counsellor who completed the latest task of the jobseeker's cases, if any. */
        Optional<String> previousCompleterOf(String caseKey);

        /** Whether the user is a counsellor of the agency. */
        boolean mayWork(String userId, Agency agency);

        /** The colleague covering for the user on that day, if the user is absent then. */
        Optional<String> coverOf(String userId, LocalDate day);
    }

    /** Why a task went where it went. */
    public enum Reason {
        REFERENT,
        PREVIOUS_COMPLETER,
        AGENCY
    }

    /**
     * The outcome: the assignee (null: the agency's group) and, when a colleague covers, the absent
     * counsellor the task is really for.
     */
    public record Decision(String assignee, String coveringFor, Reason reason) {

        static final Decision AGENCY = new Decision(null, null, Reason.AGENCY);

        public boolean assigned() {
            return assignee != null;
        }
    }

    private AssignmentRule() {}

    /** The decision for a new task of the case ({@code caseKey}: the jobseeker's number) named for the agency. */
    public static Decision decide(Agency agency, String caseKey, LocalDate today, Facts facts) {
        if (agency == null || caseKey == null) {
            return Decision.AGENCY;
        }
        List<Candidate> candidates = new ArrayList<>();
        facts.referentOf(caseKey).ifPresent(user -> candidates.add(new Candidate(user, Reason.REFERENT)));
        facts.previousCompleterOf(caseKey)
                .ifPresent(user -> candidates.add(new Candidate(user, Reason.PREVIOUS_COMPLETER)));
        for (Candidate candidate : candidates) {
            if (candidate.user().isBlank() || !facts.mayWork(candidate.user(), agency)) {
                continue;
            }
            Optional<String> cover = facts.coverOf(candidate.user(), today);
            if (cover.isEmpty()) {
                return new Decision(candidate.user(), null, candidate.reason());
            }
            String colleague = cover.get();
            boolean colleagueAvailable = facts.mayWork(colleague, agency)
                    && facts.coverOf(colleague, today).isEmpty();
            return colleagueAvailable ? new Decision(colleague, candidate.user(), candidate.reason()) : Decision.AGENCY;
        }
        return Decision.AGENCY;
    }

    private record Candidate(String user, Reason reason) {}
}
