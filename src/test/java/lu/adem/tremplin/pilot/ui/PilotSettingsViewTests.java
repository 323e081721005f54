package lu.adem.tremplin.pilot.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;

import lu.adem.tremplin.pilot.Pilot;
import lu.adem.tremplin.pilot.PilotSettings;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;

class PilotSettingsViewTests extends KaribuViewTest {

    private PilotSettings before;
    private Map<String, String> teamsBefore;

    private PilotSettingsView open() {
        Pilot pilot = context.getBean(Pilot.class);
        before = pilot.current();
        teamsBefore = new LinkedHashMap<>();
        for (Agency agency : Agency.values()) {
            teamsBefore.put(agency.code(), pilot.teamOf(agency.code()));
        }
        UI.getCurrent().navigate("pilot-settings");
        return _get(PilotSettingsView.class);
    }

    @AfterEach
    void restore() {
        if (before != null) {
            signIn(data.administrator());
            context.getBean(Pilot.class).change(before.start(), before.end(), before.languages(), teamsBefore);
        }
    }

    @Test
    void shouldLetAnAdministratorChangeTheDatesLanguagesAndTeams() {
        String admin = data.administrator();
        signIn(admin);
        PilotSettingsView view = open();

        view.end.setValue(LocalDate.of(2027, 6, 30));
        view.languages.setValue(Set.of("FR", "EN"));
        view.teams.get(Agency.WILTZ).setValue("adem-nord");
        view.save.click();

        Pilot pilot = context.getBean(Pilot.class);
        assertThat(pilot.current().end()).isEqualTo(LocalDate.of(2027, 6, 30));
        assertThat(pilot.current().languages()).containsExactly("FR", "EN");
        assertThat(pilot.teamOf("wiltz")).isEqualTo("adem-nord");
        assertThat(view.lastChange.getText()).startsWith("Last changed by " + admin);
    }

    @Test
    void shouldRefuseAnEndBeforeTheStartAndChangeNothing() {
        signIn(data.administrator());
        PilotSettingsView view = open();

        view.end.setValue(view.start.getValue().minusDays(1));
        view.teams.get(Agency.DIEKIRCH).setValue("no spaces allowed");
        view.save.click();

        assertThat(view.end.isInvalid()).isTrue();
        assertThat(view.teams.get(Agency.DIEKIRCH).isInvalid()).isTrue();
        assertThat(context.getBean(Pilot.class).current()).isEqualTo(before);
        before = null;
    }

    @Test
    void shouldNotOpenToACounsellor() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));

        assertThatThrownBy(() -> UI.getCurrent().navigate("pilot-settings")).hasMessageContaining("Access is denied");
    }
}
