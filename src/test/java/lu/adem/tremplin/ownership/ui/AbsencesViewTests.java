package lu.adem.tremplin.ownership.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

import lu.adem.tremplin.ownership.Absence;
import lu.adem.tremplin.ownership.Absences;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * Absences and cover with the real engine, tables and screen: recording (and refusing) an absence, new tasks
 * going to the covering colleague "covering for" the absent counsellor, the hand-over and hand-back of open
 * tasks, who may do what, the screen in three languages.
 */
class AbsencesViewTests extends KaribuViewTest {

    private Absences absences() {
        return context.getBean(Absences.class);
    }

    private Task taskOf(String jobseeker) {
        return data.asTremplin(() -> context.getBean(TaskService.class)
                .createTaskQuery()
                .processInstanceBusinessKey(jobseeker)
                .singleResult());
    }

    /** A jobseeker of Diekirch whose referent is the counsellor; the programme proposed: one open task. */
    private String caseOf(String referent) {
        return data.proposedCase(TestData.newJobseeker(Agency.DIEKIRCH, referent));
    }

    @Test
    void shouldGiveNewTasksOfTheAbsentReferentToTheCoveringColleagueOnlyDuringTheAbsence() {
        String claire = data.counsellor(Agency.DIEKIRCH);
        String sophie = data.counsellor(Agency.DIEKIRCH);
        assertThat(taskOf(caseOf(claire)).getAssignee())
                .as("the referent's task")
                .isEqualTo(claire);

        signIn(claire);
        LocalDate today = absences().today();
        absences().record(claire, sophie, today, today.plusDays(2));

        Task covered = taskOf(caseOf(claire));
        assertThat(covered.getAssignee()).isEqualTo(sophie);
        assertThat(covered.getOwner()).as("still the referent's case").isEqualTo(claire);
        assertThat(absences().coverToday(claire))
                .hasValueSatisfying(a -> assertThat(a.coveredBy()).isEqualTo(sophie));
    }

    @Test
    void shouldHandOpenTasksOverToTheColleagueAndBackThoseStillOpen() {
        String claire = data.counsellor(Agency.DIEKIRCH);
        String sophie = data.counsellor(Agency.DIEKIRCH);
        String first = caseOf(claire);
        String second = caseOf(claire);
        signIn(claire);
        Absence absence =
                absences().record(claire, sophie, absences().today(), absences().today());
        assertThat(absences().toHandOver(absence.id())).isEqualTo(2);

        assertThat(absences().handOver(absence.id())).isEqualTo(2);
        assertThat(taskOf(first).getAssignee()).isEqualTo(sophie);
        assertThat(taskOf(first).getOwner()).isEqualTo(claire);
        assertThat(absences().toHandOver(absence.id())).isZero();

        // the colleague gives one back to the agency meanwhile: only the one still held for claire goes back
        data.asTremplin(() -> {
            Task other = taskOf(second);
            other.setAssignee(null);
            other.setOwner(null);
            context.getBean(TaskService.class).saveTask(other);
            return null;
        });
        assertThat(absences().handBack(absence.id())).isEqualTo(1);
        assertThat(taskOf(first).getAssignee()).isEqualTo(claire);
        assertThat(taskOf(first).getOwner()).isNull();
    }

    @Test
    void shouldRefuseACoverFromAnotherAgencyPastDaysAndOverlaps() {
        String claire = data.counsellor(Agency.DIEKIRCH);
        String sophie = data.counsellor(Agency.DIEKIRCH);
        String marc = data.counsellor(Agency.ESCH_SUR_ALZETTE);
        signIn(claire);
        LocalDate today = absences().today();

        assertThatThrownBy(() -> absences().record(claire, marc, today, today))
                .isInstanceOfSatisfying(
                        Absences.InvalidAbsence.class,
                        e -> assertThat(e.reason()).isEqualTo("colleague"));
        assertThatThrownBy(() -> absences().record(claire, claire, today, today))
                .isInstanceOfSatisfying(
                        Absences.InvalidAbsence.class,
                        e -> assertThat(e.reason()).isEqualTo("colleague"));
        assertThatThrownBy(() -> absences().record(claire, sophie, today.minusDays(3), today.minusDays(1)))
                .isInstanceOfSatisfying(
                        Absences.InvalidAbsence.class,
                        e -> assertThat(e.reason()).isEqualTo("days"));
        absences().record(claire, sophie, today.plusDays(1), today.plusDays(5));
        assertThatThrownBy(() -> absences().record(claire, sophie, today.plusDays(5), today.plusDays(6)))
                .isInstanceOfSatisfying(
                        Absences.InvalidAbsence.class,
                        e -> assertThat(e.reason()).isEqualTo("overlap"));
    }

    @Test
    void shouldLetOnlyTheCounsellorThemselfOrASupervisorRecordAndHandOver() {
        String claire = data.counsellor(Agency.DIEKIRCH);
        String sophie = data.counsellor(Agency.DIEKIRCH);
        signIn(sophie);
        LocalDate today = absences().today();
        assertThatThrownBy(() -> absences().record(claire, sophie, today, today))
                .isInstanceOf(AccessDeniedException.class);

        signIn(data.supervisor());
        assertThatThrownBy(() -> absences().record(null, sophie, today, today))
                .isInstanceOfSatisfying(
                        Absences.InvalidAbsence.class,
                        e -> assertThat(e.reason()).isEqualTo("counsellor"));
        Absence absence = absences().record(claire, sophie, today, today);
        assertThat(absences().current()).contains(absence);

        signIn(sophie);
        assertThatThrownBy(() -> absences().handOver(absence.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> absences().end(absence.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> absences().current())
                .as("every agency's absences are for supervisors")
                .isInstanceOf(AccessDeniedException.class);
        signIn(data.processOwner());
        assertThatThrownBy(() -> absences().notOver()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void shouldEndAnAbsenceSoThatNewTasksGoToTheCounsellorAgain() {
        String claire = data.counsellor(Agency.DIEKIRCH);
        String sophie = data.counsellor(Agency.DIEKIRCH);
        signIn(claire);
        Absence absence = absences()
                .record(claire, sophie, absences().today(), absences().today().plusDays(9));
        absences().end(absence.id());
        assertThat(absences().coverToday(claire)).isEmpty();
        assertThat(taskOf(caseOf(claire)).getAssignee()).isEqualTo(claire);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "fr|Absences et remplacements|Absent aujourd’hui|Confier 1 tâches ouvertes",
                "en|Absences and cover|Away today|Hand over 1 open tasks",
                "de|Abwesenheiten und Vertretung|Heute abwesend|1 offene Aufgaben übergeben"
            })
    void shouldRecordAnAbsenceOnScreenInTheUsersLanguage(String language, String title, String state, String handOver) {
        String claire = data.counsellor(Agency.DIEKIRCH);
        String sophie = data.counsellor(Agency.DIEKIRCH);
        caseOf(claire);
        signIn(claire);
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        UI.getCurrent().navigate("absences");
        AbsencesView view = _get(AbsencesView.class);
        assertThat(_get(H2.class).getText()).isEqualTo(title);
        assertThat(view.counsellor.getValue()).isEqualTo(claire);
        assertThat(view.counsellor.isReadOnly())
                .as("a counsellor records their own absence")
                .isTrue();
        assertThat(view.colleague.getListDataView().getItems()).contains(sophie).doesNotContain(claire);

        view.colleague.setValue(sophie);
        view.firstDay.setValue(absences().today().plusDays(2));
        view.lastDay.setValue(absences().today().plusDays(1));
        view.record();
        assertThat(view.lastDay.isInvalid())
                .as("a last day before the first is refused")
                .isTrue();
        assertThat(view.colleague.getValue()).as("nothing typed is lost").isEqualTo(sophie);

        // away since yesterday (sick, say) until today
        view.firstDay.setValue(absences().today().minusDays(1));
        view.lastDay.setValue(absences().today());
        view.record();
        assertThat(view.grid
                        .getGenericDataView()
                        .getItems()
                        .filter(a -> a.counsellor().equals(claire)))
                .singleElement()
                .satisfies(absence -> assertThat(absence.coveredBy()).isEqualTo(sophie));
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(view.grid, rowOf(view, claire), "state"))
                .isEqualTo(state);
        assertThat(view.grid.getGenericDataView().getItems().count()).isPositive();
        assertThat(view.handOverLabel(view.grid
                        .getGenericDataView()
                        .getItems()
                        .filter(a -> a.counsellor().equals(claire))
                        .findFirst()
                        .orElseThrow()))
                .isEqualTo(handOver);
    }

    private static int rowOf(AbsencesView view, String counsellor) {
        var items = view.grid.getGenericDataView().getItems().toList();
        for (int row = 0; row < items.size(); row++) {
            if (items.get(row).counsellor().equals(counsellor)) {
                return row;
            }
        }
        throw new AssertionError(counsellor + " not listed");
    }
}
