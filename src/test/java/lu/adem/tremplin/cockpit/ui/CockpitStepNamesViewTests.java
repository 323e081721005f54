package lu.adem.tremplin.cockpit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Date;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.onboarding.OnboardingProcess;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.i18n.TremplinTranslations;
import lu.adem.tremplin.support.KaribuViewTest;

/** The cockpit names processes and steps in the supervisor's language, as the diagrams name them (ADR 0030). */
class CockpitStepNamesViewTests extends KaribuViewTest {

    @Test
    void shouldNameProcessesStepsAndOverdueTasksInFrench() {
        String number = data.proposedCase(Agency.DIFFERDANGE);
        String task = data.openTask(number);
        data.asTremplin(() -> {
            context.getBean(TaskService.class)
                    .setDueDate(
                            task,
                            Date.from(context.getBean(java.time.Clock.class)
                                    .instant()
                                    .minus(Duration.ofDays(3))));
            return null;
        });
        signIn(data.supervisor());
        UI.getCurrent().setLocale(TremplinTranslations.FRENCH);

        UI.getCurrent().navigate(CockpitView.class);
        CockpitView view = _get(CockpitView.class);

        assertThat(view.process.getValue().name()).isEqualTo("Accueil dans le programme");
        assertThat(view.activities.getListDataView().getItems())
                .filteredOn(a -> a.activityId().equals(OnboardingProcess.TASK_PROPOSE_PROGRAMME))
                .singleElement()
                .satisfies(propose -> assertThat(propose.name()).isEqualTo("Proposer le programme"));
        view.overdueAgency.setValue(Agency.DIFFERDANGE);
        assertThat(view.overdue.getListDataView().getItems())
                .filteredOn(overdue -> overdue.taskId().equals(task))
                .singleElement()
                .satisfies(overdue -> assertThat(overdue.taskName()).isEqualTo("Proposer le programme"));
    }
}
