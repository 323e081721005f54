package lu.adem.tremplin.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;

import lu.adem.tremplin.cockpit.ui.CockpitView;
import lu.adem.tremplin.inbox.ui.JobseekerFileView;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Jobseekers;
import lu.adem.tremplin.privacy.AccessLog;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.shared.PersonalDataAccessed;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/**
 * The access log end to end: opening a file, exporting a CSV that names jobseekers, importing and changing
 * jobseekers each leave their rows; only the data protection officer opens the log, by user and period.
 */
class AccessLogViewTests extends KaribuViewTest {

    private AccessLogView openLog() {
        UI.getCurrent().navigate(AccessLogView.class);
        return _get(AccessLogView.class);
    }

    private List<AccessLog.Entry> asDpo(String registrationNumber) {
        signIn(data.account("dpo", "dpo"));
        return context.getBean(AccessLog.class).about(registrationNumber, 50);
    }

    @Test
    void shouldRecordOpeningAFile() {
        String counsellor = data.counsellor(Agency.DIEKIRCH);
        String number = data.jobseeker(Agency.DIEKIRCH);
        signIn(counsellor);

        UI.getCurrent().navigate("jobseeker/" + number);
        _get(JobseekerFileView.class);

        assertThat(asDpo(number))
                .extracting(AccessLog.Entry::userId, AccessLog.Entry::action, AccessLog.Entry::screen)
                .contains(tuple(counsellor, PersonalDataAccessed.FILE_OPENED, "jobseeker/file"));
    }

    @Test
    void shouldRecordDownloadingTheOverdueTasksAsCsv() {
        Clock clock = context.getBean(Clock.class);
        String number = data.proposedCase(Agency.WILTZ);
        context.getBean(TaskService.class)
                .setDueDate(data.openTask(number), Date.from(clock.instant().minus(Duration.ofDays(3))));
        String supervisor = data.supervisor();
        signIn(supervisor);
        UI.getCurrent().navigate(CockpitView.class);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(1);
        @SuppressWarnings("unchecked")
        var agency = (com.vaadin.flow.component.combobox.ComboBox<Agency>)
                _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("overdue-agency"));
        agency.setValue(Agency.WILTZ);

        Anchor csv = _get(Anchor.class, spec -> spec.withId("cockpit-overdue-csv"));
        String downloaded = new String(DownloadKt._download(csv), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(downloaded).contains(number);
        assertThat(asDpo(number))
                .extracting(AccessLog.Entry::userId, AccessLog.Entry::action, AccessLog.Entry::screen)
                .contains(tuple(supervisor, PersonalDataAccessed.EXPORTED, "cockpit/overdue-tasks.csv"));
    }

    @Test
    void shouldRecordDownloadingTheIncidentsAsCsvByTheirCaseColumn() {
        var runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        var management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        Clock clock = context.getBean(Clock.class);
        String number = TestData.registrationNumber();
        String caseId = runtime.createProcessInstanceByKey(lu.adem.tremplin.followup.FollowUpProcess.KEY)
                .businessKey(number)
                .setVariables(java.util.Map.of(
                        "jobseekerId",
                        number,
                        "agency",
                        "wiltz",
                        "route",
                        "AUTONOMOUS",
                        "enrolledCourseId",
                        "7100001",
                        "progressPercent",
                        0,
                        "pilotEndsAt",
                        Date.from(clock.instant().plus(Duration.ofDays(300)))))
                .startBeforeActivity(lu.adem.tremplin.followup.FollowUpProcess.TIMER_WEEK)
                .execute()
                .getId();
        // what the job executor leaves when the learning platform stays down: no retries left, incidents
        management
                .createJobQuery()
                .processInstanceId(caseId)
                .list()
                .forEach(job -> management.setJobRetries(job.getId(), 0));
        String supervisor = data.supervisor();
        signIn(supervisor);
        UI.getCurrent().navigate(CockpitView.class);
        _get(com.vaadin.flow.component.tabs.TabSheet.class).setSelectedIndex(2);

        Anchor csv = _get(Anchor.class, spec -> spec.withId("cockpit-incidents-csv"));
        assertThat(new String(DownloadKt._download(csv), java.nio.charset.StandardCharsets.UTF_8))
                .contains(number);

        assertThat(asDpo(number))
                .extracting(AccessLog.Entry::userId, AccessLog.Entry::action, AccessLog.Entry::screen)
                .containsExactly(tuple(supervisor, PersonalDataAccessed.EXPORTED, "cockpit/incidents.csv"));
    }

    @Test
    void shouldRecordAnImportAndAChangeOfAJobseeker() throws Exception {
        String admin = data.administrator();
        String imported = TestData.registrationNumber();
        signIn(admin);
        context.getBean(Jobseekers.class)
                .importCsv(new StringReader(
                        "registration_number;last_name;first_name;agency;referent_counsellor;languages;email;phone;target_occupation\n"
                                + imported + ";Weber;Marc;wiltz;;EN;;;\n"));
        String counsellor = data.counsellor(Agency.WILTZ);
        signIn(counsellor);
        Jobseeker stored = context.getBean(Jobseekers.class).find(imported).orElseThrow();
        context.getBean(Jobseekers.class)
                .save(stored.withDetailsOf(new Jobseeker(
                        null,
                        imported,
                        "Marc",
                        "Weber-Schmit",
                        Agency.WILTZ,
                        null,
                        stored.languages(),
                        null,
                        null,
                        null,
                        null)));

        assertThat(asDpo(imported))
                .extracting(AccessLog.Entry::userId, AccessLog.Entry::action, AccessLog.Entry::screen)
                .containsExactly(
                        tuple(counsellor, PersonalDataAccessed.CHANGED, "jobseekers"),
                        tuple(admin, PersonalDataAccessed.IMPORTED, "jobseekers/import"));
    }

    @Test
    void shouldShowTheDataProtectionOfficerOneUsersAccessesInAPeriodNewestFirst() {
        String counsellor = data.counsellor(Agency.DIEKIRCH);
        String first = data.jobseeker(Agency.DIEKIRCH);
        String second = data.jobseeker(Agency.DIEKIRCH);
        signIn(counsellor);
        UI.getCurrent().navigate("jobseeker/" + first);
        UI.getCurrent().navigate("jobseeker/" + second);
        signIn(data.account("dpo", "dpo"));

        AccessLogView log = openLog();
        log.user.setValue(counsellor);

        assertThat(log.entries.isVisible()).isTrue();
        assertThat(log.empty.isVisible()).isFalse();
        assertThat(log.entries.getLazyDataView().getItems())
                .extracting(AccessLog.Entry::registrationNumber)
                .containsExactly(second, first);

        LocalDate today = LocalDate.now(context.getBean(Clock.class));
        log.period.from.setValue(today.minusDays(60));
        log.period.to.setValue(today.minusDays(31));
        assertThat(log.entries.isVisible()).isFalse();
        assertThat(log.empty.isVisible()).isTrue();
        assertThat(log.empty.getText()).isEqualTo("Nobody accessed jobseekers' data in this period.");
    }

    @Test
    void shouldNotLetASupervisorOrACounsellorOpenTheAccessLog() {
        for (String user : List.of(data.supervisor(), data.counsellor(Agency.DIEKIRCH), data.administrator())) {
            signIn(user);

            assertThatThrownBy(() -> UI.getCurrent().navigate(AccessLogView.class))
                    .hasMessageContaining("Access is denied");
            _assertNone(AccessLogView.class);
            assertThatThrownBy(() -> UI.getCurrent().navigate(PrivacyView.class))
                    .hasMessageContaining("Access is denied");
        }
    }
}
