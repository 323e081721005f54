package lu.adem.tremplin.reporting;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import lu.adem.tremplin.shared.CurrentUser;
import lu.adem.tremplin.shared.Roles;

/**
 * The pilot's figures (PROGRAMME.md, "Pilot figures the supervisor needs") for a period, in total, by
 * agency and by route. The cohort is the jobseekers invited to the learning platform in the period, each
 * counted once however many onboarding cases invited them (agency and route: the greatest code among them);
 * for each: activated or not, first course started within 30 days of activation, best progress over
 * their courses, completed courses and certificates up to today. Course preferences count the courses
 * started in the period. Aggregates only: no registration number leaves this class.
 *
 * <p>Two grouped queries over {@code pilot_journey} / {@code pilot_course} (kept by {@link PilotFacts});
 * medians are taken from a progress histogram (101 values), so any grouping adds up exactly.
 *
 * <p>Longer than our usual classes: its two grouped queries and the figures they fill are one definition of the pilot's metrics (PROGRAMME.md), read side by side when a figure is checked.
 */
@Service
public class PilotReview {

    /** Europe/Luxembourg: a period's days are Adem's days. */
    public static final ZoneId LUXEMBOURG = ZoneId.of("Europe/Luxembourg");
    /** Days after activation within which a first course counts as an early start. */
    public static final int EARLY_START_DAYS = 30;

    /** How the figures are split. */
    public enum Dimension {
        TOTAL,
        AGENCY,
        ROUTE
    }

    /** What a course preference is about. */
    public enum CourseKind {
        TOPIC,
        LANGUAGE,
        LEVEL,
        LENGTH
    }

    /**
     * The funnel of one group (an agency, a route, or everyone): {@code group} is the agency or route
     * code, "" for the total, "unknown" when a case has none yet.
     */
    public record Funnel(
            String group,
            int invited,
            int activated,
            int startedWithin30Days,
            int starters,
            int completers,
            int certificates,
            Double medianProgress) {

        public Double activatedShare() {
            return share(activated, invited);
        }

        public Double startedWithin30DaysShare() {
            return share(startedWithin30Days, activated);
        }

        public Double completionPerStarter() {
            return share(completers, starters);
        }

        public Double certificatesPerStarter() {
            return share(certificates, starters);
        }
    }

    /**
     * Courses of one kind and value (topic "office", language "FR", level "BEGINNER", length "2-5h")
     * started in the period, by everyone ({@link Dimension#TOTAL}, group "") or by one agency or route.
     */
    public record CourseType(
            Dimension dimension,
            String group,
            CourseKind kind,
            String value,
            int started,
            int completed,
            int certificates) {

        public Double completionShare() {
            return share(completed, started);
        }
    }

    /** Everything the review shows for a period. */
    public record Figures(
            LocalDate from,
            LocalDate to,
            Funnel total,
            List<Funnel> byAgency,
            List<Funnel> byRoute,
            List<CourseType> courseTypes) {

        /** Everyone's preferences of one kind. */
        public List<CourseType> courseTypes(CourseKind kind) {
            return courseTypes(Dimension.TOTAL, kind);
        }

        public List<CourseType> courseTypes(Dimension dimension, CourseKind kind) {
            return courseTypes.stream()
                    .filter(type -> type.dimension() == dimension && type.kind() == kind)
                    .toList();
        }

        public List<Funnel> funnels(Dimension dimension) {
            return switch (dimension) {
                case TOTAL -> List.of(total);
                case AGENCY -> byAgency;
                case ROUTE -> byRoute;
            };
        }
    }

    static final String UNKNOWN = "unknown";

    private final JdbcClient jdbc;

    private final boolean postgres;

    PilotReview(JdbcClient jdbc, @Value("${camunda.bpm.database.type:h2}") String database) {
        this.jdbc = jdbc;
        this.postgres = "postgres".equals(database);
    }

    /**
     * Figures for the jobseekers invited from {@code from} to {@code to}, both days included, and the
     * courses started in those days.
     */
    @Transactional(readOnly = true)
    public Figures figures(LocalDate from, LocalDate to) {
        CurrentUser user = CurrentUser.require();
        if (!user.hasRole(Roles.SUPERVISOR) && !user.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("The pilot review is for supervisors: " + user.userId());
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("A period runs from a first day to a last day on or after it");
        }
        Map<String, Object> period = Map.of(
                "from",
                Timestamp.from(from.atStartOfDay(LUXEMBOURG).toInstant()),
                "to",
                Timestamp.from(to.plusDays(1).atStartOfDay(LUXEMBOURG).toInstant()));
        if (postgres) {
            // ten years are a million journeys grouped by jobseeker: hashed in memory, not sorted on disk (ADR 0011)
            jdbc.sql("set local work_mem = '64MB'").update();
        }
        // the courses of the period's cohort only, not of every jobseeker of ten years (ADR 0011)
        List<FunnelRow> funnelRows = jdbc.sql("""
                select j.agency, j.route, c.best, count(*) invited, count(j.activated_at) activated,
                  sum(case when c.first_start is not null and j.activated_at is not null
                      and c.first_start < j.activated_at + interval '30' day then 1 else 0 end) early,
                  sum(case when c.first_start is not null then 1 else 0 end) starters,
                  sum(case when c.completed > 0 then 1 else 0 end) completers,
                  sum(coalesce(c.certificates, 0)) certificates
                from (select registration_number, max(agency) agency, max(route) route, min(activated_at) activated_at
                      from pilot_journey where invited_at >= :from and invited_at < :to
                      group by registration_number) j
                left join (select registration_number, min(started_at) first_start, max(progress) best,
                             count(completed_at) completed, count(certificate_at) certificates
                           from pilot_course where registration_number in (select registration_number from pilot_journey
                             where invited_at >= :from and invited_at < :to)
                           group by registration_number) c
                  on c.registration_number = j.registration_number
                group by j.agency, j.route, c.best""")
                .params(period)
                .query((rs, row) -> new FunnelRow(
                        group(rs.getString(1)),
                        group(rs.getString(2)),
                        (Integer) rs.getObject(3, Integer.class),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9)))
                .list();
        List<CourseRow> courseRows = jdbc.sql("""
                select pc.agency, pc.route, co.topic, co.language, co.difficulty,
                  case when co.duration_hours < 2 then 'under-2h' when co.duration_hours <= 5 then '2-5h'
                       when co.duration_hours <= 15 then '6-15h' else 'over-15h' end length_band,
                  count(*) started, count(pc.completed_at) completed, count(pc.certificate_at) certificates
                from pilot_course pc join course co on co.platform_id = pc.course_id
                where pc.started_at >= :from and pc.started_at < :to
                group by pc.agency, pc.route, co.topic, co.language, co.difficulty,
                  case when co.duration_hours < 2 then 'under-2h' when co.duration_hours <= 5 then '2-5h'
                       when co.duration_hours <= 15 then '6-15h' else 'over-15h' end""")
                .params(period)
                .query((rs, row) -> new CourseRow(
                        group(rs.getString(1)),
                        group(rs.getString(2)),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9)))
                .list();
        return new Figures(
                from,
                to,
                funnel("", funnelRows),
                grouped(funnelRows, FunnelRow::agency),
                grouped(funnelRows, FunnelRow::route),
                courseTypes(courseRows));
    }

    /** The course length bands, shortest first, as the review names them. */
    public static final List<String> LENGTH_BANDS = List.of("under-2h", "2-5h", "6-15h", "over-15h");

    private record FunnelRow(
            String agency,
            String route,
            Integer best,
            int invited,
            int activated,
            int early,
            int starters,
            int completers,
            int certificates) {}

    private record CourseRow(
            String agency,
            String route,
            String topic,
            String language,
            String level,
            String length,
            int started,
            int completed,
            int certificates) {}

    private static List<Funnel> grouped(List<FunnelRow> rows, Function<FunnelRow, String> group) {
        Map<String, List<FunnelRow>> byGroup = new TreeMap<>();
        rows.forEach(row -> byGroup.computeIfAbsent(group.apply(row), g -> new ArrayList<>())
                .add(row));
        List<Funnel> funnels = new ArrayList<>();
        byGroup.forEach((name, groupRows) -> funnels.add(funnel(name, groupRows)));
        return funnels;
    }

    private static Funnel funnel(String group, List<FunnelRow> rows) {
        int[] histogram = new int[101];
        int invited = 0, activated = 0, early = 0, starters = 0, completers = 0, certificates = 0;
        for (FunnelRow row : rows) {
            invited += row.invited();
            activated += row.activated();
            early += row.early();
            starters += row.starters();
            completers += row.completers();
            certificates += row.certificates();
            if (row.best() != null) {
                histogram[Math.max(0, Math.min(100, row.best()))] += row.starters();
            }
        }
        return new Funnel(group, invited, activated, early, starters, completers, certificates, median(histogram));
    }

    /** The median of the values counted in {@code histogram} (value → how many), as percentile_cont(0.5) takes it. */
    static Double median(int[] histogram) {
        int n = 0;
        for (int count : histogram) {
            n += count;
        }
        if (n == 0) {
            return null;
        }
        return (valueAt(histogram, (n - 1) / 2) + valueAt(histogram, n / 2)) / 2.0;
    }

    private static int valueAt(int[] histogram, int index) {
        int seen = 0;
        for (int value = 0; value < histogram.length; value++) {
            seen += histogram[value];
            if (index < seen) {
                return value;
            }
        }
        throw new IllegalStateException("index beyond the histogram");
    }

    private static List<CourseType> courseTypes(List<CourseRow> rows) {
        List<CourseType> types = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            Function<CourseRow, String> group = switch (dimension) {
                case TOTAL -> row -> "";
                case AGENCY -> CourseRow::agency;
                case ROUTE -> CourseRow::route;
            };
            for (CourseKind kind : CourseKind.values()) {
                Map<List<String>, int[]> sums = new TreeMap<>(
                        Comparator.comparing((List<String> k) -> k.get(0)).thenComparing(k -> k.get(1)));
                for (CourseRow row : rows) {
                    String value = switch (kind) {
                        case TOPIC -> row.topic();
                        case LANGUAGE -> row.language();
                        case LEVEL -> row.level();
                        case LENGTH -> row.length();
                    };
                    int[] sum = sums.computeIfAbsent(List.of(group.apply(row), value), v -> new int[3]);
                    sum[0] += row.started();
                    sum[1] += row.completed();
                    sum[2] += row.certificates();
                }
                sums.entrySet().stream()
                        .map(e -> new CourseType(
                                dimension,
                                e.getKey().get(0),
                                kind,
                                e.getKey().get(1),
                                e.getValue()[0],
                                e.getValue()[1],
                                e.getValue()[2]))
                        .sorted(Comparator.comparing(CourseType::group)
                                .thenComparing(
                                        kind == CourseKind.LENGTH
                                                ? Comparator.comparing(
                                                        (CourseType type) -> LENGTH_BANDS.indexOf(type.value()))
                                                : Comparator.comparing(CourseType::started)
                                                        .reversed()
                                                        .thenComparing(CourseType::value)))
                        .forEach(types::add);
            }
        }
        return types;
    }

    private static String group(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }

    static Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
