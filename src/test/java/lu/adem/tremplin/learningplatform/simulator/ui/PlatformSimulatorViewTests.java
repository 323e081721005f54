package lu.adem.tremplin.learningplatform.simulator.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.learningplatform.LearningPlatform.AccountStatus;
import lu.adem.tremplin.learningplatform.LearningPlatform.Member;
import lu.adem.tremplin.learningplatform.PlatformUnavailable;
import lu.adem.tremplin.learningplatform.simulator.LearningPlatformSimulator;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

class PlatformSimulatorViewTests extends KaribuViewTest {

    @AfterEach
    void platformUp() {
        context.getBean(LearningPlatformSimulator.class).setDown(false);
    }

    @Test
    void shouldLetADemoUserActivateAnInvitedAccount() {
        LearningPlatformSimulator simulator = context.getBean(LearningPlatformSimulator.class);
        String number = TestData.registrationNumber();
        simulator.invite(new Member(number, null, "fr", "adem-luxembourg"));
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));

        UI.getCurrent().navigate(PlatformSimulatorView.PATH);
        PlatformSimulatorView view = _get(PlatformSimulatorView.class);
        assertThat(_size(view.accounts)).isGreaterThanOrEqualTo(1);
        var account = view.accounts
                .getListDataView()
                .getItems()
                .filter(a -> a.externalId().equals(number))
                .findFirst()
                .orElseThrow();

        view.activate(account);

        assertThat(simulator.accountStatus(number)).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void shouldSwitchTheSimulatedPlatformDown() {
        signIn(data.administrator());
        UI.getCurrent().navigate(PlatformSimulatorView.PATH);

        _get(PlatformSimulatorView.class).down.setValue(true);

        assertThatThrownBy(
                        () -> context.getBean(LearningPlatformSimulator.class).accountStatus("DE-1"))
                .isInstanceOf(PlatformUnavailable.class);
    }

    @Test
    void shouldNotOpenToAProcessOwner() {
        signIn(data.processOwner());

        assertThatThrownBy(() -> UI.getCurrent().navigate(PlatformSimulatorView.PATH))
                .hasMessageContaining("Access is denied");
    }
}
