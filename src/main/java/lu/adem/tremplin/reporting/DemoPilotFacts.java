package lu.adem.tremplin.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Embedded default only: nine months of made-up pilot facts (400 invitations and the courses that
 * followed), so that the pilot review has figures to show on first start. They are marked as demo
 * rows (case ids {@code demo-…}, registration numbers {@code DEMO-…} that name nobody) and are written
 * once per database, drawn from a fixed seed, with some courses more popular than others. Never with the postgres profile, where the demo is off.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "tremplin.demo.enabled", havingValue = "true")
class DemoPilotFacts implements ApplicationRunner {

    static final int JOURNEYS = 400;
    /** Nine months back, so that a third of the invitations are old enough for exit to employment at 6 months. */
    static final int DAYS = 270;

    private static final Logger log = LoggerFactory.getLogger(DemoPilotFacts.class);
    private static final List<String> AGENCIES = List.of(
            "luxembourg",
            "luxembourg",
            "luxembourg",
            "esch-sur-alzette",
            "esch-sur-alzette",
            "diekirch",
            "differdange",
            "wasserbillig",
            "wiltz");
    private static final List<String> ROUTES = List.of(
            "AUTONOMOUS",
            "AUTONOMOUS",
            "AUTONOMOUS",
            "GUIDED_START",
            "GUIDED_START",
            "BASIC_TRAINING",
            "LANGUAGE_SUPPORT");

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoPilotFacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from pilot_journey where case_id like 'demo-%'")
                        .query(Integer.class)
                        .single()
                > 0) {
            return;
        }
        List<String> courses = jdbc.sql("select platform_id from course where retired = false order by platform_id")
                .query(String.class)
                .list();
        if (courses.isEmpty()) {
            log.info("No demo pilot figures: the catalogue is empty");
            return;
        }
        Random random = new Random(2026);
        Instant now = clock.instant();
        int courseRows = 0;
        for (int i = 1; i <= JOURNEYS; i++) {
            String registration = "DEMO-%04d".formatted(i);
            String agency = AGENCIES.get(random.nextInt(AGENCIES.size()));
            String route = ROUTES.get(random.nextInt(ROUTES.size()));
            Instant proposed = now.minus(Duration.ofMinutes(random.nextInt(DAYS * 24 * 60)));
            Instant invited = random.nextInt(100) < 90 ? plusDays(proposed, 1 + random.nextInt(20)) : null;
            Instant activated = invited != null && random.nextInt(100) < (route.equals("AUTONOMOUS") ? 80 : 62)
                    ? plusDays(invited, 1 + random.nextInt(14))
                    : null;
            if (invited != null && invited.isAfter(now) || activated != null && activated.isAfter(now)) {
                invited = activated = null;
            }
            jdbc.sql("""
                    insert into pilot_journey (case_id, registration_number, agency, route, proposed_at, invited_at, activated_at)
                    values (:id, :registration, :agency, :route, :proposed, :invited, :activated)""")
                    .param("id", "demo-journey-" + i)
                    .param("registration", registration)
                    .param("agency", agency)
                    .param("route", route)
                    .param("proposed", ts(proposed))
                    .param("invited", ts(invited))
                    .param("activated", ts(activated))
                    .update();
            Instant started = activated == null || random.nextInt(100) >= 75
                    ? null
                    : plusDays(activated, random.nextInt(100) < 70 ? 1 + random.nextInt(29) : 31 + random.nextInt(30));
            for (int course = 0; started != null && started.isBefore(now) && course < 3; course++) {
                int progress = random.nextInt(100) < 25 ? 100 : random.nextInt(96);
                Instant completed = progress == 100 ? plusDays(started, 7 + random.nextInt(50)) : null;
                completed = completed != null && completed.isBefore(now) ? completed : null;
                Instant certificate = completed != null && random.nextInt(100) < 70 ? plusDays(completed, 1) : null;
                certificate = certificate != null && certificate.isBefore(now) ? certificate : null;
                jdbc.sql("""
                        insert into pilot_course (case_id, registration_number, agency, route, course_id, started_at,
                          progress, completed_at, certificate_at)
                        values (:id, :registration, :agency, :route, :course, :started, :progress, :completed, :certificate)""")
                        .param("id", "demo-course-" + i + "-" + course)
                        .param("registration", registration)
                        .param("agency", agency)
                        .param("route", route)
                        .param("course", courses.get((int) (Math.pow(random.nextDouble(), 2) * courses.size())))
                        .param("started", ts(started))
                        .param("progress", completed == null ? Math.min(progress, 95) : 100)
                        .param("completed", ts(completed))
                        .param("certificate", ts(certificate))
                        .update();
                courseRows++;
                started = completed == null || random.nextInt(100) >= 40
                        ? null
                        : plusDays(completed, 2 + random.nextInt(10));
            }
        }
        log.info("Wrote demo pilot figures: {} invitations and {} courses over nine months", JOURNEYS, courseRows);
    }

    private static Instant plusDays(Instant instant, int days) {
        return instant.plus(Duration.ofDays(days));
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
