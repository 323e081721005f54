package lu.adem.tremplin.shared.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;

import lu.adem.tremplin.cockpit.ui.CockpitView;
import lu.adem.tremplin.inbox.ui.InboxView;
import lu.adem.tremplin.modeler.ui.ProcessesView;
import lu.adem.tremplin.support.KaribuViewTest;

/** The shell: who lands where, who may open what, and the navigation each role sees. */
class MainLayoutViewTests extends KaribuViewTest {

    private List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void shouldSendAnonymousUsersToTheLogin() {
        UI.getCurrent().navigate(InboxView.class);

        _get(LoginView.class);
    }

    @Test
    void shouldLandEachRoleOnItsScreen() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));
        UI.getCurrent().navigate("");
        _get(InboxView.class);

        signIn(data.processOwner());
        UI.getCurrent().navigate("");
        _get(ProcessesView.class);

        signIn(data.supervisor());
        UI.getCurrent().navigate("");
        _get(CockpitView.class);
    }

    @Test
    void shouldNotLetACounsellorOpenTheProcessOwnersView() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));

        assertThatThrownBy(() -> UI.getCurrent().navigate(ProcessesView.class))
                .hasMessageContaining("Access is denied");
        _assertNone(ProcessesView.class);
    }

    @Test
    void shouldNotLetACounsellorOpenTheCockpitOrThePilotReview() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));

        assertThatThrownBy(() -> UI.getCurrent().navigate(CockpitView.class)).hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(lu.adem.tremplin.reporting.ui.PilotReviewView.class))
                .hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(lu.adem.tremplin.reporting.ui.PilotSummaryView.class))
                .hasMessageContaining("Access is denied");
        _assertNone(CockpitView.class);
    }

    @Test
    void shouldNotLetAProcessOwnerOpenTheInbox() {
        signIn(data.processOwner());

        assertThatThrownBy(() -> UI.getCurrent().navigate(InboxView.class)).hasMessageContaining("Access is denied");
        _assertNone(InboxView.class);
    }

    @Test
    void shouldShowACounsellorTheirScreensAndNoCamundaWebapp() {
        signIn(data.counsellor(lu.adem.tremplin.shared.Agency.LUXEMBOURG));
        UI.getCurrent().navigate(InboxView.class);
        assertThat(navigation())
                .containsExactly(
                        "Inbox",
                        "My caseload",
                        "Absences and cover",
                        "Jobseekers",
                        "Clubs emploi",
                        "Course catalogue",
                        "Platform simulator");
    }

    @Test
    void shouldShowAProcessOwnerProcessesAndCamundaCockpit() {
        signIn(data.processOwner());
        UI.getCurrent().navigate(ProcessesView.class);
        assertThat(navigation()).containsExactly("Processes", "Camunda Cockpit");
    }

    @Test
    void shouldShowTheDataProtectionOfficerOnlyThePersonalDataScreens() {
        signIn(data.account("dpomenu", "dpo"));
        UI.getCurrent().navigate(lu.adem.tremplin.privacy.ui.PrivacyView.class);
        assertThat(navigation()).containsExactly("Personal data", "Access log");
    }

    @Test
    void shouldShowAnAdministratorEverythingButTheInbox() {
        signIn(data.administrator());
        UI.getCurrent().navigate(CockpitView.class);
        assertThat(navigation())
                .containsExactly(
                        "Jobseekers",
                        "Clubs emploi",
                        "Course catalogue",
                        "Processes",
                        "Cockpit",
                        "Pilot review",
                        "Import jobseekers",
                        "Import the catalogue",
                        "Import progress",
                        "Import employment outcomes",
                        "Pilot settings",
                        "Retention",
                        "Sign-in locks",
                        "Platform simulator",
                        "Camunda Cockpit",
                        "Camunda Tasklist",
                        "Camunda Admin (users, groups)");
    }

    @Test
    void shouldOfferFrenchEnglishAndGermanAndRememberTheChoice() {
        String supervisor = data.supervisor();
        signIn(supervisor);
        UI.getCurrent().navigate(CockpitView.class);

        LanguageSelect select = _find(LanguageSelect.class).get(0);
        assertThat(select.getListDataView().getItems().map(select.getItemLabelGenerator()::apply))
                .containsExactly("Français", "English", "Deutsch");
        context.getBean(UserLanguage.class).switchTo(UI.getCurrent(), java.util.Locale.GERMAN);

        assertThat(context.getBean(UserPreferences.class).locale(supervisor)).hasValue(java.util.Locale.GERMAN);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(java.util.Locale.GERMAN);
    }
}
