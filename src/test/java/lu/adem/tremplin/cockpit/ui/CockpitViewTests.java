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
}
