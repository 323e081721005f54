package lu.adem.tremplin.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Embedded default only: made-up answers to the satisfaction survey for the demo pilot facts ({@link
 * DemoPilotFacts}), so that the review's satisfaction section has figures on first start: about half of the demo
 * jobseekers past month 3 and of the demo courses completed answer. Occasion keys as the real round writes them
 * (so it never asks them again), token hashes {@code demo-…} that no token has, no comment.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "tremplin.demo.enabled", havingValue = "true")
class DemoSatisfaction implements ApplicationRunner {

    private record Asked(
            String occasion, String kind, String number, String agency, String route, String type, Instant at) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoSatisfaction(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from satisfaction_survey where token_hash like 'demo-%'")
                        .query(Integer.class)
                        .single()
                > 0) {
            return;
        }
        Instant now = clock.instant();
        List<Asked> asked = new java.util.ArrayList<>(jdbc.sql("select registration_number, max(agency), max(route),"
                        + " min(invited_at) from pilot_journey where case_id like 'demo-%' and invited_at is not null"
                        + " group by registration_number order by registration_number")
                .query((rs, row) -> new Asked(
                        "month-3:" + rs.getString(1),
                        "MONTH_3",
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        EmploymentAtSixMonths.NO_COURSE,
                        LocalDateTime.ofInstant(rs.getTimestamp(4).toInstant(), PilotReview.LUXEMBOURG)
                                .plusMonths(SurveyOccasions.MONTH)
                                .atZone(PilotReview.LUXEMBOURG)
                                .toInstant()))
                .list());
        asked.addAll(jdbc.sql(
                        "select pc.case_id, pc.registration_number, pc.agency, pc.route, co.topic, pc.completed_at"
                                + " from pilot_course pc left join course co on co.platform_id = pc.course_id"
                                + " where pc.case_id like 'demo-%' and pc.completed_at is not null order by pc.case_id")
                .query((rs, row) -> new Asked(
                        "course:" + rs.getString(1),
                        "COURSE_COMPLETED",
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5) == null ? PilotReview.UNKNOWN : rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .list());
        Random random = new Random(2027);
        int i = 0;
        for (Asked one : asked) {
            i++;
            Instant answered = one.at().plus(Duration.ofHours(2 + random.nextInt(72)));
            if (answered.isAfter(now) || random.nextInt(100) >= 50) {
                continue;
            }
            int satisfaction = Math.min(5, 1 + random.nextInt(3) + ("COURSE_COMPLETED".equals(one.kind()) ? 2 : 1));
            jdbc.sql(
                            "insert into satisfaction_survey (occasion, occasion_kind, registration_number, token_hash, language,"
                                    + " agency, route, course_type, created_at, expires_at, used_at, satisfaction, would_recommend,"
                                    + " helped, missing) values (?, ?, ?, ?, 'fr', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            one.occasion(),
                            one.kind(),
                            one.number(),
                            "demo-" + i,
                            one.agency() == null ? PilotReview.UNKNOWN : one.agency(),
                            one.route() == null ? PilotReview.UNKNOWN : one.route(),
                            one.type(),
                            local(one.at()),
                            local(one.at().plus(Duration.ofDays(30))),
                            local(answered),
                            satisfaction,
                            satisfaction >= 3 && random.nextInt(100) < 85,
                            pick(random, SurveyAnswers.Helped.values()),
                            pick(random, SurveyAnswers.Missing.values()))
                    .update();
        }
    }

    private static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, PilotReview.LUXEMBOURG);
    }

    /** One or two of the choices, or none, the first ones more often. */
    private static String pick(Random random, Enum<?>[] choices) {
        java.util.Set<String> chosen = new java.util.TreeSet<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            chosen.add(choices[(int) (Math.pow(random.nextDouble(), 1.5) * choices.length)].name());
        }
        return String.join(",", chosen);
    }
}
