package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import lu.adem.tremplin.support.KaribuViewTest;

/** The embedded default's demo gives exit to employment at 6 months figures on first start, with nothing in the future. */
class DemoEmploymentOutcomesTests extends KaribuViewTest {

    @Test
    void shouldGiveTheDemoInvitationsOlderThanSixMonthsAShareInEmployment() {
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        LocalDate today = LocalDate.now(context.getBean(Clock.class).withZone(PilotReview.LUXEMBOURG));
        signIn(data.supervisor());

        EmploymentAtSixMonths.Figures figures =
                context.getBean(EmploymentAtSixMonths.class).figures(today.minusDays(DemoPilotFacts.DAYS), today);

        assertThat(figures.total().invited()).isGreaterThan(50);
        assertThat(figures.total().employed()).isPositive();
        assertThat(figures.total().neverActivated()).isPositive();
        assertThat(figures.byAgency()).hasSizeGreaterThan(3);
        assertThat(jdbc.sql("select count(*) from employment_outcome o join pilot_journey j"
                                + " on j.registration_number = o.registration_number"
                                + " where o.registration_number like 'DEMO-%'"
                                + " and (o.exited_on > ? or o.exited_on < cast(j.invited_at as date))")
                        .param(today)
                        .query(Integer.class)
                        .single())
                .as("no exit before the invitation or in the future")
                .isZero();
    }
}
