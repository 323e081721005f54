package lu.adem.tremplin.modeler.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.support.KaribuViewTest;

class ProcessesViewTests extends KaribuViewTest {

    @Test
    void shouldListOnboardingWithItsRunningCasesForAProcessOwner() {
        signIn(data.processOwner());
        UI.getCurrent().navigate(ProcessesView.class);

        ProcessesView view = _get(ProcessesView.class);

        assertThat(view.grid.getListDataView().getItems())
                .anySatisfy(line -> {
                    assertThat(line.definition().resourceName()).isEqualTo("bpmn/onboarding.bpmn");
                    assertThat(line.definition().key()).isEqualTo("onboarding");
                    assertThat(line.version().deploymentName()).isEqualTo("tremplin");
                    assertThat(line.version().author())
                            .as("deployed at start-up, from the repository")
                            .isNull();
                    assertThat(line.version().deployedAt()).isNotNull();
                    assertThat(line.version().running()).isGreaterThanOrEqualTo(6);
                })
                .anySatisfy(
                        line -> assertThat(line.definition().resourceName()).isEqualTo("bpmn/digital-readiness.dmn"))
                .anySatisfy(
                        line -> assertThat(line.definition().resourceName()).isEqualTo("forms/privacy-notice.form"));
        assertThat(view.empty.isVisible()).isFalse();
    }
}
