package lu.adem.tremplin.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
 * Embedded default only: the employment-outcome export Adem would send for the demo invitations of
 * {@link DemoPilotFacts} (registration numbers {@code DEMO-…} that name nobody), so that exit to employment at
 * 6 months has figures on first start. Drawn per jobseeker from a fixed seed: about a third of those who
 * activated their account and a quarter of the others leave the register for a job within a year of their
 * invitation, a few for training or for another reason; no exit lies in the future. Written once per database.
 */
@Component
@Order(21)
@ConditionalOnProperty(name = "tremplin.demo.enabled", havingValue = "true")
class DemoEmploymentOutcomes implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEmploymentOutcomes.class);

    private record Invited(String registrationNumber, Timestamp invitedAt, boolean activated) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    DemoEmploymentOutcomes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from employment_outcome where registration_number like 'DEMO-%'")
                        .query(Integer.class)
                        .single()
                > 0) {
            return;
        }
        List<Invited> invited = jdbc.sql("select registration_number, invited_at, activated_at from pilot_journey"
                        + " where registration_number like 'DEMO-%' and invited_at is not null"
                        + " order by registration_number")
                .query((rs, row) -> new Invited(rs.getString(1), rs.getTimestamp(2), rs.getTimestamp(3) != null))
                .list();
        LocalDate today = LocalDate.now(clock.withZone(PilotReview.LUXEMBOURG));
        Random random = new Random(2027);
        Timestamp now = Timestamp.from(clock.instant());
        int written = 0;
        for (Invited person : invited) {
            int draw = random.nextInt(100);
            String kind = draw < (person.activated() ? 34 : 24)
                    ? "EMPLOYMENT"
                    : draw < 40 ? "TRAINING" : draw < 46 ? "OTHER" : null;
            LocalDate exit = person.invitedAt()
                    .toInstant()
                    .atZone(PilotReview.LUXEMBOURG)
                    .toLocalDate()
                    .plusDays(14 + random.nextInt(330));
            if (kind == null || exit.isAfter(today)) {
                continue;
            }
            jdbc.sql("insert into employment_outcome (registration_number, exited_on, exit_kind, imported_at)"
                            + " values (?, ?, ?, ?)")
                    .params(person.registrationNumber(), exit, kind, now)
                    .update();
            written++;
        }
        log.info("Wrote {} demo exits from the register for the demo invitations", written);
    }
}
