package lu.adem.tremplin.inbox.caseload;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * The signed-in counsellor's caseload: the jobseekers whose referent they are, each with the current steps of
 * their running cases, the next due date, the last contact and flags ({@link CaseloadLine}), searched,
 * filtered by flag, sorted and read a page at a time. Read only: nothing here assigns or changes a task.
 *
 * <p>Exactly:
 * <ul>
 *   <li><b>current step</b>: the names of the open user tasks of each running case; a case with no open
 *       task shows where it waits (a timer, a message, a called process…);
 *   <li><b>next due</b>: the earliest due date of those open tasks;
 *   <li><b>last contact</b>: the user task completed last on any of the jobseeker's cases, running or ended
 *       (which step, by whom, when);
 *   <li>{@link CaseloadFlag#NO_PROGRESS}: a case runs, and the latest of its cases' starts, the last completed
 *       task and the learning platform's last activity ({@code lastActivityAt} of a follow-up) is 14 days old or
 *       more;
 *   <li>{@link CaseloadFlag#COURSE_COMPLETED}: a course completed in the last 30 days;
 *   <li>{@link CaseloadFlag#CERTIFICATE_TO_RECORD}: a follow-up's "Record the certificate" task is open;
 *   <li>{@link CaseloadFlag#LINK_EXPIRED}: the latest self-assessment link expired unanswered, and its
 *       assessment still runs.
 * </ul>
 * Only counsellors have a caseload, and only their own: the jobseekers are chosen by the signed-in user's id
 * on the server ({@link Jobseekers#referredToMe()}), whatever the screen asks. The whole caseload is read for
 * each query (six queries whatever its size, docs/benchmarks.md), then filtered, sorted and cut into a page.
 */
@Service
public class Caseload {

    /** Upper bound of one page, as the inbox's. */
    public static final int PAGE_SIZE = 200;

    /**
     * NAME: by last name. NEXT_DUE: the earliest due first, without a due date last. LAST_CONTACT: the longest
     * without contact first, never contacted before all.
     */
    public enum Sort {
        NAME,
        NEXT_DUE,
        LAST_CONTACT
    }

    /**
     * @param search part of a name or registration number, or null
     * @param flag only the jobseekers with this flag, or null for all
     */
    public record Query(String search, CaseloadFlag flag, Sort sort) {}

    private final Jobseekers jobseekers;
    private final CaseloadLines lines;

    Caseload(Jobseekers jobseekers, CaseloadLines lines) {
        this.jobseekers = jobseekers;
        this.lines = lines;
    }

    /** How many jobseekers of the caseload match the query. */
    public int count(Query query) {
        return all(query, null).size();
    }

    /** One page of the matching jobseekers, step names in {@code locale}'s language. */
    public List<CaseloadLine> page(Query query, int offset, int limit, Locale locale) {
        List<CaseloadLine> all = all(query, locale);
        int from = Math.min(Math.max(offset, 0), all.size());
        return all.subList(from, Math.min(all.size(), from + Math.min(limit, PAGE_SIZE)));
    }

    /** Every matching jobseeker, filtered and sorted: a screen that shows the whole list reads it once. */
    public List<CaseloadLine> all(Query query, Locale locale) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.COUNSELLOR)) {
            throw new AccessDeniedException("Only counsellors have a caseload");
        }
        List<Jobseeker> people = jobseekers.referredToMe().stream()
                .filter(person -> matches(person, query.search()))
                .toList();
        return lines.of(people, locale).stream()
                .filter(line -> query.flag() == null || line.flags().contains(query.flag()))
                .sorted(order(query.sort()))
                .toList();
    }

    private static boolean matches(Jobseeker person, String search) {
        if (search == null || search.isBlank()) {
            return true;
        }
        String text = search.trim().toLowerCase(Locale.ROOT);
        return person.fullName().toLowerCase(Locale.ROOT).contains(text)
                || (person.lastName() + " " + person.firstName())
                        .toLowerCase(Locale.ROOT)
                        .contains(text)
                || person.registrationNumber().toLowerCase(Locale.ROOT).contains(text);
    }

    /** Lines arrive by name (the jobseekers' order); every other order keeps it among equals (a stable sort). */
    private static Comparator<CaseloadLine> order(Sort sort) {
        return switch (sort == null ? Sort.NAME : sort) {
            case NAME -> (a, b) -> 0;
            case NEXT_DUE ->
                Comparator.comparing(CaseloadLine::nextDue, Comparator.nullsLast(Comparator.<Instant>naturalOrder()));
            case LAST_CONTACT ->
                Comparator.comparing(
                        (Function<CaseloadLine, Instant>) line -> line.lastContact() == null
                                ? null
                                : line.lastContact().at(),
                        Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
        };
    }
}
