package lu.adem.tremplin.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import lu.adem.tremplin.reporting.Satisfaction.Figures;
import lu.adem.tremplin.reporting.Satisfaction.Group;
import lu.adem.tremplin.reporting.SurveyAnswers.Helped;
import lu.adem.tremplin.reporting.SurveyAnswers.Missing;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;

/**
 * The satisfaction figures on a fixed data set in March 2021, a month no other test touches: ten answers, one link
 * not answered and one answer in April, and the exact figures they make; groups of fewer than 5 answers hidden.
 */
public class SatisfactionTests extends KaribuViewTest {

    public static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);
    public static final LocalDate MARCH_31 = LocalDate.of(2021, 3, 31);

    @BeforeEach
    void dataSet() {
        fixedDataSet(context.getBean(JdbcClient.class));
    }

    /** Inserts the data set once per database (the test context is shared). */
    public static synchronized void fixedDataSet(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from satisfaction_survey where occasion = 'SAT21-1'")
                        .query(Integer.class)
                        .single()
                > 0) {
            return;
        }
        answer(jdbc, 1, "AUTONOMOUS", "luxembourg", "office", 5, true, "COURSES,OWN_PACE", "");
        answer(jdbc, 2, "AUTONOMOUS", "luxembourg", "office", 4, true, "COURSES", "TIME");
        answer(jdbc, 3, "AUTONOMOUS", "luxembourg", "office", 4, true, "OWN_PACE", "TIME");
        answer(jdbc, 4, "AUTONOMOUS", "luxembourg", "web", 3, false, "COURSES", "HELP");
        answer(jdbc, 5, "AUTONOMOUS", "wiltz", "web", 5, true, "CERTIFICATE", "");
        answer(jdbc, 6, "GUIDED_START", "wiltz", "office", 2, false, "", "LEVEL,TIME");
        answer(jdbc, 7, "GUIDED_START", "luxembourg", "office", 4, true, "CLUB_EMPLOI,COUNSELLOR", "EQUIPMENT");
        answer(jdbc, 8, "GUIDED_START", "wiltz", "none", 3, true, "CLUB_EMPLOI", "EQUIPMENT");
        answer(jdbc, 9, "GUIDED_START", "wiltz", "none", 1, false, "", "HELP,TIME");
        answer(jdbc, 10, "GUIDED_START", "wiltz", "web", 5, true, "COUNSELLOR", "");
        // not answered: no figure
        link(jdbc, 11, "AUTONOMOUS", "luxembourg", "office", null);
        // answered in April: outside the period
        link(jdbc, 12, "AUTONOMOUS", "luxembourg", "office", LocalDateTime.of(2021, 4, 1, 10, 0));
        jdbc.sql("update satisfaction_survey set satisfaction = 1, would_recommend = false, helped = '', missing = ''"
                        + " where occasion = 'SAT21-12'")
                .update();
    }

    private static void answer(
            JdbcClient jdbc,
            int i,
            String route,
            String agency,
            String type,
            int satisfaction,
            boolean recommend,
            String helped,
            String missing) {
        link(jdbc, i, route, agency, type, LocalDateTime.of(2021, 3, i, 10, 0));
        jdbc.sql("update satisfaction_survey set satisfaction = ?, would_recommend = ?, helped = ?, missing = ?,"
                        + " answer_comment = 'a comment nobody sees' where occasion = ?")
                .params(satisfaction, recommend, helped, missing, "SAT21-" + i)
                .update();
    }

    private static void link(JdbcClient jdbc, int i, String route, String agency, String type, LocalDateTime used) {
        jdbc.sql("insert into satisfaction_survey (occasion, occasion_kind, registration_number, token_hash, language,"
                        + " agency, route, course_type, created_at, expires_at, used_at)"
                        + " values (?, 'MONTH_3', ?, ?, 'fr', ?, ?, ?, ?, ?, ?)")
                .params(
                        "SAT21-" + i,
                        "SAT21-R" + i,
                        "SAT21-HASH-" + i,
                        agency,
                        route,
                        type,
                        LocalDateTime.of(2021, 2, 27, 9, 0),
                        LocalDateTime.of(2021, 5, 1, 9, 0),
                        used)
                .update();
    }

    @Test
    void shouldCountTheAnswersOfThePeriodInTotalAndByRouteAgencyAndCourseType() {
        signIn(data.supervisor());

        Figures march = context.getBean(Satisfaction.class).figures(MARCH_1, MARCH_31);

        Group total = march.total();
        assertThat(total.hidden()).isFalse();
        assertThat(total.answers()).isEqualTo(10);
        assertThat(total.meanSatisfaction()).isEqualTo(3.6, within(1e-9));
        assertThat(total.recommendShare()).isEqualTo(0.7, within(1e-9));
        assertThat(total.helped())
                .containsEntry(Helped.COURSES, 3)
                .containsEntry(Helped.OWN_PACE, 2)
                .containsEntry(Helped.COUNSELLOR, 2)
                .containsEntry(Helped.CLUB_EMPLOI, 2)
                .containsEntry(Helped.CERTIFICATE, 1);
        assertThat(total.missing())
                .containsEntry(Missing.TIME, 4)
                .containsEntry(Missing.EQUIPMENT, 2)
                .containsEntry(Missing.HELP, 2)
                .containsEntry(Missing.LEVEL, 1)
                .containsEntry(Missing.LANGUAGE, 0);
        assertThat(Group.top(total.helped(), 2))
                .as("ties in the list's order")
                .containsExactly(Helped.COURSES, Helped.OWN_PACE);
        assertThat(Group.top(total.missing(), 2)).containsExactly(Missing.TIME, Missing.EQUIPMENT);

        assertThat(march.byRoute()).extracting(Group::group).containsExactly("AUTONOMOUS", "GUIDED_START");
        Group autonomous = march.byRoute().get(0);
        assertThat(autonomous.answers()).isEqualTo(5);
        assertThat(autonomous.meanSatisfaction()).isEqualTo(4.2, within(1e-9));
        assertThat(autonomous.recommendShare()).isEqualTo(0.8, within(1e-9));
        Group guided = march.byRoute().get(1);
        assertThat(guided.answers()).isEqualTo(5);
        assertThat(guided.meanSatisfaction()).isEqualTo(3.0, within(1e-9));
        assertThat(guided.recommendShare()).isEqualTo(0.6, within(1e-9));

        assertThat(march.byAgency())
                .extracting(Group::group, Group::answers, Group::meanSatisfaction, Group::recommendShare)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("luxembourg", 5, 4.0, 0.8),
                        org.assertj.core.groups.Tuple.tuple("wiltz", 5, 3.2, 0.6));
        assertThat(march.byAgency().get(0).missing()).containsEntry(Missing.TIME, 2);

        assertThat(march.byCourseType()).extracting(Group::group).containsExactly("none", "office", "web");
        Group office = march.byCourseType().get(1);
        assertThat(office.answers()).isEqualTo(5);
        assertThat(office.meanSatisfaction()).isEqualTo(3.8, within(1e-9));
        assertThat(office.recommendShare()).isEqualTo(0.8, within(1e-9));
    }

    @Test
    void shouldHideEveryGroupOfFewerThanFiveAnswers() {
        signIn(data.supervisor());

        Figures march = context.getBean(Satisfaction.class).figures(MARCH_1, MARCH_31);

        assertThat(march.byCourseType().get(0))
                .as("2 answers")
                .isEqualTo(new Group("none", true, false, 0, null, null, java.util.Map.of(), java.util.Map.of()));
        assertThat(march.byCourseType().get(1).hidden())
                .as("office: 5 answers; the hidden ones hold 5 between them")
                .isFalse();
        assertThat(List.of(march.byCourseType().get(0), march.byCourseType().get(2)))
                .as("2 and 3 answers")
                .allMatch(Group::hidden)
                .allMatch(g -> g.answers() == 0
                        && g.meanSatisfaction() == null
                        && g.helped().isEmpty());
        Figures oneDay = context.getBean(Satisfaction.class).figures(MARCH_1, LocalDate.of(2021, 3, 4));
        assertThat(oneDay.total().hidden())
                .as("4 answers in total: even the total is hidden")
                .isTrue();
        assertThat(context.getBean(Satisfaction.class)
                        .figures(MARCH_1, LocalDate.of(2021, 3, 5))
                        .total()
                        .answers())
                .isEqualTo(5);
    }

    @Test
    void shouldWithholdTheSmallestGroupShownWhenTheTotalWouldTellTheHiddenOnes() {
        signIn(data.supervisor());

        Figures sixDays = context.getBean(Satisfaction.class).figures(MARCH_1, LocalDate.of(2021, 3, 6));

        assertThat(sixDays.total().answers()).isEqualTo(6);
        assertThat(sixDays.byRoute())
                .as("AUTONOMOUS has 5 answers, but 6 less them would be answer 6 alone")
                .containsExactly(
                        new Group("AUTONOMOUS", true, true, 0, null, null, java.util.Map.of(), java.util.Map.of()),
                        new Group("GUIDED_START", true, false, 0, null, null, java.util.Map.of(), java.util.Map.of()));
        assertThat(sixDays.byAgency())
                .as("4 and 2 hidden: 6 between them, nothing to withhold")
                .allMatch(g -> g.hidden() && !g.withheld());
    }

    @Test
    void shouldHaveMadeUpAnswersForTheDemoSoThatTheReviewShowsFiguresOnFirstStart() {
        signIn(data.supervisor());
        LocalDate today = LocalDate.now(context.getBean(java.time.Clock.class));

        Figures lastHalfYear = context.getBean(Satisfaction.class).figures(today.minusMonths(6), today);

        assertThat(lastHalfYear.total().answers()).isGreaterThan(50);
        assertThat(lastHalfYear.byRoute()).anyMatch(group -> !group.hidden());
        assertThat(lastHalfYear.byAgency()).anyMatch(group -> !group.hidden());
    }

    @Test
    void shouldRefuseCounsellorsAndBackwardPeriods() {
        signIn(data.supervisor());
        Satisfaction satisfaction = context.getBean(Satisfaction.class);
        assertThatThrownBy(() -> satisfaction.figures(MARCH_31, MARCH_1)).isInstanceOf(IllegalArgumentException.class);

        signIn(data.counsellor(Agency.LUXEMBOURG));
        assertThatThrownBy(() -> satisfaction.figures(MARCH_1, MARCH_31)).isInstanceOf(AccessDeniedException.class);
    }
}
