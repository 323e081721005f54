package lu.adem.tremplin.modeler;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * What a changed decision table would have decided: the draft of a DMN file replayed on the inputs of
 * the real decisions of a period ({@link PastDecisions}), beside what the deployed versions decided and
 * what the counsellors kept; and the draft tried on inputs the process owner types. Nothing is deployed,
 * recorded or changed. For process owners and administrators, checked here; the cases are named by
 * registration number only to a user who may open their files, by a short case id otherwise.
 */
@Service
public class DecisionReplay {

    /** Replays cover at most this many days. */
    public static final int MAX_DAYS = 731;

    static final int SAMPLE = 25;
    private static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");

    /** One input column of the draft, for the test panel: its id, label, variable and type. */
    public record Input(String id, String label, String expression, String typeRef) {}

    /** A rule of the draft: its id, its number in the table (from 1) and its description. */
    public record Rule(String id, int number, String description) {}

    /** What the draft decides for typed inputs; {@code error} says why it could not. */
    public record Tried(String value, List<Rule> rules, String error) {}

    /**
     * What the draft does to one period's decisions. {@code notReplayable}: decisions whose inputs cannot
     * be set again (a column reads an expression); {@code failed}: decisions the draft could not evaluate.
     */
    public record Replay(
            String decisionKey,
            String decisionName,
            String outputName,
            LocalDate from,
            LocalDate to,
            long decisions,
            long notReplayable,
            long failed,
            boolean capped,
            List<Routes.Count> counts,
            List<Routes.AgencyCounts> byAgency,
            List<Routes.Move> moves,
            long changed,
            Overrides overrides,
            List<ChangedCase> sample) {

        public boolean isEmpty() {
            return decisions == 0;
        }
    }

    /**
     * How counsellors treated the deployed versions' outcomes on the replayed decisions: how many cases
     * have decided, how many kept another value than the one proposed, and in how many of those the draft
     * gives what the counsellor chose.
     */
    public record Overrides(long decided, long overridden, long draftAgrees) {}

    /** A case the draft decides differently, and the draft's rule that decided it. */
    public record ChangedCase(
            String reference, boolean registrationNumber, String agency, String before, String after, Rule rule) {}

    private final PastDecisions past;
    private final Clock clock;

    DecisionReplay(PastDecisions past, Clock clock) {
        this.past = past;
        this.clock = clock;
    }

    private static CurrentUser owner() {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.PROCESS_OWNER) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Decision replay is for process owners: " + user.userId());
        }
        return user;
    }

    /** Today in Luxembourg, by the one clock: the default end of a period. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(LUXEMBOURG));
    }

    /** The draft's input columns (of its first decision table). */
    public List<Input> inputs(String dmnXml) {
        owner();
        return DraftDecision.of(dmnXml, null).inputs().stream()
                .map(input -> new Input(input.id(), input.label(), input.expression(), input.typeRef()))
                .toList();
    }

    /** The draft's output and matching rules for typed inputs (variable → text, converted by the column's type). */
    public Tried test(String dmnXml, Map<String, String> typed) {
        owner();
        DraftDecision draft = DraftDecision.of(dmnXml, null);
        try {
            var outcome = draft.evaluate(TypedInputs.convert(draft.inputs(), typed));
            return new Tried(
                    outcome.value() == null ? null : String.valueOf(outcome.value()),
                    outcome.rules().stream().map(DecisionReplay::rule).toList(),
                    null);
        } catch (IllegalArgumentException cannot) {
            return new Tried(null, List.of(), cannot.getMessage());
        }
    }

    /**
     * Replays the draft's first decision table on the decisions of its key taken from {@code from} to
     * {@code to} (whole days in Luxembourg).
     *
     * @throws IllegalArgumentException when the draft cannot be read or the period is empty or too long
     */
    public Replay replay(String dmnXml, LocalDate from, LocalDate to) {
        CurrentUser user = owner();
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("Choose a period of at most " + MAX_DAYS + " days");
        }
        DraftDecision draft = DraftDecision.of(dmnXml, null);
        PastDecisions.Read read = past.read(
                draft.key(),
                draft.outputName(),
                from.atStartOfDay(LUXEMBOURG).toInstant(),
                to.plusDays(1).atStartOfDay(LUXEMBOURG).toInstant());
        Routes routes = new Routes();
        long notReplayable = 0;
        long failed = 0;
        long decided = 0;
        long overridden = 0;
        long agrees = 0;
        List<ChangedCase> sample = new ArrayList<>();
        for (PastDecisions.Past decision : read.decisions()) {
            if (decision.inputs() == null) {
                notReplayable++;
                continue;
            }
            DraftDecision.Outcome outcome;
            try {
                outcome = draft.evaluate(decision.inputs());
            } catch (IllegalArgumentException cannot) {
                failed++;
                continue;
            }
            String before = text(decision.output());
            String after = text(outcome.value());
            routes.add(decision.agency(), before, after);
            if (decision.kept() != null) {
                decided++;
                if (decision.overridden()) {
                    overridden++;
                    agrees += Objects.equals(after, text(decision.kept())) ? 1 : 0;
                }
            }
            if (!Objects.equals(before, after) && sample.size() < SAMPLE) {
                sample.add(changed(user, decision, before, after, outcome));
            }
        }
        return new Replay(
                draft.key(),
                draft.name(),
                draft.outputName(),
                from,
                to,
                read.decisions().size(),
                notReplayable,
                failed,
                read.capped(),
                routes.counts(),
                routes.byAgency(),
                routes.moves(),
                routes.changed(),
                new Overrides(decided, overridden, agrees),
                sample);
    }

    private static ChangedCase changed(
            CurrentUser user, PastDecisions.Past decision, String before, String after, DraftDecision.Outcome outcome) {
        boolean mayOpenFile = decision.registrationNumber() != null && mayOpenFiles(user, decision.agency());
        String reference = mayOpenFile
                ? decision.registrationNumber()
                : decision.caseId() == null
                        ? "—"
                        : decision.caseId()
                                .substring(0, Math.min(8, decision.caseId().length()));
        Rule rule = outcome.rules().isEmpty() ? null : rule(outcome.rules().get(0));
        return new ChangedCase(reference, mayOpenFile, decision.agency(), before, after, rule);
    }

    /** Who opens a jobseeker's file (JobseekerFile): their agency's counsellors, supervisors, administrators. */
    private static boolean mayOpenFiles(CurrentUser user, String agency) {
        return user.hasRole(Roles.SUPERVISOR)
                || user.hasRole(Roles.ADMIN)
                || user.hasRole(Roles.COUNSELLOR)
                        && user.agencies().stream().anyMatch(a -> a.code().equals(agency));
    }

    private static Rule rule(DraftDecision.Rule rule) {
        return new Rule(rule.id(), rule.number(), rule.description());
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
