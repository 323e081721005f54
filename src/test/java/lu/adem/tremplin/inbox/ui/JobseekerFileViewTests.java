package lu.adem.tremplin.inbox.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;

import lu.adem.tremplin.clubemploi.ClubsEmploi;
import lu.adem.tremplin.inbox.file.JobseekerFile;
import lu.adem.tremplin.jobseeker.Jobseeker;
import lu.adem.tremplin.jobseeker.Language;
import lu.adem.tremplin.onboarding.Onboarding;
import lu.adem.tremplin.outbox.MessageKind;
import lu.adem.tremplin.outbox.Outbox;
import lu.adem.tremplin.shared.Agency;
import lu.adem.tremplin.support.KaribuViewTest;
import lu.adem.tremplin.support.TestData;

/** The jobseeker's file: details, cases, history, sessions, messages; only for those who may see the person. */
class JobseekerFileViewTests extends KaribuViewTest {

    /** This test's counsellor of Diekirch, the referent of the jobseekers it registers. */
    private String counsellor;

    @BeforeEach
    void newCounsellor() {
        counsellor = data.counsellor(Agency.DIEKIRCH);
    }

    /** A new jobseeker of Diekirch, followed by this test's counsellor. */
    private String diekirchJobseeker(String email) {
        String number = TestData.registrationNumber();
        data.register(new Jobseeker(
                null,
                number,
                "Marc",
                "Weber",
                Agency.DIEKIRCH,
                counsellor,
                EnumSet.of(Language.DE, Language.LB),
                email,
                "+352 621 000 123",
                "M1607",
                null));
        return number;
    }

    private JobseekerFileView open(String number) {
        UI.getCurrent().navigate("jobseeker/" + number);
        return _get(JobseekerFileView.class);
    }

    @Test
    void shouldShowARunningCaseWithItsCurrentStepAndHistory() {
        String number = data.proposedCase(Agency.DIEKIRCH);
        signIn(counsellor);

        JobseekerFileView file = open(number);

        assertThat(_get(H2.class).getText()).endsWith(" · " + number);
        assertThat(file.cases.getElement().getTextRecursively())
                .contains("Onboarding")
                .contains("now: Propose the programme");
        assertThat(file.history.getListDataView().getItems())
                .extracting(JobseekerFile.Step::step)
                .contains("Propose the programme");
        assertThat(file.propose.isVisible()).as("onboarding already running").isFalse();
        CaseDiagram diagram = com.github.mvysny.kaributesting.v10.LocatorJ._get(CaseDiagram.class);
        assertThat(diagram.xml).contains("<bpmn:process id=\"onboarding\"");
        assertThat(diagram.current).containsExactly("ProposeProgramme");
        assertThat(diagram.getElement().getAttribute("aria-label")).contains("Propose the programme");
    }

    @Test
    void shouldProposeTheProgrammeOnceFromAnEmptyFile() {
        String number = diekirchJobseeker(null);
        signIn(counsellor);
        JobseekerFileView file = open(number);
        assertThat(file.cases.getChildren()).isEmpty();
        assertThat(file.propose.isVisible()).isTrue();

        file.propose.click();

        file = _get(JobseekerFileView.class);
        assertThat(file.cases.getElement().getTextRecursively()).contains("now: Propose the programme");
        assertThat(file.propose.isVisible()).isFalse();
        assertThatThrownBy(() -> context.getBean(JobseekerFile.class).proposeProgramme(number))
                .isInstanceOf(Onboarding.OnboardingAlreadyRunning.class);
    }

    @Test
    void shouldShowTheOutcomeTheDecisionsAndWhoTookThem() {
        String number = diekirchJobseeker(null);
        signIn(counsellor);
        context.getBean(JobseekerFile.class).proposeProgramme(number);
        TaskService tasks = context.getBean(TaskService.class);
        String task = tasks.createTaskQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        tasks.complete(
                task, Map.of("proposalChannel", "PHONE", "proposalOutcome", "DECLINED", "declineReason", "NO_TIME"));

        JobseekerFileView file = open(number);

        assertThat(file.cases.getElement().getTextRecursively())
                .contains("ended: Programme declined")
                .contains("Answer to the proposal: declined")
                .contains("Reason for declining: no time");
        assertThat(file.history.getListDataView().getItems())
                .filteredOn(step -> step.step().equals("Propose the programme"))
                .singleElement()
                .satisfies(step -> assertThat(step.by()).isEqualTo(counsellor));
        assertThat(file.propose.isVisible()).as("a new proposal is possible").isTrue();
    }

    @Test
    void shouldShowTheCommentsOnTheCasesTasks() {
        String number = diekirchJobseeker(null);
        signIn(counsellor);
        context.getBean(JobseekerFile.class).proposeProgramme(number);
        String task = context.getBean(TaskService.class)
                .createTaskQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        context.getBean(lu.adem.tremplin.inbox.TaskActions.class).comment(task, "Prefers to be called after 2 pm.");

        JobseekerFileView file = open(number);

        assertThat(file.history.getListDataView().getItems()).anySatisfy(step -> {
            assertThat(step.step()).isEqualTo("“Prefers to be called after 2 pm.”");
            assertThat(step.by()).isEqualTo(counsellor);
        });
    }

    @Test
    void shouldListBookedSessionsAndMessagesWithTheirStatus() {
        String number = diekirchJobseeker("marc.weber@example.lu");
        context.getBean(ClubsEmploi.class)
                .bookSessions(
                        "LUXEMBOURG_CITY",
                        number,
                        2,
                        LocalDate.now().plusDays(30).atStartOfDay());
        context.getBean(Outbox.class).enqueue(number, MessageKind.PLATFORM_INVITATION);
        signIn(counsellor);

        JobseekerFileView file = open(number);

        assertThat(file.bookings.getListDataView().getItems()).hasSize(2);
        assertThat(file.messages.getListDataView().getItems())
                .singleElement()
                .satisfies(message -> assertThat(message.subject()).startsWith("Ihre kostenlosen"));
        var message = file.messages.getListDataView().getItem(0);
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(file.messages, 0)
                        .get(0))
                .as("written at Luxembourg's wall time, shown as such whatever the server's zone")
                .isEqualTo(java.time.format.DateTimeFormatter.ofLocalizedDateTime(
                                java.time.format.FormatStyle.MEDIUM, java.time.format.FormatStyle.SHORT)
                        .withLocale(UI.getCurrent().getLocale())
                        .format(message.createdAt()));
    }

    /** A Diekirch jobseeker whose course follow-up runs and waits a week for the next progress reading. */
    private String followedUp() {
        String number = diekirchJobseeker(null);
        var platform = context.getBean(lu.adem.tremplin.learningplatform.LearningPlatform.class);
        platform.invite(
                new lu.adem.tremplin.learningplatform.LearningPlatform.Member(number, null, "fr", "adem-diekirch"));
        platform.enrol(number, "7100001");
        context.getBean(org.camunda.bpm.engine.RuntimeService.class)
                .createMessageCorrelation("course-enrolled")
                .processInstanceBusinessKey(number)
                .setVariables(Map.of(
                        "jobseekerId",
                        number,
                        "agency",
                        "diekirch",
                        "route",
                        "AUTONOMOUS",
                        "enrolledCourseId",
                        "7100001"))
                .correlateStartMessage();
        var management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        var runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        management.executeJob(management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId("SyncProgress")
                .singleResult()
                .getId());
        return number;
    }

    @Test
    void shouldEndTheFollowUpWhenTheJobseekerFoundAJob() {
        String number = followedUp();
        signIn(counsellor);
        JobseekerFileView file = open(number);
        assertThat(file.jobFound.isVisible()).isTrue();
        assertThat(file.cases.getElement().getTextRecursively()).contains("now: A week later");

        assertThat(context.getBean(lu.adem.tremplin.followup.FollowUp.class).jobFound(number))
                .isTrue();

        file = open(number);
        assertThat(file.cases.getElement().getTextRecursively()).contains("ended: Ended: found a job");
        assertThat(file.jobFound.isVisible()).isFalse();
    }

    @Test
    void shouldLetADemoPassTimeToTheNextDeadline() {
        String number = followedUp();
        var management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        var runtime = context.getBean(org.camunda.bpm.engine.RuntimeService.class);
        String instance = runtime.createProcessInstanceQuery()
                .processInstanceBusinessKey(number)
                .singleResult()
                .getId();
        var clock = context.getBean(lu.adem.tremplin.shared.EngineClock.class);
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        signIn(counsellor);

        try {
            assertThat(context.getBean(JobseekerFile.class).passTimeToNextDeadline(number))
                    .hasValue("A week later");

            identityService.clearAuthentication();
            var week = management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .activityId("WaitAWeek")
                    .singleResult();
            var fortnight = management
                    .createJobQuery()
                    .processInstanceId(instance)
                    .activityId("NoProgress14Days")
                    .singleResult();
            assertThat(week.getDuedate().toInstant()).as("due now").isBeforeOrEqualTo(clock.instant());
            assertThat(java.time.Duration.between(
                            clock.instant(), fortnight.getDuedate().toInstant()))
                    .isBetween(java.time.Duration.ofDays(6), java.time.Duration.ofDays(7));
            assertThat(context.getBean(lu.adem.tremplin.inbox.list.Inbox.class).today())
                    .as("every screen is a week later")
                    .isAfterOrEqualTo(today.plusDays(6));
        } finally {
            org.camunda.bpm.engine.impl.util.ClockUtil.reset();
        }
    }

    @Test
    void shouldNotShowAnotherAgencysJobseeker() {
        String number = data.proposedCase(Agency.DIEKIRCH);
        signIn(data.counsellor(Agency.ESCH_SUR_ALZETTE));

        open(number);

        assertThat(_get(H2.class).getText()).isEqualTo("No such jobseeker");
    }

    @Test
    void shouldNotOpenToAProcessOwner() {
        String number = data.jobseeker(Agency.DIEKIRCH);
        signIn(data.processOwner());

        assertThatThrownBy(() -> open(number)).hasMessageContaining("Access is denied");
    }

    @Test
    void shouldShowTheCounsellorWhoElseOpenedTheFileRecentlyButNotThemselves() {
        String number = diekirchJobseeker(null);
        String colleague = data.counsellor(Agency.DIEKIRCH);
        signIn(colleague);
        open(number);
        open(number);
        signIn(counsellor);

        JobseekerFileView file = open(number);

        assertThat(file.recentlyOpened.nobody.isVisible()).isFalse();
        assertThat(file.recentlyOpened.openings.getListDataView().getItems())
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.user()).contains(colleague);
                    assertThat(line.opening().times()).isEqualTo(2);
                });
        assertThat(file.recentlyOpened.getElement().getTextRecursively()).contains("Recently opened by");
    }

    @Test
    void shouldSayNobodyElseOpenedAFileOnlyItsCounsellorOpened() {
        String number = diekirchJobseeker(null);
        signIn(counsellor);

        JobseekerFileView file = open(number);

        assertThat(file.recentlyOpened.nobody.isVisible()).isTrue();
        assertThat(file.recentlyOpened.nobody.getText()).isEqualTo("Nobody else opened this file in the last 30 days.");
        assertThat(file.recentlyOpened.openings.isVisible()).isFalse();
    }

    /** Claire of Wiltz is away today, Sophie covers; returns {claire, sophie}. */
    private String[] awayAndCovered() {
        String claire = data.counsellor(lu.adem.tremplin.shared.Agency.WILTZ);
        String sophie = data.counsellor(lu.adem.tremplin.shared.Agency.WILTZ);
        signIn(claire);
        var absences = context.getBean(lu.adem.tremplin.ownership.Absences.class);
        absences.record(claire, sophie, absences.today(), absences.today().plusDays(3));
        return new String[] {claire, sophie};
    }

    /** A jobseeker of Wiltz whose referent is the counsellor, the programme proposed. */
    private String referredTo(String counsellor) {
        return data.proposedCase(
                lu.adem.tremplin.support.TestData.newJobseeker(lu.adem.tremplin.shared.Agency.WILTZ, counsellor));
    }

    @Test
    void shouldShowWhoCoversForTheAbsentReferent() {
        String[] people = awayAndCovered();
        String number = referredTo(people[0]);
        signIn(people[1]);

        open(number);

        String details = _get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("file-details"))
                .getElement()
                .getTextRecursively();
        assertThat(details).contains("Covered by").contains(people[1] + ", until ");
    }
}
