package lu.adem.tremplin.modeler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.support.KaribuViewTest;

class ProcessesViewTests extends KaribuViewTest {

    @Test
    void shouldListOnboardingWithItsRunningCasesForAProcessOwner() {
        signIn("processowner");
        UI.getCurrent().navigate(ProcessesView.class);

        ProcessesView view = _get(ProcessesView.class);

        assertThat(view.grid.getListDataView().getItems())
                .anySatisfy(version -> {
                    assertThat(version.key()).isEqualTo("onboarding");
                    assertThat(version.version()).isEqualTo(1);
                    assertThat(version.deploymentName()).isEqualTo("tremplin");
                    assertThat(version.deployedAt()).isNotNull();
                    assertThat(version.runningCases()).isGreaterThanOrEqualTo(6);
                });
        assertThat(view.empty.isVisible()).isFalse();
    }
}
