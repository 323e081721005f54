package lu.adem.tremplin.cockpit.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.support.KaribuViewTest;

class CockpitViewTests extends KaribuViewTest {

    @Test
    void shouldShowRunningCasesAndOpenTasksOfEveryAgencyToASupervisor() {
        signIn("supervisor");
        UI.getCurrent().navigate(CockpitView.class);

        CockpitView view = _get(CockpitView.class);

        assertThat(view.grid.getListDataView().getItems())
                .anySatisfy(process -> {
                    assertThat(process.key()).isEqualTo("onboarding");
                    assertThat(process.runningCases()).isGreaterThanOrEqualTo(6);
                    assertThat(process.openTasks()).isEqualTo(process.runningCases());
                    assertThat(process.incidents()).isZero();
                });
    }

    @Test
    void shouldShowEachCounsellorsOpenAndOverdueTasksAndRefuseTheFiguresToACounsellor() {
        account("workloadwiltz", "counsellor", lu.adem.tremplin.shared.Agency.WILTZ.groupId());
        String number = "DE-2026-LOAD" + System.nanoTime() % 100_000;
        context.getBean(lu.adem.tremplin.onboarding.Onboarding.class).proposeProgramme(number, lu.adem.tremplin.shared.Agency.WILTZ);
        var tasks = context.getBean(org.camunda.bpm.engine.TaskService.class);
        String task = tasks.createTaskQuery().processInstanceBusinessKey(number).singleResult().getId();
        tasks.claim(task, "workloadwiltz");
        tasks.setDueDate(task, java.util.Date.from(java.time.Instant.now().minus(java.time.Duration.ofDays(1))));
        signIn("supervisor");
        UI.getCurrent().navigate(CockpitView.class);

        CockpitView view = _get(CockpitView.class);

        assertThat(view.workload.getListDataView().getItems()).filteredOn(line -> "workloadwiltz".equals(line.counsellor()))
                .singleElement().satisfies(line -> {
                    assertThat(line.agency()).isEqualTo(lu.adem.tremplin.shared.Agency.WILTZ);
                    assertThat(line.openTasks()).isEqualTo(1);
                    assertThat(line.overdue()).isEqualTo(1);
                    assertThat(line.oldest().toDays()).isZero();
                });
        assertThat(view.workload.getListDataView().getItems())
                .anySatisfy(line -> {
                    assertThat(line.counsellor()).as("an agency's unassigned tasks").isNull();
                    assertThat(line.agency()).isEqualTo(lu.adem.tremplin.shared.Agency.LUXEMBOURG);
                    assertThat(line.openTasks()).isPositive();
                });

        signIn("counsellor");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> context.getBean(lu.adem.tremplin.cockpit.TeamWorkload.class).lines())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
