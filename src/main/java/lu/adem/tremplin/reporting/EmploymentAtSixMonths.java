package lu.adem.tremplin.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * Exit to employment 6 months after invitation (PROGRAMME.md, issue 20): of the jobseekers invited in a period
 * whose 6 months have passed, the share in employment — an exit from the register of kind employment from the
 * day of invitation to the same day 6 months later (imported by {@link EmploymentOutcomes}), or “found a job”
 * recorded during follow-up in those days — beside the same share among those who never activated their
 * account. In total, by agency, by route and by preferred course type (the topic of the first course started;
 * "none" for who started none). A descriptive comparison, not a causal estimate. Aggregates only: no
 * registration number leaves this class. The invitation is the first one in the period, its day Luxembourg's.
 */
@Service
public class EmploymentAtSixMonths {

    public static final int MONTHS = 6;
    /** The course-type group of those who started no course. */
    public static final String NO_COURSE = "none";

    /** One group: everyone counted, in employment; of them, those who never activated, in employment. */
    public record Share(String group, int invited, int employed, int neverActivated, int neverActivatedEmployed) {

        public Double employedShare() {
            return PilotReview.share(employed, invited);
        }

        public int activated() {
            return invited - neverActivated;
        }

        public Double activatedShare() {
            return PilotReview.share(employed - neverActivatedEmployed, activated());
        }

        public Double neverActivatedShare() {
            return PilotReview.share(neverActivatedEmployed, neverActivated);
        }
    }

    /** The figure for a period; only those invited on or before {@code invitedBy} count. */
    public record Figures(
            LocalDate from,
            LocalDate to,
            LocalDate invitedBy,
            Share total,
            List<Share> byAgency,
            List<Share> byRoute,
            List<Share> byCourseType) {}

    private record Person(String agency, String route, boolean activated, String courseType, boolean employed) {}

    private record Course(Timestamp startedAt, String topic, Timestamp jobFoundAt) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    EmploymentAtSixMonths(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.SUPERVISOR) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("The pilot review is for supervisors: " + user.userId());
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period runs from a first day to a last day on or after it");
        }
        LocalDate invitedBy =
                LocalDate.now(clock.withZone(PilotReview.LUXEMBOURG)).minusMonths(MONTHS);
        LocalDate last = to.isBefore(invitedBy) ? to : invitedBy;
        List<Person> people = people(from, last);
        return new Figures(
                from,
                to,
                invitedBy,
                share("", people),
                grouped(people, Person::agency),
                grouped(people, Person::route),
                grouped(people, Person::courseType));
    }

    private List<Person> people(LocalDate from, LocalDate last) {
        if (last.isBefore(from)) {
            return List.of();
        }
        Map<String, Object> period = Map.of(
                "from", Timestamp.from(from.atStartOfDay(PilotReview.LUXEMBOURG).toInstant()),
                "to",
                        Timestamp.from(last.plusDays(1)
                                .atStartOfDay(PilotReview.LUXEMBOURG)
                                .toInstant()));
        String cohort = "select registration_number from pilot_journey where invited_at >= :from and invited_at < :to";
        Map<String, List<Course>> courses = new HashMap<>();
        jdbc.sql("select pc.registration_number, pc.started_at, co.topic, pc.job_found_at from pilot_course pc"
                        + " left join course co on co.platform_id = pc.course_id"
                        + " where pc.registration_number in (" + cohort + ")")
                .params(period)
                .query(rs -> {
                    courses.computeIfAbsent(rs.getString(1), n -> new ArrayList<>())
                            .add(new Course(rs.getTimestamp(2), rs.getString(3), rs.getTimestamp(4)));
                });
        Map<String, List<LocalDate>> exits = new HashMap<>();
        jdbc.sql("select registration_number, exited_on from employment_outcome where exit_kind = 'EMPLOYMENT'"
                        + " and registration_number in (" + cohort + ")")
                .params(period)
                .query(rs -> {
                    exits.computeIfAbsent(rs.getString(1), n -> new ArrayList<>())
                            .add(rs.getDate(2).toLocalDate());
                });
        return jdbc.sql(
                        "select registration_number, min(invited_at), max(agency), max(route), min(activated_at)"
                                + " from pilot_journey where invited_at >= :from and invited_at < :to group by registration_number")
                .params(period)
                .query((rs, row) -> {
                    String number = rs.getString(1);
                    LocalDate invited = day(rs.getTimestamp(2));
                    LocalDate until = invited.plusMonths(MONTHS);
                    List<Course> theirs = courses.getOrDefault(number, List.of());
                    boolean employed = exits.getOrDefault(number, List.of()).stream()
                                    .anyMatch(exit -> !exit.isBefore(invited) && !exit.isAfter(until))
                            || theirs.stream()
                                    .map(Course::jobFoundAt)
                                    .filter(at -> at != null)
                                    .map(EmploymentAtSixMonths::day)
                                    .anyMatch(found -> !found.isBefore(invited) && !found.isAfter(until));
                    String courseType = theirs.stream()
                            .filter(course -> course.startedAt() != null)
                            .min(java.util.Comparator.comparing(Course::startedAt))
                            .map(course -> course.topic() == null ? PilotReview.UNKNOWN : course.topic())
                            .orElse(NO_COURSE);
                    return new Person(
                            group(rs.getString(3)),
                            group(rs.getString(4)),
                            rs.getTimestamp(5) != null,
                            courseType,
                            employed);
                })
                .list();
    }

    private static LocalDate day(Timestamp at) {
        return at.toInstant().atZone(PilotReview.LUXEMBOURG).toLocalDate();
    }

    private static String group(String value) {
        return value == null || value.isBlank() ? PilotReview.UNKNOWN : value;
    }

    private static List<Share> grouped(List<Person> people, Function<Person, String> group) {
        Map<String, List<Person>> byGroup = new TreeMap<>();
        people.forEach(person -> byGroup.computeIfAbsent(group.apply(person), g -> new ArrayList<>())
                .add(person));
        List<Share> shares = new ArrayList<>();
        byGroup.forEach((name, members) -> shares.add(share(name, members)));
        return shares;
    }

    private static Share share(String group, List<Person> people) {
        int employed = 0, neverActivated = 0, neverActivatedEmployed = 0;
        for (Person person : people) {
            employed += person.employed() ? 1 : 0;
            if (!person.activated()) {
                neverActivated++;
                neverActivatedEmployed += person.employed() ? 1 : 0;
            }
        }
        return new Share(group, people.size(), employed, neverActivated, neverActivatedEmployed);
    }
}
