package lu.adem.tremplin.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.Roles;
import lu.adem.tremplin.support.KaribuViewTest;

/** The administrator's retention screen: periods in force, the history cleanup window, the sweep. */
class RetentionViewTests extends KaribuViewTest {

    @Test
    void shouldShowThePeriodsTheCleanupWindowAndTheSweep() {
        signIn(data.administrator());
        UI.getCurrent().navigate("retention");
        RetentionView view = _get(RetentionView.class);

        assertThat(view.periods.getText())
                .contains("anonymised P6M after their last case ended")
                .contains("not before 2028-02-28")
                .contains("kept P5Y")
                .contains("P730D");
        assertThat(view.cleanup.getText()).startsWith("Runs each night from 22:00 to 05:00, 100 cases per batch.");
        assertThat(view.sweep.getText()).contains("Due now:");
    }

    @Test
    void shouldNotOpenToACounsellorOrTheDataProtectionOfficer() {
        signIn(data.counsellor(Agency.LUXEMBOURG));
        assertThatThrownBy(() -> UI.getCurrent().navigate("retention")).hasMessageContaining("Access is denied");
        signIn(data.account("dporet", Roles.groupOf(Roles.DPO)));
        assertThatThrownBy(() -> UI.getCurrent().navigate("retention")).hasMessageContaining("Access is denied");
    }
}
