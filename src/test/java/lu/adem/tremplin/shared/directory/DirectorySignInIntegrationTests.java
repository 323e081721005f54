package lu.adem.tremplin.shared.directory;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinServletRequest;

import kotlin.jvm.functions.Function0;

import lu.adem.tremplin.cockpit.TeamWorkload;
import lu.adem.tremplin.inbox.TaskActions;
import lu.adem.tremplin.inbox.list.InboxTask;
import lu.adem.tremplin.inbox.ui.InboxView;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.i18n.TremplinTranslations;
import lu.adem.tremplin.shared.ui.HomeView;
import lu.adem.tremplin.support.TestData;
import lu.adem.tremplin.support.TestSignIn;
import lu.adem.tremplin.support.WebSession;

/**
 * The ldap profile against a directory in this JVM (UnboundID, seeded from directory/adem.ldif): directory users
 * sign into Tremplin and Camunda's webapps, with Tremplin's groups mapped from the directory's by configuration,
 * and Tremplin writes nothing to the directory. Demo seeding and a first administrator are asked for, and skipped.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tremplin.ldap.manager-dn=" + DirectorySignInIntegrationTests.MANAGER,
            "tremplin.ldap.manager-password=" + DirectorySignInIntegrationTests.MANAGER_PASSWORD,
            "tremplin.ldap.base-dn=dc=adem,dc=lu",
            "tremplin.ldap.groups.counsellor=ADEM-Tremplin-Conseillers",
            "tremplin.ldap.groups.agency-esch-sur-alzette=cn=ADEM-Agence-Esch,ou=groups,dc=adem,dc=lu",
            "tremplin.ldap.groups.agency-luxembourg=ADEM-Agence-Luxembourg",
            "tremplin.ldap.groups.camunda-admin=ADEM-Tremplin-Admins",
            "tremplin.demo.enabled=true",
            "tremplin.admin.user=directory-admin",
            "tremplin.admin.password=a-long-admin-password"
        })
@ActiveProfiles({"test", "ldap"})
class DirectorySignInIntegrationTests {

    static final String MANAGER = "cn=tremplin,ou=services,dc=adem,dc=lu";
    static final String MANAGER_PASSWORD = "manager-secret";

    private static final String LEA = "lea.muller";
    private static final String LEA_PASSWORD = "Esch-2026-counsellor";
    private static final String TOM = "tom.weis";
    private static final String TOM_PASSWORD = "Supervisor-2026";
    private static final String MAX = "max.klein";
    private static final String MAX_PASSWORD = "Accounts-2026";
    private static final String ANA = "ana.berg";
    private static final String ANA_PASSWORD = "Administrator-2026";
    private static final String IDA = "ida.roth";
    private static final String IDA_PASSWORD = "Namesake-2026";

    private static InMemoryDirectoryServer directory;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    IdentityService identityService;

    @Autowired
    AuthorizationService authorizationService;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) throws Exception {
        if (directory == null) {
            InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig("dc=adem,dc=lu");
            config.addAdditionalBindCredentials(MANAGER, MANAGER_PASSWORD);
            config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0));
            directory = new InMemoryDirectoryServer(config);
            directory.importFromLDIF(
                    true,
                    DirectorySignInIntegrationTests.class
                            .getResource("/directory/adem.ldif")
                            .getPath());
            directory.startListening();
        }
        registry.add("tremplin.ldap.url", () -> "ldap://localhost:" + directory.getListenPort());
    }

    @AfterAll
    static void stopDirectory() {
        directory.shutDown(true);
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(
                uiFactory,
                new MockSpringServlet(new Routes().autoDiscoverViews("lu.adem.tremplin"), context, uiFactory));
        UI.getCurrent().setLocale(TremplinTranslations.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
        identityService.clearAuthentication();
    }

    @Test
    void shouldReadUsersAndGroupsFromTheDirectoryOnly() {
        assertThat(identityService.isReadOnly()).isTrue();
        assertThat(identityService.createUserQuery().userId(LEA).singleResult().getLastName())
                .isEqualTo("Muller");
        assertThat(identityService.createUserQuery().userId("counsellor").count())
                .as("no demo account written")
                .isZero();
        assertThat(identityService.createUserQuery().userId("directory-admin").count())
                .as("no first administrator written")
                .isZero();
    }

    @Test
    void shouldMapTheDirectorysGroupsToTremplinsByConfiguration() {
        assertThat(groupsOf(LEA)).containsExactlyInAnyOrder("counsellor", "agency-esch-sur-alzette");
        assertThat(groupsOf(TOM)).as("a directory group carrying Tremplin's id").containsExactly("supervisor");
        assertThat(groupsOf(MAX)).containsExactly("ADEM-Comptabilite");
        assertThat(groupsOf(IDA))
                .as("a directory group merely named like a mapped Tremplin group")
                .containsExactly("directory:counsellor");
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup("agency-esch-sur-alzette")
                        .list())
                .extracting(user -> user.getId())
                .containsExactly(LEA);
        assertThat(identityService
                        .createUserQuery()
                        .memberOfGroup("directory:counsellor")
                        .list())
                .extracting(user -> user.getId())
                .containsExactly(IDA);
        assertThat(identityService
                        .createGroupQuery()
                        .groupIdIn("counsellor", "agency-luxembourg")
                        .list())
                .extracting(Group::getId)
                .containsExactlyInAnyOrder("counsellor", "agency-luxembourg");
    }

    @Test
    void shouldKeepTheGrantsOfTremplinsGroupsInCamundasDatabase() {
        assertThat(authorizationService
                        .createAuthorizationQuery()
                        .groupIdIn("supervisor")
                        .resourceType(Resources.APPLICATION)
                        .resourceId("cockpit")
                        .count())
                .isOne();
    }

    @Test
    void shouldSignADirectoryUserInThroughTheLoginForm() {
        HttpResponse<String> response = WebSession.anonymous(port).login(LEA, LEA_PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    @Test
    void shouldRefuseAWrongPasswordAndAnUnknownUser() {
        assertThat(WebSession.anonymous(port)
                        .login(TOM, "not-his-password")
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        assertThat(WebSession.anonymous(port)
                        .login("nobody.here", TOM_PASSWORD)
                        .headers()
                        .firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
    }

    @Test
    void shouldRefuseAUserNameThatIsAnLdapFilter() {
        for (String injected : List.of("*", "lea*", "lea.muller)(uid=*", "*)(|(uid=*")) {
            HttpResponse<String> response = WebSession.anonymous(port).login(injected, LEA_PASSWORD);

            assertThat(response.statusCode()).as(injected).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .as(injected)
                    .hasValueSatisfying(location -> assertThat(location).contains("/login?error"));
        }
    }

    @Test
    void shouldSignADirectorySupervisorIntoCockpitWithoutASecondLogin() {
        WebSession session = WebSession.signedIn(port, TOM, TOM_PASSWORD);

        assertThat(session.get("/camunda/app/cockpit/default/").statusCode()).isEqualTo(200);
        HttpResponse<String> user = session.get("/camunda/api/admin/auth/user/default");
        assertThat(user.statusCode()).isEqualTo(200);
        assertThat(user.body()).contains("\"userId\":\"" + TOM + "\"").contains("cockpit");
    }

    @Test
    void shouldShowTheDirectorysUsersToAnAdministratorInCamundaAdminButNotLetHimWriteThem() {
        WebSession administrator = WebSession.signedIn(port, ANA, ANA_PASSWORD);

        assertThat(administrator.get("/camunda/app/admin/default/").statusCode())
                .isEqualTo(200);
        HttpResponse<String> users = administrator.get("/camunda/api/engine/engine/default/user?maxResults=50");
        assertThat(users.statusCode()).isEqualTo(200);
        assertThat(users.body()).contains("\"id\":\"" + LEA + "\"").contains("\"id\":\"" + TOM + "\"");
        HttpResponse<String> created = administrator.send(administrator
                .request("/camunda/api/engine/engine/default/user/create")
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", administrator.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"profile\":{\"id\":\"newcomer\"},"
                        + "\"credentials\":{\"password\":\"a-long-password-2\"}}")));
        assertThat(created.statusCode()).isEqualTo(403);
        assertThat(created.body())
                .as("refused by the engine, not by a missing token")
                .contains("read-only");
        assertThat(identityService.createUserQuery().userId("newcomer").count()).isZero();
    }

    @Test
    void shouldSendAUserWithoutATremplinGroupBackFromCamundasWebapps() {
        WebSession session = WebSession.signedIn(port, MAX, MAX_PASSWORD);

        HttpResponse<String> cockpit = session.send(session.request("/camunda/app/cockpit/default/")
                .header("Accept", "text/html")
                .GET());

        assertThat(cockpit.statusCode())
                .as("back to Tremplin, which says why in their language")
                .isEqualTo(302);
        assertThat(cockpit.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).contains("camunda-refused"));
    }

    @Test
    void shouldKeepCamundaAdminsFirstRunSetupClosed() {
        String setup = "/camunda/api/admin/setup/default/user/create";
        String user = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\","
                + "\"email\":\"i@n.example\"},\"credentials\":{\"password\":\"a-long-password-1\"}}";
        WebSession anonymous = WebSession.anonymous(port);
        HttpResponse<String> anonymousTry = anonymous.send(anonymous
                .request(setup)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user)));
        WebSession administrator = WebSession.signedIn(port, ANA, ANA_PASSWORD);
        administrator.get("/camunda/app/admin/default/");
        HttpResponse<String> signedInTry = administrator.send(administrator
                .request(setup)
                .header("Content-Type", "application/json")
                .header("X-XSRF-TOKEN", administrator.cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(user)));

        assertThat(anonymousTry.statusCode()).isEqualTo(302);
        assertThat(signedInTry.statusCode()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void shouldLandACounsellorOnTheInboxOfHerAgencyOnly() {
        String ours = data().proposedCase(Agency.ESCH_SUR_ALZETTE);
        String theirs = data().proposedCase(Agency.LUXEMBOURG);
        signIn(LEA);

        assertThat(landing()).isEqualTo("inbox");
        _get(InboxView.class);
        List<InboxTask> tasks = _get(Grid.class)
                .getGenericDataView()
                .getItems()
                .map(InboxTask.class::cast)
                .toList();
        assertThat(tasks)
                .allSatisfy(task -> assertThat(task.agency()).isEqualTo(Agency.ESCH_SUR_ALZETTE.code()))
                .extracting(InboxTask::jobseekerId)
                .contains(ours)
                .doesNotContain(theirs);
        assertThat(context.getBean(TaskActions.class).colleagues(List.of(Agency.ESCH_SUR_ALZETTE.groupId())))
                .containsExactly(LEA);
        Jobseekers jobseekers = context.getBean(Jobseekers.class);
        assertThat(jobseekers.find(ours)).isPresent();
        assertThat(jobseekers.find(theirs)).as("another agency's jobseeker").isEmpty();
    }

    @Test
    void shouldLandASupervisorOnTheCockpit() {
        signIn(TOM);

        assertThat(landing()).isEqualTo("cockpit");
    }

    @Test
    void shouldShowASupervisorEachDirectoryCounsellorsWorkUnderTheirAgency() {
        String number = data().proposedCase(Agency.ESCH_SUR_ALZETTE);
        String task = data().openTask(number);
        data().asTremplin(() -> {
            context.getBean(TaskService.class).setAssignee(task, LEA);
            return task;
        });
        TestSignIn.as(identityService, TOM);

        assertThat(context.getBean(TeamWorkload.class).lines())
                .filteredOn(line -> LEA.equals(line.counsellor()))
                .singleElement()
                .satisfies(line -> assertThat(line.agency()).isEqualTo(Agency.ESCH_SUR_ALZETTE));
    }

    @Test
    void shouldTellAUserWithoutATremplinGroupWhatToAskForInTheirLanguage() {
        assertThat(landingTitle(MAX, TremplinTranslations.FRENCH)).isEqualTo("Pas encore de rôle dans Tremplin");
        assertThat(landingTitle(MAX, TremplinTranslations.ENGLISH)).isEqualTo("No Tremplin role yet");
        assertThat(landingTitle(MAX, TremplinTranslations.GERMAN)).isEqualTo("Noch keine Rolle in Tremplin");
        assertThat(landingTitle(IDA, TremplinTranslations.ENGLISH)).isEqualTo("No Tremplin role yet");
    }

    private String landingTitle(String userId, Locale language) {
        UI.getCurrent().setLocale(language);
        signIn(userId);
        assertThat(landing()).isEmpty();
        _get(HomeView.class);
        return _get(H2.class).getText();
    }

    /** Where the address users come to after the login form takes them: the path of the view shown. */
    private static String landing() {
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate("");
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    private TestData data() {
        return new TestData(context);
    }

    /** What Tremplin's filters do on a signed-in request, with the groups the directory gives the user. */
    private void signIn(String userId) {
        List<GrantedAuthority> authorities = TestSignIn.as(identityService, userId);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> authorities.contains(new SimpleGrantedAuthority("ROLE_" + role)));
    }
}
